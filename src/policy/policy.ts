import type { Role } from '../auth/roles.js';
import { forbidden, notFound } from '../shared/errors.js';

/** Who is acting: enough to decide, nothing more. */
export interface Actor {
  id: string;
  tenantId: string;
  roles: readonly Role[];
}

/** Anything that belongs to a municipality. */
export interface TenantOwned {
  tenantId: string;
}

/** What a rule may look at of a plan: its author and status, never its content. */
export interface PlanLike extends TenantOwned {
  authorId: string;
  status: string;
  /** For `plans.transition`: the status the step leads to (whether the step exists is the workflow's state machine). */
  to?: string;
  /** For workflow steps: the municipality's workflow settings, who tables a plan (and takes it back) and who decides. */
  workflow?: { tableRoles: readonly string[]; decideRoles: readonly string[] };
}

const has = (...roles: Role[]) => (actor: Actor) => actor.roles.some((role) => roles.includes(role));
const hasAny = (actor: Actor, roles: readonly string[]) => actor.roles.some((role) => roles.includes(role));
const anyone = () => true;
const readsPlans = has('consulent', 'maatwerker', 'voorzitter', 'budgetbeheerder', 'beheerder');

/**
 * Who may take a workflow step by hand (DOMAIN.md §5), by the status it leads to: bringing a plan
 * to the table and back to concept is the municipality's choice (`tableRoles`); execution,
 * closing and withdrawing are not. Approval and rejection are decisions (`plans.decide`).
 */
const STEP_ROLES: Readonly<Record<string, readonly Role[] | 'table'>> = {
  draft: 'table',
  sparring: 'table',
  scheduled: 'table',
  in_progress: ['maatwerker', 'consulent'],
  monitoring: ['maatwerker', 'consulent'],
  closed: ['maatwerker', 'consulent', 'budgetbeheerder'],
  withdrawn: ['consulent', 'maatwerker'],
};

function mayTakeStep(actor: Actor, plan?: PlanLike): boolean {
  if (!readsPlans(actor)) return false;
  // Without a step (the abilities list): whoever may take some step.
  if (plan?.to === undefined) return has('consulent', 'maatwerker', 'voorzitter', 'budgetbeheerder')(actor);
  const roles = STEP_ROLES[plan.to];
  if (roles === undefined) return false;
  return hasAny(actor, roles === 'table' ? (plan.workflow?.tableRoles ?? []) : roles);
}

/**
 * One rule per action. The same list goes to the browser (`abilities`), so the UI shows a button
 * exactly when the server would allow the action.
 */
