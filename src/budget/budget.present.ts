import type { BudgetWarning } from './domain/balance.js';
import type { LedgerEntry, YearBudget } from './budget.contract.js';
import type { YearView } from './budget.queries.js';

/** The contract fields first, then the extras; plan rows only when loaded (never case text). */
export function presentYear(view: YearView, warnings: BudgetWarning[]): YearBudget {
  const { balance } = view;
  return {
    year: balance.year,
    budgetCents: balance.budgetCents,
    sources: view.sources,
    committedCents: balance.committedCents,
    paidCents: balance.paidCents,
    availableCents: balance.availableCents,
    projectedYearEndCents: balance.projectedYearEndCents,
    note: view.note,
    usedPercent: balance.usedPercent,
    warnings,
    ...(view.plans ? { plans: view.plans } : {}),
  };
}

/** A ledger row as loaded (`ledgerColumns`), as the API shows it. */
export function presentEntry(row: Omit<LedgerEntry, 'createdAt' | 'kind'> & { kind: string; createdAt: Date }): LedgerEntry {
  return { ...row, kind: row.kind as LedgerEntry['kind'], createdAt: row.createdAt.toISOString() };
}
