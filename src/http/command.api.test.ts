import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.schema.js';
import { plans } from '../plans/plans.schema.js';
import { createTestApp } from '../test/app.js';
import { runCommand } from './command.js';
import type { CurrentUser } from './request-user.js';
import { saveVersioned } from './versioned.js';
import { AppError } from '../shared/errors.js';

const testApp = await createTestApp();
const db = testApp.ctx.db;

const user = (roles: CurrentUser['roles'], tenantId = 'demo'): CurrentUser => ({
  id: `u-${roles.join('-')}`,
  tenantId,
  email: `${roles[0]}@demodam.example`,
  name: 'Test',
  roles,
  tenant: { id: tenantId, name: 'Gemeente Demodam', region: null },
});
const requestAs = (actor: CurrentUser | null) => ({ id: `req-${Math.random()}`, auth: actor ? { method: 'token', user: actor, tokenId: 't' } : null }) as unknown as FastifyRequest;

async function auditCount(requestId: string) {
  return db.$count(auditEvents, and(eq(auditEvents.tenantId, 'demo'), eq(auditEvents.requestId, requestId)));
}

const [somePlan] = await db.select().from(plans).where(eq(plans.tenantId, 'demo')).limit(1);

describe('runCommand', () => {
  it('writes the change and its audit event in one transaction', async () => {
    const request = requestAs(user(['maatwerker']));
    const result = await runCommand(testApp.ctx, request, {
      action: 'plans.read',
      load: async (tx) => (await tx.select().from(plans).where(and(eq(plans.tenantId, 'demo'), eq(plans.id, somePlan!.id))))[0]!,
      change: async (_tx, plan) => plan.id,
      audit: (id) => ({ action: 'plan.read', entityType: 'plan', entityId: id }),
    });
    expect(result).toBe(somePlan!.id);
    expect(await auditCount(request.id)).toBe(1);
  });

  it('refuses before changing anything when the policy says no (403), and audits nothing', async () => {
    const request = requestAs(user(['beleid']));
    let changed = false;
    await expect(
      runCommand(testApp.ctx, request, {
        action: 'plans.create',
        change: async () => {
          changed = true;
        },
        audit: () => ({ action: 'plan.create', entityType: 'plan' }),
      }),
    ).rejects.toMatchObject({ status: 403 });
    expect(changed).toBe(false);
    expect(await auditCount(request.id)).toBe(0);
  });

  it('answers 404 for a resource of another municipality', async () => {
    const request = requestAs(user(['maatwerker'], 'demo2'));
    await expect(
      runCommand(testApp.ctx, request, { action: 'plans.read', load: async () => ({ tenantId: 'demo' }), change: async () => 1, audit: () => ({ action: 'plan.read', entityType: 'plan' }) }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('rolls the audit event back with a change that fails', async () => {
    const request = requestAs(user(['maatwerker']));
    await expect(
      runCommand(testApp.ctx, request, {
        action: 'plans.update',
        change: async (tx) => {
          await tx.insert(auditEvents).values({ tenantId: 'demo', action: 'plan.update', entityType: 'plan', requestId: request.id, detail: {} });
          throw new AppError('validation', 'mislukt');
        },
        audit: () => ({ action: 'plan.update', entityType: 'plan' }),
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(await auditCount(request.id)).toBe(0);
  });

  it('needs a logged-in user', async () => {
    await expect(runCommand(testApp.ctx, requestAs(null), { action: 'account.read', change: async () => 1, audit: () => [] })).rejects.toMatchObject({ status: 401 });
  });
});

describe('saveVersioned', () => {
  it('lets one of two saves on the same version win and gives the other a 409 with its text', async () => {
    const [plan] = await db.select().from(plans).where(and(eq(plans.tenantId, 'demo'), eq(plans.id, somePlan!.id)));
    const key = { tenantId: 'demo', id: plan!.id, baseVersion: plan!.version, currentVersion: plan!.version };
    const results = await Promise.allSettled([
      db.transaction((tx) => saveVersioned(tx, plans, key, { updatedAt: new Date() }, { detail: 'eerste', sent: { document: 'A' } })),
      db.transaction((tx) => saveVersioned(tx, plans, key, { updatedAt: new Date() }, { detail: 'tweede', sent: { document: 'B' } })),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as AppError);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.status).toBe(409);
    expect(['A', 'B']).toContain(lost[0]!.extra.document);
    const [after] = await db.select().from(plans).where(and(eq(plans.tenantId, 'demo'), eq(plans.id, plan!.id)));
    expect(after!.version).toBe(plan!.version + 1);
  });

  it('refuses a stale base version with the current record', async () => {
    const [plan] = await db.select().from(plans).where(and(eq(plans.tenantId, 'demo'), eq(plans.id, somePlan!.id)));
    const stale = { tenantId: 'demo', id: plan!.id, baseVersion: plan!.version - 1, currentVersion: plan!.version };
    await expect(db.transaction((tx) => saveVersioned(tx, plans, stale, {}, { detail: 'oud', sent: { document: 'C' }, current: () => ({ version: plan!.version }) }))).rejects.toMatchObject({
      status: 409,
      extra: { document: 'C', current: { version: plan!.version } },
    });
  });
});