const RULES = {
  'account.read': anyone,
  'tokens.manage': anyone,
  'users.read': has('beheerder'),
  'users.manage': has('beheerder'),
  'audit.read': has('beheerder'),
  // Case content is need-to-know: the professionals who work on cases. `beleid` sees aggregates only.
  'plans.create': has('consulent', 'maatwerker'),
  'plans.read': readsPlans,
  'plans.update': has('consulent', 'maatwerker'),
  'plans.delete': (actor: Actor, plan?: PlanLike) =>
    plan !== undefined && plan.status === 'draft' && (plan.authorId === actor.id || actor.roles.includes('beheerder')),
  // Workflow: who may move a plan and who decides is configured per municipality (workflow settings).
  'plans.transition': mayTakeStep,
  'plans.decide': (actor: Actor, plan?: PlanLike) => readsPlans(actor) && hasAny(actor, plan?.workflow?.decideRoles ?? ['maatwerker']),
  // The municipality's way of working: for who works on cases (the canvas' Besluitvorming) and the beheerder.
  'workflow.read': has('consulent', 'maatwerker', 'voorzitter', 'budgetbeheerder', 'beheerder'),
  'workflow.manage': has('beheerder'),
  'library.read': anyone,
  'library.manage': has('beheerder'),
  // Tables show case content on their agenda: the same people who read plans.
  'tables.read': has('consulent', 'maatwerker', 'voorzitter', 'budgetbeheerder', 'beheerder'),
  'tables.manage': has('voorzitter', 'beheerder'),
  'questions.manage': has('consulent', 'maatwerker', 'voorzitter'),
  // The assignee (passed as `authorId`) answers their own question; those who ask questions answer any.
  'questions.answer': (actor: Actor, question?: PlanLike) =>
    question !== undefined && (question.authorId === actor.id || has('consulent', 'maatwerker', 'voorzitter')(actor)),
  // Who may be asked a question about a plan: who works on cases and so reads and answers it (not
  // beheer, budget or beleid, who may read plans or colleagues for other reasons).
  'questions.assignee': has('consulent', 'maatwerker', 'voorzitter'),
  // Names and roles of colleagues, for who assigns people: questions at tables, pattern owners (beleid).
  'colleagues.read': has('consulent', 'maatwerker', 'voorzitter', 'beleid'),
  // Budget totals are aggregates (no case text), so `beleid` may read them.
  'budget.read': has('maatwerker', 'voorzitter', 'budgetbeheerder', 'beleid', 'beheerder'),
  'budget.manage': has('budgetbeheerder', 'beheerder'),
  'payments.create': has('budgetbeheerder'),
  'measurements.create': has('consulent', 'maatwerker'),
  'actions.read': anyone,
  // Insight (issue 5): aggregates only, so `beleid` is in; case texts stay behind `plans.read`.
  'dashboard.read': has('maatwerker', 'voorzitter', 'budgetbeheerder', 'beleid', 'beheerder'),
  'region.manage': has('beheerder'),
  'patterns.read': has('consulent', 'maatwerker', 'voorzitter', 'budgetbeheerder', 'beleid', 'beheerder'),
  'patterns.manage': has('beleid'),
  // The municipality's own records (issue 11): pseudonymous, still personal data, so need-to-know.
  'imports.create': has('analist', 'beheerder'),
  'imports.read': has('analist', 'beheerder'),
  'services.overlap': has('analist', 'beleid', 'budgetbeheerder', 'maatwerker', 'beheerder'),
  // Counts of 1 to 4 households could point at a person: only the analist sees them unsuppressed.
  'services.smallCells': has('analist'),
  'services.candidates': has('analist', 'maatwerker'),
  'plans.fromCandidate': has('maatwerker'),
  // Grip on the budget (issue 12): aggregates of money and counts, for who steers the budget.
  'grip.read': has('budgetbeheerder', 'beleid', 'analist'),
  'grip.assumptions.edit': has('budgetbeheerder'),
  'grip.budgetLines.replace': has('budgetbeheerder', 'analist'),
  'grip.signals.handle': has('analist'),
  'inspiration.read': anyone,
  'inspiration.publish': has('maatwerker'),
  'inspiration.review': has('maatwerker'),
  // A published solution is withdrawn by whoever submitted it (authorId), or by a beheerder.
  'inspiration.withdraw': (actor: Actor, solution?: PlanLike) =>
    solution !== undefined && (solution.authorId === actor.id || actor.roles.includes('beheerder')),
} satisfies Record<string, (actor: Actor, resource?: PlanLike) => boolean>;

export type Action = keyof typeof RULES;
export const ACTIONS = Object.keys(RULES) as Action[];

export type Decision = 'allow' | 'forbidden' | 'not-found';

export function decide(actor: Actor, action: Action, resource?: TenantOwned | PlanLike): Decision {
  // Another municipality's data does not exist for this actor: 404, never 403.
  if (resource && resource.tenantId !== actor.tenantId) return 'not-found';
  const rule: (actor: Actor, resource?: PlanLike) => boolean = RULES[action];
  return rule(actor, resource as PlanLike | undefined) ? 'allow' : 'forbidden';
}

export function can(actor: Actor, action: Action, resource?: TenantOwned | PlanLike): boolean {
  return decide(actor, action, resource) === 'allow';
}

/** Throws the right AppError (404 or 403) unless the actor may do this. */
export function authorize(actor: Actor, action: Action, resource?: TenantOwned | PlanLike): void {
  const decision = decide(actor, action, resource);
  if (decision === 'not-found') throw notFound();
  if (decision === 'forbidden') throw forbidden();
}

/** Actions allowed without a specific resource (resource-bound rules like `plans.delete` are decided per plan). */
export function abilities(actor: Actor): Action[] {
  return ACTIONS.filter((action) => decide(actor, action) === 'allow');
}
