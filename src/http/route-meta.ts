import type { AuditAction } from '../audit/audit-actions.js';
import { ACTIONS, type Action } from '../policy/policy.js';

/** `public`: no login needed (health, login, the OpenAPI document). Anything else is a policy action. */
export type RoutePolicy = Action | 'public';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its policy and audit actions, as registered (server/app.ts). */
    routeTable: readonly RouteMeta[];
  }
  interface FastifyRequest {
    /** Set by runCommand and sendDownload: this request took the one command path. */
    tookCommandPath?: boolean;
  }
  interface FastifyContextConfig {
    /** Routes that may change state without the CSRF header (only login: there is no session yet). */
    csrfExempt?: boolean;
    /** The policy action that decides who may call this route. Every `/api/` route names one. */
    policy?: RoutePolicy;
    /** What a state-changing route (or a read of case data, or an export) writes to the audit log. */
    audit?: AuditAction | readonly AuditAction[];
  }
}

export interface RouteMeta {
  method: string | string[];
  url: string;
  config?: { policy?: RoutePolicy; audit?: AuditAction | readonly AuditAction[] };
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Why a route may not be registered, or null. Run for every route at start-up (server/app.ts). */
export function routeMetaProblem(route: RouteMeta): string | null {
  if (!route.url.startsWith('/api/')) return null;
  const methods = [route.method].flat();
  const policy = route.config?.policy;
  if (!policy) return `${methods.join(',')} ${route.url} noemt geen policy-actie (config.policy).`;
  if (policy !== 'public' && !(ACTIONS as string[]).includes(policy)) return `${route.url}: onbekende policy-actie ${policy}.`;
  const changes = methods.some((method) => !READS.has(method));
  const audit = [route.config?.audit ?? []].flat();
  if (changes && audit.length === 0) return `${methods.join(',')} ${route.url} verandert gegevens maar noemt geen audit-actie (config.audit).`;
  return null;
}

/**
 * Why a finished request broke the command path, or null: a successful change must have gone
 * through runCommand (or sendDownload). The test harness turns this into a failing answer.
 */
export function commandPathProblem(request: { method: string; url: string; tookCommandPath?: boolean; routeOptions: { url?: string; config: { policy?: RoutePolicy } } }, status: number): string | null {
  if (READS.has(request.method) || status >= 400 || !request.url.startsWith('/api/')) return null;
  if (request.routeOptions.config.policy === 'public' || request.tookCommandPath) return null;
  return `${request.method} ${request.routeOptions.url ?? request.url} veranderde gegevens buiten runCommand om.`;
}
