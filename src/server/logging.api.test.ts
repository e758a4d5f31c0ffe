import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';

describe('application logs', () => {
  it('log every request without passwords, emails, tokens, query strings or IP addresses', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => { lines.push(String(chunk)); done(); } });
    const t = await createTestApp({}, { logger: pino({ level: 'debug' }, sink) });
    const session = await t.login('maatwerker@demodam.example');
    await t.as(null, 'POST', '/api/v1/auth/login', { email: 'maatwerker@demodam.example', password: 'fout-wachtwoord-123' }, {}, '10.1.2.3');
    const { token } = (await t.as(session, 'POST', '/api/v1/tokens', { name: 'Koppeling geheim' })).json();
    await t.as(null, 'GET', '/api/v1/me', undefined, { authorization: `Bearer ${token}` });
    await t.as(session, 'GET', '/api/v1/audit?action=zoekterm-jansen');

    const log = lines.join('');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const secret of ['doorbraak-demo', 'fout-wachtwoord-123', 'maatwerker@demodam.example', token, session.csrfToken, session.cookie.split('=')[1], 'zoekterm-jansen', '10.1.2.3', 'Koppeling geheim']) {
      expect(log).not.toContain(secret);
    }
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'verzoek', method: 'POST', route: '/api/v1/auth/login', status: 200 });
  });
});
