import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';

const t = await createTestApp();

describe('user management', () => {
  it('is for the beheerder only: every other role gets 403', async () => {
    for (const email of ['consulent@demodam.example', 'maatwerker@demodam.example', 'voorzitter@demodam.example', 'budget@demodam.example', 'beleid@demodam.example']) {
      const session = await t.login(email);
      expect((await t.as(session, 'GET', '/api/v1/users')).statusCode, email).toBe(403);
      expect((await t.as(session, 'POST', '/api/v1/users', { email: 'n@x.nl', name: 'N', roles: ['consulent'] })).statusCode, email).toBe(403);
    }
  });

  it('adds a user with a generated initial password shown once, who can then log in', async () => {
    const admin = await t.login('beheer@demodam.example');
    const response = await t.as(admin, 'POST', '/api/v1/users', { email: 'Nieuw@Demodam.example', name: 'Nina Nieuw', roles: ['consulent', 'consulent'] });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ email: 'nieuw@demodam.example', name: 'Nina Nieuw', roles: ['consulent'], active: true });
    expect(body.initialPassword).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    const session = await t.login('nieuw@demodam.example', body.initialPassword);
    expect(session.user.tenant.id).toBe('demo');
  });

  it('validates with Dutch messages and field paths', async () => {
    const admin = await t.login('beheer@demodam.example');
    const response = await t.as(admin, 'POST', '/api/v1/users', { email: 'geen-email', name: '', roles: ['koning'], password: 'kort', extra: 1 });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { path: 'email', message: 'Dit is geen geldig e-mailadres.' },
      { path: 'name', message: 'Vul dit veld in.' },
      { path: 'roles.0', message: 'Kies een van: consulent, maatwerker, voorzitter, budgetbeheerder, beleid, analist, beheerder.' },
      { path: 'password', message: 'Moet minstens 12 tekens bevatten.' },
      { path: 'extra', message: 'Onbekend veld.' },
    ]);
  });

  it('deactivating a user ends their sessions and blocks login; reactivating undoes it', async () => {
    const admin = await t.login('beheer@demodam.example');
    const victim = await t.login('budget@demodam.example');
    const id = victim.user.id;
    expect((await t.as(admin, 'PATCH', `/api/v1/users/${id}`, { active: false })).json().user.active).toBe(false);
    expect((await t.as(victim, 'GET', '/api/v1/me')).statusCode).toBe(401);
    await expect(t.login('budget@demodam.example')).rejects.toThrow(/401/);
    await t.as(admin, 'PATCH', `/api/v1/users/${id}`, { active: true });
    expect((await t.login('budget@demodam.example')).user.id).toBe(id);
  });

  it('does not let a beheerder lock themselves out', async () => {
    const admin = await t.login('beheer@demodam.example');
    const response = await t.as(admin, 'PATCH', `/api/v1/users/${admin.user.id}`, { roles: ['consulent'] });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe('roles');
  });

  it('changes roles and records who did it in the audit log', async () => {
    const admin = await t.login('beheer@demodam.example');
    const target = await t.login('beleid@demodam.example');
    await t.as(admin, 'PATCH', `/api/v1/users/${target.user.id}`, { roles: ['beleid', 'voorzitter'] });
    const log = (await t.as(admin, 'GET', `/api/v1/audit?action=user.update&entityId=${target.user.id}`)).json();
    expect(log.items[0]).toMatchObject({ actorEmail: 'beheer@demodam.example', entityType: 'user', detail: { fields: ['roles'], roles: ['beleid', 'voorzitter'] } });
  });

  it('refuses a BSN in a name, with the path, and creates nothing', async () => {
    const admin = await t.login('beheer@demodam.example');
    // Test fixture: 111222333 passes the 11-proef (a well-known test number), so the guard must refuse it.
    const created = await t.as(admin, 'POST', '/api/v1/users', { email: 'bsn@demodam.example', name: 'Naam 111222333', roles: ['consulent'] });
    expect(created.statusCode).toBe(422);
    expect(created.json().errors.map((e: { path: string }) => e.path)).toEqual(['name']);
    const users = (await t.as(admin, 'GET', '/api/v1/users')).json();
    expect(users.items.map((u: { email: string }) => u.email)).not.toContain('bsn@demodam.example');
    const changed = await t.as(admin, 'PATCH', `/api/v1/users/${users.items[0].id}`, { name: 'Naam 111222333' });
    expect(changed.statusCode).toBe(422);
  });

  it('answers 404 for an unknown user', async () => {
    const admin = await t.login('beheer@demodam.example');
    expect((await t.as(admin, 'PATCH', '/api/v1/users/bestaat-niet', { name: 'X' })).statusCode).toBe(404);
  });
});
