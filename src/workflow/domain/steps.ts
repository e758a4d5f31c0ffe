import type { PlanStatus } from '../../plans/domain/statuses.js';
import { can, type Actor, type PlanLike } from '../../policy/policy.js';
import { possibleTransitions, type Step } from './machine.js';
import type { WorkflowSettings } from './settings.js';

type PlanRef = Pick<PlanLike, 'tenantId' | 'authorId' | 'status'>;

/**
 * A workflow step on a plan as the policy decides it: the plan (its tenant, author and status),
 * the status it leads to (none for a decision) and the municipality's settings.
 */
export function stepResource(plan: PlanRef, settings: Pick<WorkflowSettings, 'tableRoles' | 'decideRoles'>, to?: PlanStatus): PlanLike {
  return {
    tenantId: plan.tenantId,
    authorId: plan.authorId,
    status: plan.status,
    ...(to === undefined ? {} : { to }),
    workflow: { tableRoles: settings.tableRoles, decideRoles: settings.decideRoles },
  };
}

/** The steps this user may take now: those the state machine has, as far as the policy allows. */
export function allowedTransitions(actor: Actor, plan: PlanRef, settings: WorkflowSettings): Step[] {
  return possibleTransitions(settings, plan.status as PlanStatus).filter((step) => can(actor, 'plans.transition', stepResource(plan, settings, step.to)));
}

/** Whether this user's decisions are taken at the table (their roles), whatever the plan's status. */
export function mayDecide(actor: Actor, plan: PlanRef, settings: WorkflowSettings): boolean {
  return can(actor, 'plans.decide', stepResource(plan, settings));
}
