import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBsns, passesElevenTest, scanForPersonalData, textWarnings } from './guard.js';

// Test fixtures: 111222333 and 123456782 pass the 11-proef (well-known test numbers, no real
// person's BSN); the guard must catch them. They appear in test files only.
const BSN_A = '111222333';
const BSN_B = '123456782';

describe('11-proef', () => {
  it('accepts numbers that pass and refuses near misses', () => {
    expect(passesElevenTest(BSN_A)).toBe(true);
    expect(passesElevenTest(BSN_B)).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(passesElevenTest('12345678')).toBe(false);
  });

  it('accepts exactly one check digit for every eight-digit prefix whose remainder allows it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000_000, max: 99_999_999 }), (prefix) => {
        const passing = [...'0123456789'].filter((d) => passesElevenTest(`${prefix}${d}`));
        expect(passing.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('finding BSNs in text', () => {
  it('finds them bare, grouped and inside sentences', () => {
    expect(findBsns(`bsn ${BSN_A} van moeder`)).toEqual([BSN_A]);
    expect(findBsns('BSN: 1234.56.782')).toEqual([BSN_B]);
    expect(findBsns('nr 123 456 782.')).toEqual([BSN_B]);
  });

  it('ignores numbers that are not a BSN: longer runs, case numbers, amounts, failing 11-proef', () => {
    expect(findBsns(`${BSN_A}4`)).toEqual([]);
    expect(findBsns('casus 2021-017, cliënt C-104233')).toEqual([]);
    expect(findBsns('€ 123.456.789')).toEqual([]);
    expect(findBsns('IBAN NL91ABNA0417164300')).toEqual([]);
  });
});

describe('warnings for other identifiers', () => {
  it('flags email addresses, Dutch phone numbers and dates that may be a birth date', () => {
    expect(textWarnings('mail moeder via j.jansen@example.nl')).toEqual(['email']);
    expect(textWarnings('bel 06-12345678')).toEqual(['phone']);
    expect(textWarnings('tel +31 6 1234 5678')).toEqual(['phone']);
    expect(textWarnings('vast 043-3505050')).toEqual(['phone']);
    expect(textWarnings('geboren 12-03-1985')).toEqual(['date']);
    expect(textWarnings('geboren op 3 maart 2015')).toEqual(['date']);
    expect(textWarnings('zoon van 8, huur € 750 per maand, 30 uur per week')).toEqual([]);
  });
});

describe('scanning a document', () => {
  it('reports BSNs as errors with their path everywhere, and warnings only in free text', () => {
    const scan = scanForPersonalData(
      {
        caseNumber: '2021-017',
        clientNumber: BSN_A,
        situation: 'Moeder (06-12345678) en dochter',
        selfActions: [{ description: 'ok' }, { description: `BSN ${BSN_B}` }],
      },
      { structured: new Set(['caseNumber', 'clientNumber']) },
    );
    expect(scan.errors.map((e) => e.path)).toEqual(['clientNumber', 'selfActions.1.description']);
    expect(scan.warnings).toEqual([expect.objectContaining({ path: 'situation', kind: 'phone' })]);
  });
});
