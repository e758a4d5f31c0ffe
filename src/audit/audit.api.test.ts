import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { recordAudit } from './audit.js';
import type { AuditDetail } from './audit.contract.js';
import { createTestApp } from '../test/app.js';

const t = await createTestApp();

describe('audit log', () => {
  it('records logins and changes with actor and request id', async () => {
    const user = await t.login('maatwerker@demodam.example');
    const created = await t.as(user, 'POST', '/api/v1/tokens', { name: 'audit-test' });
    const admin = await t.login('beheer@demodam.example');
    const log = (await t.as(admin, 'GET', '/api/v1/audit?entityType=api_token')).json();
    expect(log.items[0]).toMatchObject({
      action: 'token.create',
      actorId: user.user.id,
      actorEmail: 'maatwerker@demodam.example',
      entityId: created.json().id,
      requestId: created.headers['x-request-id'],
    });
    const logins = (await t.as(admin, 'GET', `/api/v1/audit?action=auth.login&actorId=${user.user.id}`)).json();
    expect(logins.total).toBeGreaterThanOrEqual(1);
  });

  it('filters by date in Europe/Amsterdam and pages', async () => {
    const admin = await t.login('beheer@demodam.example');
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const all = (await t.as(admin, 'GET', `/api/v1/audit?from=${today}&to=${today}`)).json();
    expect(all.total).toBeGreaterThan(1);
    expect((await t.as(admin, 'GET', '/api/v1/audit?to=2000-01-01')).json().total).toBe(0);
    const page = (await t.as(admin, 'GET', '/api/v1/audit?limit=1&offset=1')).json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(all.total);
  });

  it('is readable by the beheerder only', async () => {
    const user = await t.login('beleid@demodam.example');
    expect((await t.as(user, 'GET', '/api/v1/audit')).statusCode).toBe(403);
  });

  it('has no way to change or delete entries: not through the API, not even in the database', async () => {
    const admin = await t.login('beheer@demodam.example');
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      expect((await t.as(admin, method, '/api/v1/audit')).statusCode).toBe(404);
    }
    await expect(t.database.db.execute(sql`UPDATE audit_events SET action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM audit_events`)).rejects.toThrow();
  });

  it('shows a detail value outside the typed ones (e.g. written by an older version) as its JSON text', async () => {
    const old = { fields: ['name'], nested: { a: 1 } } as unknown as AuditDetail;
    await recordAudit(t.database.db, { tenantId: 'demo', actor: null, action: 'demo.seed', entityType: 'proef-detail', detail: old });
    const admin = await t.login('beheer@demodam.example');
    const log = (await t.as(admin, 'GET', '/api/v1/audit?entityType=proef-detail')).json();
    expect(log.items[0].detail).toEqual({ fields: ['name'], nested: '{"a":1}' });
  });

  it('rejects a malformed filter with 422 and the parameter as path', async () => {
    const admin = await t.login('beheer@demodam.example');
    const response = await t.as(admin, 'GET', '/api/v1/audit?from=gisteren&limit=9999');
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['from', 'limit']);
  });
});
