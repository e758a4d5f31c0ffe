import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { planFacts, planKbaStreams } from '../dashboard/dashboard.schema.js';
import { planFactsOf } from '../dashboard/domain/plan-facts.js';
import { computeKba } from './domain/kba.js';
import type { PlanDocument } from './domain/plan-document.js';
import { plans } from './plans.schema.js';

/**
 * What is derived from a plan's document on every save: its denormalised KBA (totals on `plans`,
 * one row per funding stream) and its counted facts (legal bases, domains, bottlenecks), which the
 * dashboard aggregates in SQL. Written by the plan's own saves (plans.service, the CLI import, the
 * demo), inside the transaction that saves the document, so they never disagree. The tables and
 * the fact rules are the dashboard's read model (dashboard.schema.ts, domain/plan-facts.ts).
 */
export async function refreshPlanKba(tx: Db, tenantId: string, planId: string, document: PlanDocument): Promise<void> {
  const kba = computeKba(document);
  await tx
    .update(plans)
    .set({
      kbaCurrentCents: kba.currentCents,
      kbaThreatenedCents: kba.threatenedCents,
      kbaExpectedThreatenedCents: kba.expectedThreatenedCents,
      kbaPlanCents: kba.planCents,
      kbaReturnCents: kba.returnCents,
      kbaMaatwerkbudgetCents: kba.maatwerkbudgetCents,
    })
    .where(and(eq(plans.tenantId, tenantId), eq(plans.id, planId)));
  await tx.delete(planKbaStreams).where(and(eq(planKbaStreams.tenantId, tenantId), eq(planKbaStreams.planId, planId)));
  if (kba.byFundingStream.length > 0) {
    await tx.insert(planKbaStreams).values(kba.byFundingStream.map((row) => ({ tenantId, planId, ...row })));
  }
  await tx.delete(planFacts).where(and(eq(planFacts.tenantId, tenantId), eq(planFacts.planId, planId)));
  const facts = planFactsOf(document);
  if (facts.length > 0) await tx.insert(planFacts).values(facts.map((fact) => ({ tenantId, planId, ...fact })));
}

/** Derives the KBA of plans saved before it was denormalised (or by older code). Idempotent. */
export async function backfillPlanKba(db: Db, batchSize = 500): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await db
      .select({ tenantId: plans.tenantId, id: plans.id, document: plans.document })
      .from(plans)
      .where(isNull(plans.kbaPlanCents))
      .orderBy(plans.tenantId, plans.id)
      .limit(batchSize);
    if (batch.length === 0) return done;
    await db.transaction(async (tx) => {
      for (const row of batch) await refreshPlanKba(tx, row.tenantId, row.id, row.document);
    });
    done += batch.length;
  }
}

/** Plans without a derived KBA (used by tests and health checks). */
export async function countPlansWithoutKba(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(plans).where(isNull(plans.kbaPlanCents));
  return row?.n ?? 0;
}
