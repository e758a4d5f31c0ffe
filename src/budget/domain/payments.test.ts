import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBalance, type LedgerEntry } from './ledger.js';
import { checkPayment } from './payments.js';

const committed = (commit: number, paid = 0) =>
  planBalance([
    { kind: 'commit', amountCents: commit },
    { kind: 'payment', amountCents: paid },
  ]);

describe('checkPayment', () => {
  const plan = { status: 'approved', balance: committed(100_000, 40_000) };

  it('accepts a payment within the open commitment', () => {
    expect(checkPayment({ amountCents: 60_000 }, plan, 0)).toEqual({ errors: [], excessCents: 0 });
  });

  it('refuses zero, and a plan that is not approved or already closed', () => {
    expect(checkPayment({ amountCents: 0 }, plan, 0).errors.map((e) => e.path)).toEqual(['amountCents']);
    for (const status of ['draft', 'scheduled', 'closed', 'rejected']) {
      expect(checkPayment({ amountCents: 1 }, { ...plan, status }, 0).errors.map((e) => e.path)).toEqual(['status']);
    }
    for (const status of ['in_progress', 'monitoring']) expect(checkPayment({ amountCents: 1 }, { ...plan, status }, 0).errors).toEqual([]);
  });

  it('refuses more than the open commitment unless explicitly exceeded with a reason', () => {
    expect(checkPayment({ amountCents: 60_001 }, plan, 1_000_000).errors).toEqual([{ path: 'amountCents', message: expect.stringContaining('€ 600,00') }]);
    expect(checkPayment({ amountCents: 60_001, exceedCommitment: true, reason: '  ' }, plan, 1_000_000).errors.map((e) => e.path)).toEqual(['reason']);
    expect(checkPayment({ amountCents: 60_001, exceedCommitment: true, reason: 'Extra huur' }, plan, 1_000_000)).toEqual({ errors: [], excessCents: 1 });
  });

  it('refuses an excess that does not fit in what is available: the budget is exhausted', () => {
    const check = checkPayment({ amountCents: 70_000, exceedCommitment: true, reason: 'Extra huur' }, plan, 9_999);
    expect(check.errors).toEqual([{ path: 'amountCents', message: expect.stringContaining('uitgeput') }]);
    expect(checkPayment({ amountCents: 70_000, exceedCommitment: true, reason: 'Extra huur' }, plan, 10_000).errors).toEqual([]);
  });

  it('never lets accepted payments make the commitment negative or overspend the year', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(2_000_000), fc.array(fc.record({ amount: fc.integer({ min: -10, max: 300_000 }), exceed: fc.boolean() })), (commit, extra, attempts) => {
        const entries: LedgerEntry[] = [{ kind: 'commit', amountCents: commit }];
        let available = extra;
        for (const attempt of attempts) {
          const check = checkPayment({ amountCents: attempt.amount, exceedCommitment: attempt.exceed, reason: 'r' }, { status: 'approved', balance: planBalance(entries) }, available);
          if (check.errors.length > 0) continue;
          entries.push({ kind: 'payment', amountCents: attempt.amount });
          available -= check.excessCents;
          expect(available).toBeGreaterThanOrEqual(0);
          if (!attempt.exceed) expect(check.excessCents).toBe(0);
        }
        const final = planBalance(entries);
        expect(final.openCommitmentCents).toBeGreaterThanOrEqual(0);
        expect(final.openCommitmentCents + final.paidCents).toBeLessThanOrEqual(commit + extra);
        expect(final.paidCents - Math.min(final.paidCents, commit)).toBe(extra - available);
      }),
    );
  });
});
