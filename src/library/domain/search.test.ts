import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNatural, fold, matchesQuery, queryTerms } from './search.js';

describe('search', () => {
  it('folds case, accents and spacing', () => {
    expect(fold('  Cliënt   ÉÉN  ')).toBe('client een');
  });

  it('matches every word of the query somewhere in the fields, case- and accent-insensitively', () => {
    const fields = ['Participatiewet', 'Participatiewet', '35', 'Bijzondere bijstand voor noodzakelijke kosten'];
    expect(matchesQuery(queryTerms('participatiewet 35'), fields)).toBe(true);
    expect(matchesQuery(queryTerms('BIJZONDERE  bijstand'), fields)).toBe(true);
    expect(matchesQuery(queryTerms('art. 35'), fields)).toBe(true);
    expect(matchesQuery(queryTerms('artikel 35 participatiewet'), fields)).toBe(true);
    expect(matchesQuery(queryTerms('participatiewet 36'), fields)).toBe(false);
    expect(matchesQuery(queryTerms('client'), ['De cliënt mag een plan inbrengen'])).toBe(true);
    expect(matchesQuery(queryTerms('cliënt'), ['de client'])).toBe(true);
    expect(matchesQuery(queryTerms(''), [])).toBe(true);
    expect(matchesQuery(queryTerms(undefined), ['x'])).toBe(true);
    expect(matchesQuery(queryTerms('x'), [null, undefined, ''])).toBe(false);
  });

  it('does not match across the border of two fields', () => {
    expect(matchesQuery(queryTerms('wet35'), ['Participatiewet', '35'])).toBe(false);
  });

  it('orders codes and articles naturally', () => {
    const codes = ['LB-PW-58', 'LB-PW-9', 'LB-PW-12', 'PL-010', 'PL-002', '2.3.10', '2.3.5', '4:84', '4:23', 'pl-003'];
    expect([...codes].sort(compareNatural)).toEqual(['2.3.5', '2.3.10', '4:23', '4:84', 'LB-PW-9', 'LB-PW-12', 'LB-PW-58', 'PL-002', 'pl-003', 'PL-010']);
  });

  it('is a total order: antisymmetric and transitive', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', 'é', '0', '1', '9', '-', '.', ' '), maxLength: 8 });
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(Math.sign(compareNatural(a, b)) + Math.sign(compareNatural(b, a))).toBe(0);
        if (compareNatural(a, b) === 0) expect(a).toBe(b);
        if (compareNatural(a, b) <= 0 && compareNatural(b, c) <= 0) expect(compareNatural(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
