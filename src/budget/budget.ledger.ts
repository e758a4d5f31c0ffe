import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { budgetEntries, budgets } from './budget.schema.js';
import { commitmentOnApproval, planBalance, type PlanBalance } from './domain/ledger.js';

/**
 * Creates the year's budget row when missing and locks it until the transaction ends. Every
 * movement of money takes this lock first, so concurrent payments and approvals queue up instead
 * of reading a stale balance (PostgreSQL); PGlite runs one transaction at a time anyway.
 */
export async function lockBudgetYear(tx: Db, tenantId: string, year: number): Promise<void> {
  await tx.insert(budgets).values({ tenantId, year }).onConflictDoNothing();
  await tx.execute(sql`SELECT 1 FROM ${budgets} WHERE ${budgets.tenantId} = ${tenantId} AND ${budgets.year} = ${year} FOR UPDATE`);
}

export async function loadPlanBalance(tx: Db, tenantId: string, planId: string): Promise<PlanBalance> {
  const entries = await tx
    .select({ kind: budgetEntries.kind, amountCents: budgetEntries.amountCents })
    .from(budgetEntries)
    .where(and(eq(budgetEntries.tenantId, tenantId), eq(budgetEntries.planId, planId)));
  return planBalance(entries as { kind: 'commit' | 'release' | 'payment'; amountCents: number }[]);
}

interface Movement {
  tenantId: string;
  planId: string;
  year: number;
  /** Local date (Europe/Amsterdam), `YYYY-MM-DD`. */
  date: string;
  userId: string | null;
}

/** On approval: reserve the plan's maatwerkbudget on the year's budget. Returns the amount committed. */
export async function commitForPlan(tx: Db, movement: Movement & { amountCents: number }): Promise<number> {
  await lockBudgetYear(tx, movement.tenantId, movement.year);
  const before = await loadPlanBalance(tx, movement.tenantId, movement.planId);
  const amountCents = commitmentOnApproval(movement.amountCents, before);
  if (amountCents > 0) {
    await tx.insert(budgetEntries).values({ ...movement, id: crypto.randomUUID(), kind: 'commit', amountCents, description: 'Vastgelegd bij goedkeuring' });
  }
  return amountCents;
}

/** When a plan closes, changes after approval or is withdrawn: give back what is reserved and unpaid. */
export async function releaseForPlan(tx: Db, movement: Movement & { description: string }): Promise<number> {
  await lockBudgetYear(tx, movement.tenantId, movement.year);
  const { openCommitmentCents } = await loadPlanBalance(tx, movement.tenantId, movement.planId);
  if (openCommitmentCents > 0) {
    await tx.insert(budgetEntries).values({ ...movement, id: crypto.randomUUID(), kind: 'release', amountCents: openCommitmentCents });
  }
  return openCommitmentCents;
}
