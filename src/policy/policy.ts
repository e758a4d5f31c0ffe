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
}

const has = (...roles: Role[]) => (actor: Actor) => actor.roles.some((role) => roles.includes(role));
const anyone = () => true;

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
  'plans.read': has('consulent', 'maatwerker', 'voorzitter', 'budgetbeheerder', 'beheerder'),
  'plans.update': has('consulent', 'maatwerker'),
  'plans.delete': (actor: Actor, plan?: PlanLike) =>
    plan !== undefined && plan.status === 'draft' && (plan.authorId === actor.id || actor.roles.includes('beheerder')),
  'library.read': anyone,
  'library.manage': has('beheerder'),
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
