import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetWarnings, sumPlanBalances, yearBalance } from './balance.js';
import { planBalance, type LedgerEntry } from './ledger.js';

const entry = fc.record({ kind: fc.constantFrom<LedgerEntry['kind']>('commit', 'release', 'payment'), amountCents: fc.nat(5_000_000) });

describe('yearBalance', () => {
  it('adds up with known numbers', () => {
    const plans = [
      planBalance([{ kind: 'commit', amountCents: 630_000 }, { kind: 'payment', amountCents: 200_000 }]),
      planBalance([{ kind: 'commit', amountCents: 100_000 }, { kind: 'payment', amountCents: 150_000 }]),
      planBalance([{ kind: 'commit', amountCents: 50_000 }, { kind: 'release', amountCents: 50_000 }]),
    ];
    const totals = sumPlanBalances(plans);
    expect(totals).toEqual({ committedCents: 430_000, paidCents: 350_000 });
    const balance = yearBalance({ year: 2025, budgetCents: 17_500_000, ...totals }, '2026-02-01');
    expect(balance).toEqual({
      year: 2025,
      budgetCents: 17_500_000,
      committedCents: 430_000,
      paidCents: 350_000,
      availableCents: 16_720_000,
      usedCents: 780_000,
      projectedYearEndCents: 780_000,
      usedPercent: 4,
    });
  });

  it('always adds up to the cent: available + committed + paid = budget, nothing negative committed', () => {
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 8 }), { maxLength: 30 }), fc.nat(100_000_000), (ledgers, budgetCents) => {
        const plans = ledgers.map(planBalance);
        const totals = sumPlanBalances(plans);
        const balance = yearBalance({ year: 2026, budgetCents, ...totals }, '2026-06-01');
        expect(balance.availableCents + balance.committedCents + balance.paidCents).toBe(budgetCents);
        expect(balance.committedCents).toBeGreaterThanOrEqual(0);
        expect(balance.paidCents).toBe(ledgers.flat().filter((e) => e.kind === 'payment').reduce((s, e) => s + e.amountCents, 0));
      }),
    );
  });
});

describe('budgetWarnings', () => {
  const at = (usedCents: number, today = '2026-12-31') => budgetWarnings({ year: 2026, budgetCents: 10_000_000, committedCents: usedCents, paidCents: 0 }, today);

  it('warns at 75 %, 90 % and 100 %, the highest reached', () => {
    expect(at(7_499_999)).toEqual([]);
    expect(at(7_500_000).map((w) => w.code)).toEqual(['used75']);
    expect(at(9_000_000).map((w) => w.code)).toEqual(['used90']);
    const full = at(10_000_000);
    expect(full.map((w) => [w.code, w.level])).toEqual([['used100', 'error']]);
    expect(full[0]!.message).toContain('nieuw collegebesluit');
  });

  it('warns when the pace exceeds the budget and says when it runs out', () => {
    // 60 % used on 1 July (day 182): projection 120 %, runs out on day 304 = 31 October.
    const warnings = at(6_000_000, '2026-07-01');
    expect(warnings).toEqual([
      { code: 'projection', level: 'warning', message: expect.stringContaining('31-10-2026'), runOutDate: '2026-10-31' },
    ]);
    expect(at(4_000_000, '2026-07-01')).toEqual([]);
  });

  it('warns when money is used without any budget', () => {
    expect(budgetWarnings({ year: 2026, budgetCents: 0, committedCents: 1, paidCents: 0 }, '2026-05-01').map((w) => w.code)).toEqual(['used100']);
    expect(budgetWarnings({ year: 2026, budgetCents: 0, committedCents: 0, paidCents: 0 }, '2026-05-01')).toEqual([]);
  });
});
