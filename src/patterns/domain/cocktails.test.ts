import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAIN_KEYS, type Domain } from '../../plans/domain/vocabulary.js';
import { cocktails, formatPerMille, HIDDEN_COUNT, maskRow, maskSmall, perMille, type PlanDomains } from './cocktails.js';

const plan = (domains: Domain[], children = 0): PlanDomains => ({ domains, children });

describe('cocktails', () => {
  const plans = [
    plan(['housing', 'debts', 'mental-health'], 2),
    plan(['housing', 'debts'], 1),
    plan(['housing', 'mental-health', 'income']),
    plan(['housing', 'debts', 'mental-health', 'income']),
    plan(['youth', 'housing']),
    plan(['work']),
    plan([]),
    plan(['care', 'housing', 'mental-health', 'parenting']),
  ];
  const result = cocktails(plans);

  it('counts pairs and triples over all plans, most frequent first, with exact per-mille shares', () => {
    expect(result.plans).toBe(8);
    expect(result.pairs.slice(0, 3)).toEqual([
      { domains: ['housing', 'mental-health'], count: 4, share: 500 },
      { domains: ['debts', 'housing'], count: 3, share: 375 },
      { domains: ['debts', 'mental-health'], count: 2, share: 250 },
    ]);
    expect(result.pairs.find((p) => p.domains.join() === 'housing,youth')).toEqual({ domains: ['housing', 'youth'], count: 1, share: 125 });
    expect(result.triples[0]).toEqual({ domains: ['debts', 'housing', 'mental-health'], count: 2, share: 250 });
    expect(result.triples.find((t) => t.domains.join() === 'housing,income,mental-health')?.count).toBe(2);
  });

  it('counts the four Maatpact combinations with children from the household or a parenting/youth domain', () => {
    expect(result.maatpact.map((m) => [m.key, m.count, m.share])).toEqual([
      ['ggz-wonen-kinderen-ondersteuning', 1, 125],
      ['jeugd-wonen-kinderen', 1, 125],
      ['schulden-wonen-kinderen', 2, 250],
      ['ggz-wonen-inkomen', 2, 250],
    ]);
    expect(result.maatpact[0]!.domains).toEqual(['mental-health', 'housing', 'children', 'care']);
  });

  it('counts a domain listed twice once', () => {
    expect(cocktails([plan(['housing', 'housing', 'debts'])]).pairs).toEqual([{ domains: ['debts', 'housing'], count: 1, share: 1000 }]);
  });

  it('rounds per-mille half up and formats it the Dutch way', () => {
    expect(perMille(1, 3)).toBe(333);
    expect(perMille(2, 3)).toBe(667);
    expect(perMille(1, 8)).toBe(125);
    expect(perMille(1, 2000)).toBe(1);
    expect(perMille(0, 0)).toBe(0);
    expect(formatPerMille(375)).toBe('37,5 %');
    expect(formatPerMille(1000)).toBe('100,0 %');
  });

  it('hides counts of one and two as "< 3" without a share, after the visible rows', () => {
    expect(maskRow({ count: 2, share: 250 })).toEqual({ count: HIDDEN_COUNT, share: null });
    expect(maskRow({ count: 0, share: 0 })).toEqual({ count: 0, share: 0 });
    const masked = maskSmall(result.pairs);
    expect(masked[0]).toEqual({ domains: ['housing', 'mental-health'], count: 4, share: 500 });
    expect(masked[1]).toEqual({ domains: ['debts', 'housing'], count: 3, share: 375 });
    expect(masked.slice(2).every((row) => row.count === HIDDEN_COUNT && row.share === null)).toBe(true);
  });

  const plansArb = fc.array(
    fc.record({ domains: fc.subarray([...DOMAIN_KEYS], { maxLength: 6 }), children: fc.integer({ min: 0, max: 5 }) }),
    { maxLength: 40 },
  );

  it('never gives a share above 100 % and always the count of its plans', () => {
    fc.assert(
      fc.property(plansArb, (input) => {
        const out = cocktails(input);
        for (const row of [...out.pairs, ...out.triples, ...out.maatpact]) {
          expect(row.share).toBeGreaterThanOrEqual(0);
          expect(row.share).toBeLessThanOrEqual(1000);
          expect(row.count).toBeLessThanOrEqual(out.plans);
          expect(row.share).toBe(perMille(row.count, out.plans));
        }
      }),
    );
  });

  it('counts a pair at least as often as any triple that contains it', () => {
    fc.assert(
      fc.property(plansArb, (input) => {
        const out = cocktails(input);
        const pairs = new Map(out.pairs.map((p) => [p.domains.join('+'), p.count]));
        for (const triple of out.triples) {
          const [a, b, c] = triple.domains;
          for (const pair of [[a, b], [a, c], [b, c]]) expect(pairs.get(pair.join('+')) ?? 0).toBeGreaterThanOrEqual(triple.count);
        }
        for (let i = 1; i < out.pairs.length; i++) expect(out.pairs[i - 1]!.count).toBeGreaterThanOrEqual(out.pairs[i]!.count);
      }),
    );
  });
});
