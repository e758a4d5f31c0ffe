import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session } from '../test/app.js';
import { createUser } from '../users/users.service.js';
import { formatSessionCookie } from '../auth/secrets.js';

/** One municipality never sees or changes another's data: every route, through the API. */
const t = await createTestApp();
let demoAdmin: Session;
let demo2Admin: Session;

beforeAll(async () => {
  await createUser(t.database.db, { tenantId: 'demo2', email: 'beheer@proefwijk.example', name: 'Beheer Proefwijk', roles: ['beheerder'], password: 'proefwijk-geheim-1' });
  demoAdmin = await t.login('beheer@demodam.example');
  demo2Admin = await t.login('beheer@proefwijk.example', 'proefwijk-geheim-1');
});

describe('tenant isolation', () => {
  it('lists only the own municipality’s users', async () => {
    const demo2Users = (await t.as(demo2Admin, 'GET', '/api/v1/users')).json();
    expect(demo2Users.items.map((u: { email: string }) => u.email).sort()).toEqual(['beheer@proefwijk.example', 'maatwerker@proefwijk.example']);
    const demoUsers = (await t.as(demoAdmin, 'GET', '/api/v1/users')).json();
    expect(demoUsers.total).toBe(9);
    expect(JSON.stringify(demoUsers)).not.toContain('proefwijk');
  });

  it("answers 404 when a beheerder changes another municipality's user", async () => {
    const demoUsers = (await t.as(demoAdmin, 'GET', '/api/v1/users')).json();
    const target = demoUsers.items[0].id;
    const response = await t.as(demo2Admin, 'PATCH', `/api/v1/users/${target}`, { active: false });
    expect(response.statusCode).toBe(404);
    const still = (await t.as(demoAdmin, 'GET', '/api/v1/users')).json().items.find((u: { id: string }) => u.id === target);
    expect(still.active).toBe(true);
  });

  it("answers 404 when revoking another municipality's token", async () => {
    const demoUser = await t.login('maatwerker@demodam.example');
    const { id } = (await t.as(demoUser, 'POST', '/api/v1/tokens', { name: 'demo-token' })).json();
    const demo2User = await t.login('maatwerker@proefwijk.example');
    expect((await t.as(demo2User, 'DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(404);
    expect((await t.as(demo2User, 'GET', '/api/v1/tokens')).json().items).toEqual([]);
  });

  it("shows only the own municipality's audit log", async () => {
    const log = (await t.as(demo2Admin, 'GET', '/api/v1/audit?limit=500')).json();
    expect(log.total).toBeGreaterThan(0);
    expect(JSON.stringify(log)).not.toContain('demodam');
  });

  it('does not accept a session of one municipality presented as another', async () => {
    // The secret part of demo2's cookie, claimed for tenant demo: the lookup is tenant-scoped, so no session.
    const secret = demo2Admin.cookie.split('.').slice(1).join('.');
    const forged = `doorbraak_sessie=${formatSessionCookie({ tenantId: 'demo', secret })}`;
    const response = await t.as({ ...demo2Admin, cookie: forged }, 'GET', '/api/v1/me');
    expect(response.statusCode).toBe(401);
  });

  it('refuses an email address that another municipality already uses', async () => {
    const response = await t.as(demo2Admin, 'POST', '/api/v1/users', { email: 'consulent@demodam.example', name: 'Dubbel', roles: ['consulent'] });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([{ path: 'email', message: 'Dit e-mailadres is al in gebruik.' }]);
  });
});
