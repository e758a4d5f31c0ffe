import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import { releaseForPlan } from '../budget/budget.ledger.js';
import type { Db } from '../db/client.js';
import type { AuditEvent } from '../http/command.js';
import { plans } from '../plans/plans.schema.js';
import { amsterdamDate } from '../shared/dates.js';
import { planDecisions, planTransitions } from './workflow.schema.js';

type PlanRow = typeof plans.$inferSelect;

interface Actor {
  id: string;
  email: string;
  tenantId: string;
}

/** Locks the plan row until the transaction ends, so two last approvals cannot both commit (PostgreSQL). */
export async function lockPlan(tx: Db, tenantId: string, id: string): Promise<PlanRow | undefined> {
  const [row] = await tx
    .select()
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), eq(plans.id, id), isNull(plans.deletedAt)))
    .for('update');
  return row;
}

/** Voids the plan's approvals that still stand (all, or those of versions before `beforeVersion`). */
export async function voidApprovals(tx: Db, tenantId: string, planId: string, at: Date, beforeVersion?: number): Promise<number> {
  const rows = await tx
    .update(planDecisions)
    .set({ voidedAt: at })
    .where(
      and(
        eq(planDecisions.tenantId, tenantId),
        eq(planDecisions.planId, planId),
        eq(planDecisions.decision, 'approve'),
        isNull(planDecisions.voidedAt),
        beforeVersion === undefined ? undefined : lt(planDecisions.planVersion, beforeVersion),
      ),
    )
    .returning({ id: planDecisions.id });
  return rows.length;
}

/**
 * Records a status change in the plan's history (with the reason, which is case text) and returns
 * its audit event (ids and statuses only), for the caller's command to write.
 */
export async function recordTransition(
  tx: Db,
  actor: Actor,
  plan: { id: string; version: number },
  from: string,
  to: string,
  reason: string,
): Promise<AuditEvent> {
  await tx.insert(planTransitions).values({
    tenantId: actor.tenantId,
    id: crypto.randomUUID(),
    planId: plan.id,
    fromStatus: from,
    toStatus: to,
    reason,
    userId: actor.id,
    planVersion: plan.version,
  });
  return { action: 'plan.transition', entityType: 'plan', entityId: plan.id, detail: { from, to, version: plan.version } };
}

/** Writes audit events outside HTTP (the demo seed replays the workflow); routes audit through runCommand. */
export async function recordEvents(tx: Db, actor: Actor, events: readonly AuditEvent[], requestId: string | undefined): Promise<void> {
  for (const event of events) await recordAudit(tx, { ...event, tenantId: actor.tenantId, actor, requestId });
}

/** Gives back the plan's open commitment on its budget year (withdrawn, closed, changed after approval). */
export async function releaseCommitment(tx: Db, actor: Actor, plan: PlanRow, at: Date, description: string): Promise<number> {
  if (plan.budgetYear === null) return 0;
  return releaseForPlan(tx, { tenantId: actor.tenantId, planId: plan.id, year: plan.budgetYear, date: amsterdamDate(at), userId: actor.id, description });
}

/**
 * After a save of the plan document (plans.service): an approved plan goes back to `scheduled`
 * with its approvals void and its commitment released; approvals of older versions are void.
 * Returns the plan as it now stands and the audit events of what happened.
 */
export async function afterPlanEdited(tx: Db, actor: Actor, before: PlanRow, saved: PlanRow, at: Date): Promise<{ row: PlanRow; events: AuditEvent[] }> {
  if (before.status === 'approved') {
    await voidApprovals(tx, actor.tenantId, saved.id, at);
    await releaseCommitment(tx, actor, saved, at, 'Vrijgegeven: plan gewijzigd na goedkeuring');
    const [row] = await tx
      .update(plans)
      .set({ status: 'scheduled', approvedAt: null, updatedAt: sql`now()` })
      .where(and(eq(plans.tenantId, actor.tenantId), eq(plans.id, saved.id)))
      .returning();
    const event = await recordTransition(tx, actor, saved, 'approved', 'scheduled', 'Gewijzigd na goedkeuring: de goedkeuringen zijn vervallen.');
    return { row: row!, events: [event] };
  }
  await voidApprovals(tx, actor.tenantId, saved.id, at, saved.version);
  return { row: saved, events: [] };
}
