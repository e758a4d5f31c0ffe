import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { BODY_LIMIT_BYTES } from './app.js';

const t = await createTestApp();

type OpenApi = { openapi: string; paths: Record<string, Record<string, unknown>> };
const openapi = (await t.as(null, 'GET', '/api/openapi.json')).json() as OpenApi;

const MALFORMED_BODIES: unknown[] = [
  null, 42, 'tekst', [], [1, 2], {}, { name: null }, { name: 123 }, { email: [] }, { password: {} },
  { id: 'x'.repeat(10_000) }, { roles: 'beheerder' }, { roles: [null] }, { active: 'ja' }, { __proto__: { admin: true } },
  { name: '\u0000\u202e' }, { limit: -1 },
];

describe('health and OpenAPI', () => {
  it('reports the database kind', async () => {
    const response = await t.as(null, 'GET', '/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: t.database.kind });
  });

  it('documents every API route in an OpenAPI 3 document', () => {
    expect(openapi.openapi).toMatch(/^3\./);
    const documented = new Set(Object.entries(openapi.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)));
    const registered = registeredRoutes(t.app.printRoutes({ commonPrefix: false })).filter((route) => !route.startsWith('HEAD ') && !route.endsWith(' /api/openapi.json'));
    expect(registered.length).toBeGreaterThan(20);
    expect(registered.filter((route) => !documented.has(route))).toEqual([]);
  });
});

/** Reads Fastify's route tree (`├── /api/v1/plans (GET)`, children indented by four) into `METHOD /path` lines. */
function registeredRoutes(tree: string): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const branch = line.indexOf('── ');
    if (branch < 0) continue;
    const depth = (branch - 1) / 4;
    const match = /^(\S+)(?: \(([^)]+)\))?/.exec(line.slice(branch + 3));
    if (!match) continue;
    stack.length = depth;
    stack.push(match[1]!);
    const path = stack.join('').replace(/:([A-Za-z]+)/g, '{$1}');
    if (path.startsWith('/api') && match[2]) routes.push(...match[2].split(', ').map((method) => `${method} ${path}`));
  }
  return routes;
}

describe('malformed input never gives a 500', () => {
  const operations = Object.entries(openapi.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .filter((method) => !['get', 'head'].includes(method))
      .map((method) => ({ method: method.toUpperCase() as 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: path.replace(/\{[^}]+\}/g, 'x%00y') })),
  );

  it.each(operations)('$method $url', async ({ method, url }) => {
    const admin = await t.login('beheer@demodam.example');
    for (const body of MALFORMED_BODIES) {
      const response = await t.as(admin, method, url, body);
      expect(response.statusCode, `${JSON.stringify(body)} → ${response.body}`).toBeLessThan(500);
      if (response.statusCode !== 204) expect(response.headers['content-type']).toMatch(/json/);
    }
  });

  it('answers broken JSON with 400, wrong content type with 415 and too large a body with 413, in Dutch', async () => {
    const broken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().detail).toBe('De inhoud is geen geldige JSON.');
    const text = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'hallo' });
    expect(text.statusCode).toBe(415);
    const huge = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'x'.repeat(BODY_LIMIT_BYTES), password: 'x' }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().title).toBe('Het verzoek is te groot.');
  });

  it('answers unknown API paths with a problem+json 404 and query junk with 422', async () => {
    const missing = await t.as(null, 'GET', '/api/v1/bestaat-niet');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const admin = await t.login('beheer@demodam.example');
    expect((await t.as(admin, 'GET', '/api/v1/audit?onbekend=1')).statusCode).toBe(422);
  });
});

describe('security headers', () => {
  it('sends a strict CSP, nosniff and a request id, and never a stack trace', async () => {
    const response = await t.as(null, 'GET', '/api/health');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const broken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{' });
    expect(broken.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
