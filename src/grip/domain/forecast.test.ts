import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PILLARS } from '../../imports/domain/records.js';
import { defaultAssumptions } from './assumptions.js';
import { buildLedger, grow, newInflow, type LedgerInputs } from './forecast.js';
import { BOOKED, NO_ACTUALS } from './late-claims.js';
import { monthIndex } from './months.js';

const base = (over: Partial<LedgerInputs> = {}): LedgerInputs => ({
  year: 2026,
  date: '2026-06-30',
  asOf: '2026-07-15',
  budgetLines: [
    { budgetLine: 'WMO-02', name: 'Begeleiding', pillar: 'wmo', productCategory: '02', budgetCents: 1_000_000 },
    { budgetLine: 'WMO', name: 'Wmo overig', pillar: 'wmo', productCategory: '', budgetCents: 500_000 },
  ],
  realised: [],
  expected: [],
  commitments: [],
  openEnded: [],
  recentStartsAnnual: [],
  knownFutureStarts: [],
  development: new Map(PILLARS.map((p) => [p, NO_ACTUALS])),
  ratio: new Map(),
  assumptions: defaultAssumptions(),
  ...over,
});

describe('the budget ledger', () => {
  it('maps a category to its line, else the pillar line, else <pillar>:onbegroot', () => {
    const ledger = buildLedger(
      base({
        realised: [
          { pillar: 'wmo', productCategory: '02', month: monthIndex('2026-01-01'), amountCents: 100 },
          { pillar: 'wmo', productCategory: '01', month: monthIndex('2026-01-01'), amountCents: 10 },
          { pillar: 'jeugd', productCategory: '45', month: monthIndex('2026-01-01'), amountCents: 1 },
        ],
      }),
    );
    expect(ledger.lines.map((line) => [line.budgetLine, line.realisedCents])).toEqual([['WMO-02', 100], ['WMO', 10], ['jeugd:onbegroot', 1]]);
    expect(ledger.lines[2]).toMatchObject({ name: 'Niet begroot', budgetCents: 0, productCategory: '' });
  });

  it('holds forecast = realised + late + open + inflow and the scenario bands for any input', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000_000 });
    const row = fc.record({ pillar: fc.constantFrom(...PILLARS), productCategory: fc.constantFrom('', '01', '02', '45'), amountCents: amount });
    const monthRow = fc.record({ pillar: fc.constantFrom(...PILLARS), productCategory: fc.constantFrom('', '01', '02'), amountCents: amount, month: fc.integer({ min: monthIndex('2026-01-01'), max: monthIndex('2026-06-01') }) });
    fc.assert(
      fc.property(fc.array(monthRow, { maxLength: 8 }), fc.array(monthRow, { maxLength: 8 }), fc.array(row, { maxLength: 5 }), fc.array(row, { maxLength: 5 }), (realised, expected, commitments, starts) => {
        const ledger = buildLedger(base({ realised, expected, commitments, recentStartsAnnual: starts, development: new Map(PILLARS.map((p) => [p, p === 'participatie' ? BOOKED : NO_ACTUALS])) }));
        for (const line of [...ledger.lines, ledger.totals]) {
          expect(line.forecastCents).toBe(line.realisedCents + line.lateClaimsCents + line.openCommitmentsCents + line.newInflowCents);
          expect(line.varianceCents).toBe(line.forecastCents - line.budgetCents);
          expect(line.scenarios.neutral).toBe(line.forecastCents);
          expect(line.scenarios.positive).toBeLessThanOrEqual(line.forecastCents);
          expect(line.scenarios.negative).toBeGreaterThanOrEqual(line.forecastCents);
          expect(Number.isInteger(line.lateClaimsCents) && Number.isInteger(line.newInflowCents)).toBe(true);
        }
        expect(ledger.totals.forecastCents).toBe(ledger.lines.reduce((sum, line) => sum + line.forecastCents, 0));
        const total = (rows: { amountCents: number }[]) => rows.reduce((sum, r) => sum + r.amountCents, 0);
        expect(ledger.totals.realisedCents).toBe(total(realised));
        expect(ledger.totals.openCommitmentsCents).toBe(total(commitments));
      }),
      { numRuns: 200 },
    );
  });

  it('expects all of a past month without actuals, none of a booked one', () => {
    const expected = [
      { pillar: 'wmo' as const, productCategory: '02', month: monthIndex('2026-03-01'), amountCents: 1_000 },
      { pillar: 'participatie' as const, productCategory: 'LO', month: monthIndex('2026-03-01'), amountCents: 1_000 },
    ];
    const ledger = buildLedger(base({ expected, development: new Map(PILLARS.map((p) => [p, p === 'participatie' ? BOOKED : NO_ACTUALS])) }));
    expect(ledger.lines.find((l) => l.budgetLine === 'WMO-02')!.lateClaimsCents).toBe(1_000);
    expect(ledger.lines.find((l) => l.budgetLine === 'participatie:onbegroot')!.lateClaimsCents).toBe(0);
  });
});

describe('new inflow', () => {
  it('accrues the pace of recent starts over the rest of the year, less what is already assigned', () => {
    // 365 · 365 annual cents of starts: a cent a day per day of starts → R(R+1)/2 for R days left.
    expect(newInflow(365 * 365, 0, '2026-12-21', '2026-12-31')).toBe(55);
    expect(newInflow(365 * 365, 50, '2026-12-21', '2026-12-31')).toBe(5);
    expect(newInflow(365 * 365, 500, '2026-12-21', '2026-12-31')).toBe(0);
    expect(newInflow(365 * 365, 0, '2026-12-31', '2026-12-31')).toBe(0);
  });

  it('grows by hundredths of a percent, half away from zero', () => {
    expect(grow(1_000, 250)).toBe(1_025);
    expect(grow(1_000, -500)).toBe(950);
    expect(grow(15, -333)).toBe(15);
    expect(grow(15, -334)).toBe(14);
  });
});
