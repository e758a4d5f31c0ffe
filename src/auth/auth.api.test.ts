import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { LoginThrottle } from './throttle.js';

const t = await createTestApp();

describe('login and session', () => {
  it('logs a demo user in and returns the user with tenant and a CSRF token', async () => {
    const response = await t.as(null, 'POST', '/api/v1/auth/login', { email: 'maatwerker@demodam.example', password: 'doorbraak-demo' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ email: 'maatwerker@demodam.example', roles: ['maatwerker'], tenant: { id: 'demo', name: 'Gemeente Demodam' } });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = response.cookies.find((c) => c.name === 'doorbraak_sessie');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    // On loopback the cookie is not Secure (plain HTTP); outside localhost it is.
    expect(cookie?.secure).toBeFalsy();
  });

  it('sets a Secure cookie when the host is not loopback', async () => {
    const response = await t.as(null, 'POST', '/api/v1/auth/login', { email: 'maatwerker@demodam.example', password: 'doorbraak-demo' }, { host: 'doorbraak.gemeente.nl' });
    expect(response.cookies.find((c) => c.name === 'doorbraak_sessie')?.secure).toBe(true);
  });

  it('answers 401 with a Dutch problem for wrong credentials, the same for an unknown email', async () => {
    for (const email of ['maatwerker@demodam.example', 'niemand@demodam.example']) {
      const response = await t.as(null, 'POST', '/api/v1/auth/login', { email, password: 'fout-wachtwoord' });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 401, title: 'Het e-mailadres of wachtwoord klopt niet.' });
    }
  });

  it('answers GET /me with the user and 401 without a session', async () => {
    const session = await t.login('beheer@demodam.example');
    const me = await t.as(session, 'GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: 'beheer@demodam.example', name: 'Bert Beheer', roles: ['beheerder'], tenant: { id: 'demo', name: 'Gemeente Demodam' } });
    expect((await t.as(null, 'GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('ends the session on logout, and audits it', async () => {
    const session = await t.login('consulent@demodam.example');
    const logout = await t.as(session, 'POST', '/api/v1/auth/logout');
    expect(logout.statusCode).toBe(204);
    expect((await t.as(session, 'GET', '/api/v1/me')).statusCode).toBe(401);
    const admin = await t.login('beheer@demodam.example');
    const log = (await t.as(admin, 'GET', `/api/v1/audit?action=auth.logout&actorId=${session.user.id}`)).json();
    expect(log.items[0]).toMatchObject({ entityType: 'user', entityId: session.user.id, requestId: logout.headers['x-request-id'] });
  });

  it('answers a logout without a session with 204 too: there is nothing left to end', async () => {
    expect((await t.as(null, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated change without the X-CSRF-Token header, and with a wrong one', async () => {
    const session = await t.login('maatwerker@demodam.example');
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { cookie: session.cookie }, payload: { name: 'x' } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().title).toContain('CSRF');
    const wrong = await t.as(session, 'POST', '/api/v1/tokens', { name: 'x' }, { 'x-csrf-token': 'nep' });
    expect(wrong.statusCode).toBe(403);
    expect((await t.as(session, 'POST', '/api/v1/tokens', { name: 'x' })).statusCode).toBe(201);
  });

  it('gives the CSRF token again on GET /me, so a reloaded page can keep working', async () => {
    const session = await t.login('maatwerker@demodam.example');
    expect((await t.as(session, 'GET', '/api/v1/me')).json().csrfToken).toBe(session.csrfToken);
  });
});

describe('login throttling', () => {
  it('blocks an email after ten failures in ten minutes with a Dutch 429 and Retry-After', async () => {
    let now = Date.parse('2026-11-23T10:00:00Z');
    const own = await createTestApp({ now: () => new Date(now), throttle: new LoginThrottle(10, 600_000, () => now) });
    const attempt = (password: string, ip = '10.0.0.1') =>
      own.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'budget@demodam.example', password }, remoteAddress: ip });
    for (let i = 0; i < 10; i++) expect((await attempt('fout')).statusCode).toBe(401);
    const blocked = await attempt('doorbraak-demo');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().detail).toBe('Te veel mislukte inlogpogingen. Probeer het over 10 minuten opnieuw.');
    expect(blocked.headers['retry-after']).toBe('600');
    // The email stays blocked from another address too; after the window it may try again.
    expect((await attempt('doorbraak-demo', '10.0.0.2')).statusCode).toBe(429);
    now += 600_001;
    expect((await attempt('doorbraak-demo', '10.0.0.3')).statusCode).toBe(200);
  });

  it('blocks an address that tries many different emails', async () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    const own = await createTestApp({ throttle: new LoginThrottle(10, 600_000, () => now) });
    for (let i = 0; i < 10; i++) {
      const r = await own.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: `x${i}@demodam.example`, password: 'fout' }, remoteAddress: '10.9.9.9' });
      expect(r.statusCode).toBe(401);
    }
    const r = await own.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'beheer@demodam.example', password: 'doorbraak-demo' }, remoteAddress: '10.9.9.9' });
    expect(r.statusCode).toBe(429);
  });
});

