import { PLAN_STATUSES, type PlanStatus } from '../../plans/domain/statuses.js';
import type { WorkflowSettings } from './settings.js';

/**
 * The workflow's state machine (DOMAIN.md §5): which steps exist from which status under the
 * municipality's settings. Who may take a step is the policy's (`plans.transition`,
 * `plans.decide` in src/policy/policy.ts), never decided here.
 */

export const DECISION_KINDS = ['approve', 'revise', 'reject'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export type Outcome = { kind: 'valid' } | { kind: 'invalid'; message: string };

const label = (status: string) => PLAN_STATUSES.find((s) => s.key === status)?.label ?? status;

/** The steps a plan may take by hand. Approval and rejection are decisions. */
function edges(settings: Pick<WorkflowSettings, 'sparRequired'>): Partial<Record<PlanStatus, readonly PlanStatus[]>> {
  return {
    draft: settings.sparRequired ? ['sparring', 'withdrawn'] : ['sparring', 'scheduled', 'withdrawn'],
    sparring: ['scheduled', 'draft', 'withdrawn'],
    scheduled: ['draft', 'withdrawn'],
    approved: ['in_progress', 'withdrawn'],
    in_progress: ['monitoring', 'closed', 'withdrawn'],
    monitoring: ['closed'],
  };
}

/** Whether a plan may move from `from` to `to` under these settings (by anyone). */
export function transitionOutcome(settings: Pick<WorkflowSettings, 'sparRequired'>, from: PlanStatus, to: PlanStatus): Outcome {
  if (to === 'approved' || to === 'rejected') {
    return {
      kind: 'invalid',
      message: `Een plan wordt alleen ‘${label(to)}’ door besluiten aan de tafel (goedkeuren of afwijzen), niet door een statuswijziging.`,
    };
  }
  if (edges(settings)[from]?.includes(to)) return { kind: 'valid' };
  if (from === 'draft' && to === 'scheduled') {
    return { kind: 'invalid', message: 'In uw gemeente gaat een plan eerst naar de spar-tafel voordat het geagendeerd wordt.' };
  }
  return { kind: 'invalid', message: `Een plan met status ‘${label(from)}’ kan niet naar ‘${label(to)}’.` };
}

/** Whether a decision (approve, revise, reject) can be taken on a plan with this status. */
export function decisionOutcome(status: PlanStatus): Outcome {
  if (status !== 'scheduled') {
    return { kind: 'invalid', message: `Alleen over een geagendeerd plan kan worden besloten; dit plan heeft status ‘${label(status)}’.` };
  }
  return { kind: 'valid' };
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

export interface Step {
  to: PlanStatus;
  label: string;
  needsReason: boolean;
}

/** Every step that exists from this status, in a stable order; the policy says which a user may take. */
export function possibleTransitions(settings: Pick<WorkflowSettings, 'sparRequired'>, status: PlanStatus): Step[] {
  return PLAN_STATUSES.map((s) => s.key)
    .filter((to) => transitionOutcome(settings, status, to).kind === 'valid')
    .map((to) => ({ to, label: TRANSITION_LABELS[to] ?? label(to), needsReason: needsReason(to) }));
}

/** The statuses in which the plan document may still be edited; `approved` is edited back to `scheduled`. */
export const EDITABLE_STATUSES: readonly PlanStatus[] = ['draft', 'sparring', 'scheduled', 'approved'];
