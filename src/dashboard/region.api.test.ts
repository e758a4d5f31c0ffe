import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../audit/audit.schema.js';
import { DEMO_PASSWORD } from '../demo/demo-data.js';
import { createTestApp } from '../test/app.js';
import { createUser } from '../users/users.service.js';
import { addTenant } from './test/fixtures.js';

const t = await createTestApp();

describe('region view and settings', () => {
  it('shows the opted-in municipalities of the region side by side, aggregates only', async () => {
    const beleid = await t.login('beleid@demodam.example');
    const before = await t.as(beleid, 'GET', '/api/v1/dashboard/region');
    expect(before.statusCode, before.body).toBe(200);
    const body = before.json();
    expect(body).toMatchObject({ region: 'Regio Demodam', regionOptIn: true });
    expect(body.municipalities.map((m: { tenantId: string }) => m.tenantId)).toEqual(['demo']);
    const own = (await t.as(beleid, 'GET', '/api/v1/dashboard')).json();
    const { budgetByPlan, ...aggregates } = own;
    expect(budgetByPlan).toBeDefined();
    expect(body.municipalities[0]).toEqual({ tenantId: 'demo', name: 'Gemeente Demodam', dashboard: aggregates });

    // demo2's maatwerker cannot see the region yet: demo2 has not opted in.
    const other = await t.login('maatwerker@proefwijk.example');
    expect((await t.as(other, 'GET', '/api/v1/dashboard/region')).json()).toEqual({ region: 'Regio Demodam', regionOptIn: false, municipalities: [] });
    expect((await t.as(other, 'PUT', '/api/v1/region-settings', { regionOptIn: true })).statusCode).toBe(403);

    // A beheerder of demo2 opts in; demo2 then appears for demo, and demo for demo2.
    await createUser(t.ctx.db, { tenantId: 'demo2', email: 'beheer@proefwijk.example', name: 'Beheer Proefwijk', roles: ['beheerder'], password: DEMO_PASSWORD });
    const beheer2 = await t.login('beheer@proefwijk.example');
    const put = await t.as(beheer2, 'PUT', '/api/v1/region-settings', { regionOptIn: true });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual({ region: 'Regio Demodam', regionOptIn: true });
    const after = (await t.as(beleid, 'GET', '/api/v1/dashboard/region')).json();
    expect(after.municipalities.map((m: { name: string }) => m.name)).toEqual(['Gemeente Demodam', 'Gemeente Proefwijk']);
    expect((await t.as(other, 'GET', '/api/v1/dashboard/region')).json().municipalities).toHaveLength(2);
    for (const municipality of after.municipalities) expect(municipality.dashboard.budgetByPlan).toBeUndefined();
    const audit = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.tenantId, 'demo2'), eq(auditEvents.action, 'region.settings')));
    expect(audit.map((event) => event.detail)).toEqual([{ regionOptIn: true }]);

    // Opting out removes it again.
    await t.as(beheer2, 'PUT', '/api/v1/region-settings', { regionOptIn: false });
    expect((await t.as(beleid, 'GET', '/api/v1/dashboard/region')).json().municipalities.map((m: { tenantId: string }) => m.tenantId)).toEqual(['demo']);
  });

  it('never shows a municipality of another region, even when it opted in', async () => {
    const outsiders = await addTenant(t, 'elders', { region: 'Regio Elders', regionOptIn: true });
    const beleid = await t.login('beleid@demodam.example');
    const names = (await t.as(beleid, 'GET', '/api/v1/dashboard/region')).json().municipalities.map((m: { tenantId: string }) => m.tenantId);
    expect(names).not.toContain('elders');
    expect((await t.as(outsiders.beleid, 'GET', '/api/v1/dashboard/region')).json().municipalities.map((m: { tenantId: string }) => m.tenantId)).toEqual(['elders']);
  });

  it('lets dashboard roles read the setting, only a beheerder change it, and validates the body', async () => {
    const consulent = await t.login('consulent@demodam.example');
    expect((await t.as(consulent, 'GET', '/api/v1/region-settings')).statusCode).toBe(403);
    expect((await t.as(consulent, 'GET', '/api/v1/dashboard/region')).statusCode).toBe(403);
    const beleid = await t.login('beleid@demodam.example');
    expect((await t.as(beleid, 'GET', '/api/v1/region-settings')).json()).toEqual({ region: 'Regio Demodam', regionOptIn: true });
    expect((await t.as(beleid, 'PUT', '/api/v1/region-settings', { regionOptIn: false })).statusCode).toBe(403);
    const beheer = await t.login('beheer@demodam.example');
    const bad = await t.as(beheer, 'PUT', '/api/v1/region-settings', { regionOptIn: 'ja' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['regionOptIn']);
    expect((await t.as(beheer, 'PUT', '/api/v1/region-settings', { regionOptIn: true, region: 'Andere regio' })).statusCode).toBe(422);
  });
});
