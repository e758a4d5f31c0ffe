import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { budgets, budgetSources } from './budget.schema.js';

/** Maastricht's pooled maatwerkbudget from 2021 (DOMAIN.md §6): € 175.000 from four budget lines. */
export const DEMO_BUDGET = {
  note: 'Collegebesluit maart 2021: één ontschot maatwerkbudget',
  sources: [
    { code: '570672213', name: 'Jeugd Begeleiding Indiv. ZIN', amountCents: 5_000_000 },
    { code: '570671212', name: 'WMO Begeleiding Indiv. ZIN', amountCents: 5_000_000 },
    { code: '520615', name: 'PW BUIG', amountCents: 5_000_000 },
    { code: '5513119', name: 'Armoede maatwerkbudget', amountCents: 2_500_000 },
  ],
} as const;

/** Sets the demo budget for `year` unless that year already has sources. */
export async function seedDemoBudget(db: Db, tenantId: string, year: number): Promise<void> {
  await db.transaction(async (tx) => {
    const existing = await tx
      .select({ code: budgetSources.code })
      .from(budgetSources)
      .where(and(eq(budgetSources.tenantId, tenantId), eq(budgetSources.year, year)))
      .limit(1);
    if (existing.length > 0) return;
    // An approval may have created the year's row (its lock) before the seed ran.
    await tx
      .insert(budgets)
      .values({ tenantId, year, note: DEMO_BUDGET.note })
      .onConflictDoUpdate({ target: [budgets.tenantId, budgets.year], set: { note: DEMO_BUDGET.note } });
    await tx
      .insert(budgetSources)
      .values(DEMO_BUDGET.sources.map((source) => ({ ...source, tenantId, year })))
      .onConflictDoNothing();
  });
}
