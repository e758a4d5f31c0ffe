import { and, eq, sql } from 'drizzle-orm';
import type { CurrentUser } from '../http/request-user.js';
import type { AuditEvent } from '../http/command.js';
import type { Db } from '../db/client.js';
import type { PlanStatus } from '../plans/domain/statuses.js';
import { plans } from '../plans/plans.schema.js';
import { loadPlanLocked } from '../plans/plans.service.js';
import { authorize } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { invalid } from '../shared/errors.js';
import { completenessErrors } from './domain/completeness.js';
import { needsReason, transitionOutcome } from './domain/machine.js';
import type { WorkflowSettings } from './domain/settings.js';
import { stepResource } from './domain/steps.js';
import { recordEvents, recordTransition, releaseCommitment, voidApprovals } from './workflow.history.js';
import { loadWorkflowSettings } from './workflow.settings.js';

type PlanRow = typeof plans.$inferSelect;

/**
 * The plan (locked until the transaction ends) and the settings a step is decided on, in the
 * order: may this user see the plan (404/403), is it a step at all (422). Whether this user may
 * take the step is then the policy's (`plans.transition` on `stepResource`).
 */
export async function loadStep(tx: Db, user: CurrentUser, planId: string, to: PlanStatus, known?: WorkflowSettings): Promise<{ plan: PlanRow; settings: WorkflowSettings }> {
  const plan = await loadPlanLocked(tx, user.tenantId, planId);
  authorize(user, 'plans.read', plan);
  const settings = known ?? (await loadWorkflowSettings(tx, user.tenantId));
  const outcome = transitionOutcome(settings, plan.status as PlanStatus, to);
  if (outcome.kind === 'invalid') throw invalid([{ path: 'to', message: outcome.message }], outcome.message);
  return { plan, settings };
}

/**
 * Takes an allowed step: checks that the plan is ready for it (complete enough for the table, a
 * reason where one is needed), then moves it, voiding approvals and releasing commitments where
 * the step says so. Returns the plan as it now stands and the audit event.
 */
export async function applyTransition(tx: Db, user: CurrentUser, plan: PlanRow, to: PlanStatus, reason: string, now: Date): Promise<{ row: PlanRow; events: AuditEvent[] }> {
  if (to === 'scheduled') {
    const errors = completenessErrors(plan.document);
    if (errors.length > 0) throw invalid(errors, 'Het plan is nog niet compleet genoeg voor de doorbraaktafel.');
  }
  if (needsReason(to) && !reason.trim()) throw invalid([{ path: 'reason', message: 'Geef een reden op.' }]);
  // The reason is case text a user typed: never a BSN.
  rejectBsn({ reason });
  if (plan.status === 'scheduled') await voidApprovals(tx, user.tenantId, plan.id, now);
  if (to === 'withdrawn' || to === 'closed') {
    await releaseCommitment(tx, user, plan, now, to === 'closed' ? 'Vrijgegeven: plan afgesloten' : 'Vrijgegeven: plan ingetrokken');
  }
  const [row] = await tx
    .update(plans)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(plans.tenantId, user.tenantId), eq(plans.id, plan.id)))
    .returning();
  const event = await recordTransition(tx, user, plan, plan.status, to, reason.trim());
  return { row: row!, events: [event] };
}

/** A step outside HTTP (the demo replays its plans through the workflow): own transaction and audit. */
export async function transition(db: Db, user: CurrentUser, planId: string, settings: WorkflowSettings, to: PlanStatus, reason: string, now: Date, requestId: string) {
  return db.transaction(async (tx) => {
    const { plan } = await loadStep(tx, user, planId, to, settings);
    authorize(user, 'plans.transition', stepResource(plan, settings, to));
    const { row, events } = await applyTransition(tx, user, plan, to, reason, now);
    await recordEvents(tx, user, events, requestId);
    return row;
  });
}
