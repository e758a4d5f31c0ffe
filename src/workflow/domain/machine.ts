import type { Role } from '../../auth/roles.js';
import { PLAN_STATUSES, type PlanStatus } from '../../plans/domain/statuses.js';
import type { WorkflowSettings } from './settings.js';

export type DecisionKind = 'approve' | 'revise' | 'reject';
export const DECISION_KINDS: readonly DecisionKind[] = ['approve', 'revise', 'reject'];

export type Outcome = { kind: 'allowed' } | { kind: 'forbidden' } | { kind: 'invalid'; message: string };

const label = (status: string) => PLAN_STATUSES.find((s) => s.key === status)?.label ?? status;

const EXECUTION: readonly Role[] = ['maatwerker', 'consulent'];
const CLOSING: readonly Role[] = ['maatwerker', 'consulent', 'budgetbeheerder'];
const WITHDRAWING: readonly Role[] = ['consulent', 'maatwerker'];

/** The steps a plan may take by hand, each with who may take it. Approval and rejection are decisions. */
function edges(settings: WorkflowSettings): Partial<Record<PlanStatus, Partial<Record<PlanStatus, readonly Role[]>>>> {
  const table = settings.tableRoles;
  return {
    draft: { sparring: table, ...(settings.sparRequired ? {} : { scheduled: table }), withdrawn: WITHDRAWING },
    sparring: { scheduled: table, draft: table, withdrawn: WITHDRAWING },
    scheduled: { draft: table, withdrawn: WITHDRAWING },
    approved: { in_progress: EXECUTION, withdrawn: WITHDRAWING },
    in_progress: { monitoring: EXECUTION, closed: CLOSING, withdrawn: WITHDRAWING },
    monitoring: { closed: CLOSING },
  };
}

/** Whether these roles may move a plan from `from` to `to` under these settings. */
export function transitionOutcome(settings: WorkflowSettings, from: PlanStatus, to: PlanStatus, roles: readonly Role[]): Outcome {
  if (to === 'approved' || to === 'rejected') {
    return {
      kind: 'invalid',
      message: `Een plan wordt alleen ‘${label(to)}’ door besluiten aan de tafel (goedkeuren of afwijzen), niet door een statuswijziging.`,
    };
  }
  const allowed = edges(settings)[from]?.[to];
  if (!allowed) {
    if (from === 'draft' && to === 'scheduled') {
      return { kind: 'invalid', message: 'In uw gemeente gaat een plan eerst naar de spar-tafel voordat het geagendeerd wordt.' };
    }
    return { kind: 'invalid', message: `Een plan met status ‘${label(from)}’ kan niet naar ‘${label(to)}’.` };
  }
  return roles.some((role) => allowed.includes(role)) ? { kind: 'allowed' } : { kind: 'forbidden' };
}

/** The roles allowed to take this step, or none when the step does not exist. */
export function transitionRoles(settings: WorkflowSettings, from: PlanStatus, to: PlanStatus): readonly Role[] {
  return edges(settings)[from]?.[to] ?? [];
}

/** Whether these roles may decide (approve, revise, reject) on a plan with this status. */
export function decisionOutcome(settings: WorkflowSettings, status: PlanStatus, roles: readonly Role[]): Outcome {
  if (status !== 'scheduled') {
    return { kind: 'invalid', message: `Alleen over een geagendeerd plan kan worden besloten; dit plan heeft status ‘${label(status)}’.` };
  }
  return roles.some((role) => settings.decideRoles.includes(role)) ? { kind: 'allowed' } : { kind: 'forbidden' };
}

/** A step needs a reason when it ends the case without a decision. */
export const needsReason = (to: PlanStatus) => to === 'withdrawn';

export const TRANSITION_LABELS: Partial<Record<PlanStatus, string>> = {
  draft: 'Terug naar concept',
  sparring: 'Naar de spar-tafel',
  scheduled: 'Agenderen voor de doorbraaktafel',
  in_progress: 'Start de uitvoering',
  monitoring: 'Naar opvolging',
  closed: 'Afsluiten',
  withdrawn: 'Intrekken',
};

/** The steps these roles may take now, in a stable order. */
export function allowedTransitions(settings: WorkflowSettings, status: PlanStatus, roles: readonly Role[]) {
  return PLAN_STATUSES.map((s) => s.key)
    .filter((to) => transitionOutcome(settings, status, to, roles).kind === 'allowed')
    .map((to) => ({ to, label: TRANSITION_LABELS[to] ?? label(to), needsReason: needsReason(to) }));
}

/** The statuses in which the plan document may still be edited; `approved` is edited back to `scheduled`. */
export const EDITABLE_STATUSES: readonly PlanStatus[] = ['draft', 'sparring', 'scheduled', 'approved'];
