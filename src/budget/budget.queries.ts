import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { plans } from '../plans/plans.schema.js';
import { sumPlanBalances, yearBalance, type YearBalance } from './domain/balance.js';
import { budgetEntries, budgets, budgetSources } from './budget.schema.js';

/**
 * The year's balance is computed by the database: one GROUP BY plan over the ledger, then sums.
 * No entry is ever loaded into JavaScript, so 10,000 plans and 50,000 payments stay fast.
 */
function perPlan(db: Db, tenantId: string, year: number) {
  return db
    .select({
      planId: budgetEntries.planId,
      committedNet: sql<string>`sum(case ${budgetEntries.kind} when 'commit' then ${budgetEntries.amountCents} when 'release' then -${budgetEntries.amountCents} else 0 end)`.as('committed_net'),
      paid: sql<string>`sum(case when ${budgetEntries.kind} = 'payment' then ${budgetEntries.amountCents} else 0 end)`.as('paid'),
    })
    .from(budgetEntries)
    .where(and(eq(budgetEntries.tenantId, tenantId), eq(budgetEntries.year, year)))
    .groupBy(budgetEntries.planId)
    .as('per_plan');
}

export async function loadYearTotals(db: Db, tenantId: string, year: number): Promise<{ committedCents: number; paidCents: number }> {
  const p = perPlan(db, tenantId, year);
  const [row] = await db
    .select({
      committedCents: sql<number>`coalesce(sum(greatest(0, ${p.committedNet} - ${p.paid})), 0)::bigint`.mapWith(Number),
      paidCents: sql<number>`coalesce(sum(${p.paid}), 0)::bigint`.mapWith(Number),
    })
    .from(p);
  return row ?? { committedCents: 0, paidCents: 0 };
}

export interface PlanRow {
  planId: string;
  caseNumber: string;
  status: string;
  committedNetCents: number;
  paidCents: number;
  openCommitmentCents: number;
}

export async function loadPlanRows(db: Db, tenantId: string, year: number): Promise<PlanRow[]> {
  const p = perPlan(db, tenantId, year);
  const rows = await db
    .select({
      planId: p.planId,
      caseNumber: plans.caseNumber,
      status: plans.status,
      committedNetCents: sql<number>`${p.committedNet}::bigint`.mapWith(Number),
      paidCents: sql<number>`${p.paid}::bigint`.mapWith(Number),
    })
    .from(p)
    .leftJoin(plans, and(eq(plans.tenantId, tenantId), eq(plans.id, p.planId)))
    .orderBy(asc(plans.caseNumber), asc(p.planId));
  return rows.map((row) => ({
    planId: row.planId,
    caseNumber: row.caseNumber ?? '',
    status: row.status ?? '',
    committedNetCents: row.committedNetCents,
    paidCents: row.paidCents,
    openCommitmentCents: Math.max(0, row.committedNetCents - row.paidCents),
  }));
}

export async function loadBudget(db: Db, tenantId: string, year: number) {
  const [[head], sources] = await Promise.all([
    db.select({ note: budgets.note }).from(budgets).where(and(eq(budgets.tenantId, tenantId), eq(budgets.year, year))),
    db
      .select({ code: budgetSources.code, name: budgetSources.name, amountCents: budgetSources.amountCents })
      .from(budgetSources)
      .where(and(eq(budgetSources.tenantId, tenantId), eq(budgetSources.year, year)))
      .orderBy(asc(budgetSources.code)),
  ]);
  return { note: head?.note ?? '', sources, budgetCents: sources.reduce((sum, s) => sum + s.amountCents, 0) };
}

export interface YearView {
  note: string;
  sources: { code: string; name: string; amountCents: number }[];
  balance: YearBalance;
  plans?: PlanRow[];
}

/** The whole year; plan rows only when asked (they are for users who may read plans). */
export async function loadYear(db: Db, tenantId: string, year: number, today: string, withPlans: boolean): Promise<YearView> {
  const budget = await loadBudget(db, tenantId, year);
  if (withPlans) {
    const rows = await loadPlanRows(db, tenantId, year);
    const balance = yearBalance({ year, budgetCents: budget.budgetCents, ...sumPlanBalances(rows) }, today);
    return { note: budget.note, sources: budget.sources, balance, plans: rows };
  }
  const totals = await loadYearTotals(db, tenantId, year);
  return { note: budget.note, sources: budget.sources, balance: yearBalance({ year, budgetCents: budget.budgetCents, ...totals }, today) };
}
