import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config/config.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo/demo-data.js';
import { createTestApp } from '../test/app.js';
import { users } from '../users/users.schema.js';

const demo = await createTestApp();
const production = await createTestApp({ config: { ...readConfig({}), demo: false, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-test-')) } });

describe('GET /api/v1/auth/session', () => {
  it('answers 200 with user null when nobody is logged in, and says whether this is demo mode', async () => {
    const anonymous = await demo.as(null, 'GET', '/api/v1/auth/session');
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ user: null, demo: true });
    expect((await production.as(null, 'GET', '/api/v1/auth/session')).json()).toEqual({ user: null, demo: false });
  });

  it('answers with the same user and CSRF token as /me when logged in', async () => {
    const session = await demo.login('consulent@demodam.example');
    const answer = (await demo.as(session, 'GET', '/api/v1/auth/session')).json();
    const me = (await demo.as(session, 'GET', '/api/v1/me')).json();
    expect(answer).toEqual({ ...me, demo: true });
    expect(answer.csrfToken).toBe(session.csrfToken);
  });

  it('treats an ended session as nobody', async () => {
    const session = await demo.login('budget@demodam.example');
    await demo.as(session, 'POST', '/api/v1/auth/logout');
    expect((await demo.as(session, 'GET', '/api/v1/auth/session')).json()).toEqual({ user: null, demo: true });
  });
});

describe('GET /api/v1/auth/demo-accounts', () => {
  it('lists the demo accounts with roles, municipality and the shared password in demo mode', async () => {
    const response = await demo.as(null, 'GET', '/api/v1/auth/demo-accounts');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.password).toBe(DEMO_PASSWORD);
    expect(body.items.map((item: { email: string }) => item.email)).toEqual(DEMO_USERS.map((user) => user.email));
    expect(body.items[0]).toEqual({ email: 'maatwerker@demodam.example', name: 'Mira Maatwerker', roles: ['maatwerker'], tenant: { id: 'demo', name: 'Gemeente Demodam' } });
    expect(body.items.at(-1).tenant).toEqual({ id: 'demo2', name: 'Gemeente Proefwijk' });
  });

  it('leaves out a deactivated demo account: it cannot log in', async () => {
    await demo.database.db.update(users).set({ active: false }).where(eq(users.email, 'maatwerker3@demodam.example'));
    const emails = (await demo.as(null, 'GET', '/api/v1/auth/demo-accounts')).json().items.map((item: { email: string }) => item.email);
    expect(emails).not.toContain('maatwerker3@demodam.example');
    expect(emails).toContain('maatwerker2@demodam.example');
  });

  it('answers 404 outside demo mode, even when the demo users exist in the database', async () => {
    const response = await production.as(null, 'GET', '/api/v1/auth/demo-accounts');
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain(DEMO_PASSWORD);
    expect(response.body).not.toContain('demodam.example');
  });
});
