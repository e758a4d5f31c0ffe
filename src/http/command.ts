import type { FastifyRequest } from 'fastify';
import { recordAudit, type AuditEntry } from '../audit/audit.js';
import type { Db } from '../db/client.js';
import { authorize, type Action, type PlanLike, type TenantOwned } from '../policy/policy.js';
import type { AppContext } from './context.js';
import { requireUser, type CurrentUser } from './request-user.js';

/** What a command writes to the audit log; tenant, actor and request id are filled in. */
export type AuditEvent = Omit<AuditEntry, 'tenantId' | 'actor' | 'requestId'>;

export interface Command<Loaded, Result> {
  /** The policy action; decided against what `load` returned (or `resource` of it). */
  action: Action;
  /** Loads what the command acts on, tenant-scoped, inside the transaction (so it may lock rows). */
  load?: (tx: Db, user: CurrentUser) => Promise<Loaded>;
  /** The resource the policy decides on, when it is not `Loaded` itself. */
  resource?: (loaded: Loaded) => TenantOwned | PlanLike | undefined;
  change: (tx: Db, loaded: Loaded, user: CurrentUser) => Promise<Result>;
  /** The audit event(s) of this change; none only when the change turned out to change nothing. */
  audit: (result: Result, loaded: Loaded) => AuditEvent | readonly AuditEvent[];
}

/**
 * The one path of every state-changing route: load (tenant-scoped) → authorize → change →
 * audit, all in one transaction, so a change is never without its audit event and a refused
 * change leaves nothing behind. The route presents the result.
 */
export async function runCommand<Loaded = undefined, Result = void>(
  ctx: AppContext,
  request: FastifyRequest,
  command: Command<Loaded, Result>,
): Promise<Result> {
  const user = requireUser(request);
  request.tookCommandPath = true;
  if (!command.load) authorize(user, command.action, command.resource?.(undefined as Loaded));
  return ctx.db.transaction(async (tx) => {
    const loaded = command.load ? await command.load(tx, user) : (undefined as Loaded);
    if (command.load) authorize(user, command.action, command.resource ? command.resource(loaded) : (loaded as TenantOwned | undefined));
    const result = await command.change(tx, loaded, user);
    for (const event of [command.audit(result, loaded)].flat()) {
      await recordAudit(tx, { ...event, tenantId: user.tenantId, actor: user, requestId: request.id });
    }
    return result;
  });
}

/** A read that is audited (case data): load → authorize → audit, then the route presents it. */
export async function auditedRead<Loaded>(
  ctx: AppContext,
  request: FastifyRequest,
  read: { action: Action; load: (db: Db, user: CurrentUser) => Promise<Loaded>; resource?: (loaded: Loaded) => TenantOwned | PlanLike | undefined; audit: (loaded: Loaded) => AuditEvent },
): Promise<Loaded> {
  return runCommand(ctx, request, { action: read.action, load: read.load, resource: read.resource, change: async (_tx, loaded) => loaded, audit: (loaded) => read.audit(loaded) });
}
