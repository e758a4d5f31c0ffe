import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitVariance, type PeriodCategory } from './variance.js';

const categories = fc.array(
  fc.record({ productCategory: fc.constantFrom('01', '02', '07', '15', '45'), clients: fc.integer({ min: 0, max: 500 }), costCents: fc.integer({ min: 0, max: 50_000_000 }) }),
  { maxLength: 5 },
);

function unique(rows: { productCategory: string; clients: number; costCents: number }[]): PeriodCategory[] {
  const seen = new Map<string, PeriodCategory>();
  for (const row of rows) if (!seen.has(row.productCategory)) seen.set(row.productCategory, { pillar: 'wmo', ...row, costCents: row.clients === 0 ? 0 : row.costCents });
  return [...seen.values()];
}

describe('volume × price × mix', () => {
  it('adds up to the difference to the cent, in total and per category', () => {
    fc.assert(
      fc.property(categories, categories, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (b, c, overlapB, overlapC) => {
        const base = unique(b);
        const current = unique(c);
        // Distinct clients: at most the sum over categories (a client may have several), at least the largest.
        const distinct = (rows: PeriodCategory[], shared: number) => {
          const sum = rows.reduce((s, r) => s + r.clients, 0);
          const max = rows.reduce((m, r) => Math.max(m, r.clients), 0);
          return Math.max(max, sum - shared);
        };
        const totals = (rows: PeriodCategory[], shared: number) => ({ clients: distinct(rows, shared), costCents: rows.reduce((s, r) => s + r.costCents, 0) });
        const split = splitVariance(totals(base, overlapB), totals(current, overlapC), base, current);
        expect(split.volumeEffectCents + split.priceEffectCents + split.mixEffectCents).toBe(split.differenceCents);
        for (const row of split.byProductCategory) expect(row.volumeEffectCents + row.priceEffectCents).toBe(row.differenceCents);
      }),
      { numRuns: 300 },
    );
  });

  it('calls more clients at the same price volume, and a dearer product price', () => {
    const base = [{ pillar: 'wmo' as const, productCategory: '02', clients: 10, costCents: 100_000 }];
    const more = splitVariance({ clients: 10, costCents: 100_000 }, { clients: 12, costCents: 120_000 }, base, [{ ...base[0]!, clients: 12, costCents: 120_000 }]);
    expect(more).toMatchObject({ differenceCents: 20_000, volumeEffectCents: 20_000, priceEffectCents: 0, mixEffectCents: 0 });
    const dearer = splitVariance({ clients: 10, costCents: 100_000 }, { clients: 10, costCents: 130_000 }, base, [{ ...base[0]!, costCents: 130_000 }]);
    expect(dearer).toMatchObject({ volumeEffectCents: 0, priceEffectCents: 30_000, mixEffectCents: 0 });
  });

  it('calls a shift to a dearer category at the same prices mix', () => {
    const base = [
      { pillar: 'jeugd' as const, productCategory: '45', clients: 8, costCents: 80_000 },
      { pillar: 'jeugd' as const, productCategory: '43', clients: 2, costCents: 200_000 },
    ];
    const current = [
      { pillar: 'jeugd' as const, productCategory: '45', clients: 6, costCents: 60_000 },
      { pillar: 'jeugd' as const, productCategory: '43', clients: 4, costCents: 400_000 },
    ];
    const split = splitVariance({ clients: 10, costCents: 280_000 }, { clients: 10, costCents: 460_000 }, base, current);
    expect(split).toMatchObject({ differenceCents: 180_000, volumeEffectCents: 0, priceEffectCents: 0, mixEffectCents: 180_000 });
  });

  it('gives a new category all volume and no price', () => {
    const split = splitVariance({ clients: 0, costCents: 0 }, { clients: 3, costCents: 9_999 }, [], [{ pillar: 'wmo', productCategory: '01', clients: 3, costCents: 9_999 }]);
    expect(split).toMatchObject({ differenceCents: 9_999, volumeEffectCents: 9_999, priceEffectCents: 0, mixEffectCents: 0 });
    expect(split.current.costPerClientCents).toBe(3_333);
    expect(split.base.costPerClientCents).toBe(0);
  });
});
