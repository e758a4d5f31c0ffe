import { and, eq, sql } from 'drizzle-orm';
import type { CurrentUser } from '../http/request-user.js';
import type { Db } from '../db/client.js';
import type { PlanStatus } from '../plans/domain/statuses.js';
import { plans } from '../plans/plans.schema.js';
import { authorize } from '../policy/policy.js';
import { invalid, notFound } from '../shared/errors.js';
import { completenessErrors } from './domain/completeness.js';
import { needsReason, transitionOutcome, transitionRoles } from './domain/machine.js';
import type { WorkflowSettings } from './domain/settings.js';
import { lockPlan, recordTransition, releaseCommitment, voidApprovals } from './workflow.history.js';

type PlanRow = typeof plans.$inferSelect;

/** Every reason the step may not be taken, in the order: is it a step, may this user, is the plan ready. */
export function checkTransition(user: CurrentUser, plan: PlanRow, settings: WorkflowSettings, to: PlanStatus, reason: string): void {
  const from = plan.status as PlanStatus;
  const outcome = transitionOutcome(settings, from, to, user.roles);
  if (outcome.kind === 'invalid') throw invalid([{ path: 'to', message: outcome.message }], outcome.message);
  authorize(user, 'plans.transition', { ...plan, allowedRoles: transitionRoles(settings, from, to) });
  if (to === 'scheduled') {
    const errors = completenessErrors(plan.document);
    if (errors.length > 0) throw invalid(errors, 'Het plan is nog niet compleet genoeg voor de doorbraaktafel.');
  }
  if (needsReason(to) && !reason.trim()) throw invalid([{ path: 'reason', message: 'Geef een reden op.' }]);
}

export async function transition(db: Db, user: CurrentUser, planId: string, settings: WorkflowSettings, to: PlanStatus, reason: string, now: Date, requestId: string) {
  return db.transaction(async (tx) => {
    const plan = await lockPlan(tx, user.tenantId, planId);
    if (!plan) throw notFound();
    // Checked again under the lock: the plan may have moved since the caller read it.
    checkTransition(user, plan, settings, to, reason);
    if (plan.status === 'scheduled') await voidApprovals(tx, user.tenantId, plan.id, now);
    if (to === 'withdrawn' || to === 'closed') {
      await releaseCommitment(tx, user, plan, now, to === 'closed' ? 'Vrijgegeven: plan afgesloten' : 'Vrijgegeven: plan ingetrokken');
    }
    const [row] = await tx
      .update(plans)
      .set({ status: to, updatedAt: sql`now()` })
      .where(and(eq(plans.tenantId, user.tenantId), eq(plans.id, plan.id)))
      .returning();
    await recordTransition(tx, user, plan, plan.status, to, reason.trim(), requestId);
    return row!;
  });
}
