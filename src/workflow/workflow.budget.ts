import type { Db } from '../db/client.js';
import { loadBudget, loadYearTotals } from '../budget/budget.queries.js';
import { formatEuro } from '../shared/money.js';

/** Dutch warning when the year's commitments and payments exceed its budget sources; approval goes ahead. */
export async function budgetWarning(db: Db, tenantId: string, year: number): Promise<string | undefined> {
  const { budgetCents } = await loadBudget(db, tenantId, year);
  const { committedCents, paidCents } = await loadYearTotals(db, tenantId, year);
  const used = committedCents + paidCents;
  if (used <= budgetCents) return undefined;
  if (budgetCents === 0) return `Voor ${year} is nog geen maatwerkbudget vastgesteld; het plan is goedgekeurd en het bedrag is vastgelegd.`;
  return `Het maatwerkbudget ${year} is overschreden met ${formatEuro(used - budgetCents)}. Het plan is goedgekeurd; vraag tijdig een nieuw collegebesluit.`;
}
