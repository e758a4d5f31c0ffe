import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { plans } from '../../plans/plans.schema.js';
import { buildPlanDocument } from '../../plans/test/factories.js';
import type { Session, TestApp } from '../../test/app.js';
import { commitForPlan } from '../budget.ledger.js';

/**
 * An approved plan with `amountCents` committed on `year`, set up directly in the database (as
 * the workflow's decision would), so budget tests do not depend on the approval flow.
 */
export async function createApprovedPlan(
  t: TestApp,
  author: Session,
  options: { amountCents: number; year: number; status?: string; caseNumber?: string },
): Promise<string> {
  const response = await t.as(author, 'POST', '/api/v1/plans', buildPlanDocument(options.caseNumber ? { caseNumber: options.caseNumber } : {}));
  if (response.statusCode !== 201) throw new Error(`plan: ${response.statusCode} ${response.body}`);
  const planId = (response.json() as { id: string }).id;
  await approve(t.database.db, author.user.tenant.id, planId, options);
  return planId;
}

export async function approve(db: Db, tenantId: string, planId: string, options: { amountCents: number; year: number; status?: string }) {
  await db.transaction(async (tx) => {
    await tx
      .update(plans)
      .set({ status: options.status ?? 'approved', budgetYear: options.year, approvedAt: sql`now()` })
      .where(and(eq(plans.tenantId, tenantId), eq(plans.id, planId)));
    await commitForPlan(tx, { tenantId, planId, year: options.year, date: `${options.year}-01-15`, userId: null, amountCents: options.amountCents });
  });
}