describe('session expiry', () => {
  it('ends a session after eight idle hours', async () => {
    let now = Date.parse('2026-11-23T08:00:00Z');
    const own = await createTestApp({ now: () => new Date(now) });
    const session = await own.login('consulent@demodam.example');
    now += 7 * 3600_000;
    expect((await own.as(session, 'GET', '/api/v1/me')).statusCode).toBe(200);
    // The request above slid the expiry forward; eight idle hours after it, the session is gone.
    now += 8 * 3600_000 + 1000;
    expect((await own.as(session, 'GET', '/api/v1/me')).statusCode).toBe(401);
  });
});

describe('API tokens', () => {
  it('creates a token shown once, authenticates with it without CSRF, lists it without the secret, and revokes it', async () => {
    const session = await t.login('maatwerker@demodam.example');
    const created = await t.as(session, 'POST', '/api/v1/tokens', { name: 'Koppeling zaaksysteem' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^dbk\.demo\./);
    const bearer = { authorization: `Bearer ${token}` };

    const me = await t.as(null, 'GET', '/api/v1/me', undefined, bearer);
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('maatwerker@demodam.example');
    expect(me.json().csrfToken).toBeUndefined();
    // A token needs no CSRF header for changes.
    expect((await t.as(null, 'POST', '/api/v1/tokens', { name: 'tweede' }, bearer)).statusCode).toBe(201);

    const list = (await t.as(session, 'GET', '/api/v1/tokens')).json();
    expect(list.items.find((item: { id: string }) => item.id === id)).toMatchObject({ name: 'Koppeling zaaksysteem', revokedAt: null });
    expect(JSON.stringify(list)).not.toContain(token.split('.')[2]);

    const revoked = await t.as(session, 'DELETE', `/api/v1/tokens/${id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    const after = await t.as(null, 'GET', '/api/v1/me', undefined, bearer);
    expect(after.statusCode).toBe(401);
    expect(after.json().detail).toBe('Het API-token is ongeldig of ingetrokken.');
  });

  it("does not let one user revoke another user's token", async () => {
    const owner = await t.login('maatwerker@demodam.example');
    const other = await t.login('maatwerker2@demodam.example');
    const { id } = (await t.as(owner, 'POST', '/api/v1/tokens', { name: 'mijn' })).json();
    expect((await t.as(other, 'DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(404);
  });

  it('refuses a BSN in the name of a token, with the path', async () => {
    const session = await t.login('maatwerker@demodam.example');
    // Test fixture: 111222333 passes the 11-proef (a well-known test number), so the guard must refuse it.
    const response = await t.as(session, 'POST', '/api/v1/tokens', { name: 'koppeling 111222333' });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['name']);
    expect((await t.as(session, 'GET', '/api/v1/tokens')).json().items.map((item: { name: string }) => item.name)).not.toContain('koppeling 111222333');
  });

  it('answers 401 for a malformed bearer token', async () => {
    expect((await t.as(null, 'GET', '/api/v1/me', undefined, { authorization: 'Bearer abc' })).statusCode).toBe(401);
  });
});

describe('own password', () => {
  it('changes the password after checking the current one, and ends the other sessions', async () => {
    const here = await t.login('maatwerker3@demodam.example');
    const elsewhere = await t.login('maatwerker3@demodam.example');
    const wrong = await t.as(here, 'POST', '/api/v1/me/password', { currentPassword: 'fout', newPassword: 'een-nieuw-lang-wachtwoord' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([{ path: 'currentPassword', message: 'Het huidige wachtwoord klopt niet.' }]);
    const short = await t.as(here, 'POST', '/api/v1/me/password', { currentPassword: 'doorbraak-demo', newPassword: 'kort' });
    expect(short.json().errors[0].path).toBe('newPassword');
    expect((await t.as(here, 'POST', '/api/v1/me/password', { currentPassword: 'doorbraak-demo', newPassword: 'een-nieuw-lang-wachtwoord' })).statusCode).toBe(204);
    expect((await t.as(here, 'GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await t.as(elsewhere, 'GET', '/api/v1/me')).statusCode).toBe(401);
    await expect(t.login('maatwerker3@demodam.example')).rejects.toThrow(/401/);
    expect((await t.login('maatwerker3@demodam.example', 'een-nieuw-lang-wachtwoord')).user.email).toBe('maatwerker3@demodam.example');
  });
});
