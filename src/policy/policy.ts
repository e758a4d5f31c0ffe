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
} satisfies Record<string, (actor: Actor) => boolean>;

export type Action = keyof typeof RULES;
export const ACTIONS = Object.keys(RULES) as Action[];

export type Decision = 'allow' | 'forbidden' | 'not-found';

export function decide(actor: Actor, action: Action, resource?: TenantOwned): Decision {
  // Another municipality's data does not exist for this actor: 404, never 403.
  if (resource && resource.tenantId !== actor.tenantId) return 'not-found';
  return RULES[action](actor) ? 'allow' : 'forbidden';
}

export function can(actor: Actor, action: Action, resource?: TenantOwned): boolean {
  return decide(actor, action, resource) === 'allow';
}

/** Throws the right AppError (404 or 403) unless the actor may do this. */
export function authorize(actor: Actor, action: Action, resource?: TenantOwned): void {
  const decision = decide(actor, action, resource);
  if (decision === 'not-found') throw notFound();
  if (decision === 'forbidden') throw forbidden();
}

export function abilities(actor: Actor): Action[] {
  return ACTIONS.filter((action) => RULES[action](actor));
}
