import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../demo/demo-data.js';
import { buildPlanDocument } from '../plans/test/factories.js';
import { ACTIONS, can, type Action } from '../policy/policy.js';
import { amsterdamYear } from '../shared/dates.js';
import { createTestApp, type Session } from '../test/app.js';
import { JUNK_PATH_VALUES, JUNK_QUERY_VALUES, sample, variants, type JsonSchema } from '../test/fuzz.js';
import { BODY_LIMIT_BYTES } from './app.js';

const t = await createTestApp();

/** Which routes a request reached the handler of: after authentication, validation and CSRF. */
const reached = new Map<string, number>();
t.app.addHook('preHandler', async (request) => {
  const key = `${request.method} ${request.routeOptions.url ?? ''}`;
  reached.set(key, (reached.get(key) ?? 0) + 1);
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Parameter = { in: string; name: string; schema?: JsonSchema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>> };
const openapi = (await t.as(null, 'GET', '/api/openapi.json')).json() as OpenApi;

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

// ---------------------------------------------------------------------------------------------
// The fuzz. Every documented route (the OpenAPI-test above keeps that list complete) is called
// with real ids from the demo data and from resources made through the API first, as a user the
// policy allows, so the requests get past authentication and authorisation into the handlers:
// a valid body, junk instead of the body, and per field a wrong type, a missing value and the
// schema's edge values; junk path parameters and query values. No answer may be a 5xx.
// ---------------------------------------------------------------------------------------------

/** The users the fuzz acts as, in order of preference (tenant `demo`). */
const ACTOR_EMAILS = ['beheer@demodam.example', 'maatwerker@demodam.example', 'voorzitter@demodam.example', 'consulent@demodam.example', 'budget@demodam.example', 'beleid@demodam.example'];
/** Fuzz requests come from this address: its failed logins must not throttle the actors' logins. */
const FUZZ_ADDRESS = '192.0.2.10';
const year = amsterdamYear(new Date());

const sessions = new Map<string, Session>();
/** A logged-in session for this user; logs in again when an earlier request ended it. */
async function sessionOf(email: string): Promise<Session> {
  const known = sessions.get(email);
  if (known && (await t.as(known, 'GET', '/api/v1/me')).statusCode === 200) return known;
  const fresh = await t.login(email);
  sessions.set(email, fresh);
  return fresh;
}

function policyOf(method: string, path: string): string | undefined {
  const url = path.replace(/\{([^}]+)\}/g, ':$1');
  const route = t.app.routeTable?.find((entry) => [entry.method].flat().includes(method) && entry.url === url);
  return route?.config?.policy;
}

/**
 * Who calls this route: the first demo user its policy (config.policy) allows; for a route
 * without one, the first user who does not get a 403 for a valid request; the beheerder for
 * rules that need the resource itself (deleting a draft, withdrawing a solution).
 */
const actors = new Map<string, string>();
async function actorFor(method: Method, path: string, url: string, body?: unknown): Promise<string> {
  const key = `${method} ${path}`;
  const known = actors.get(key);
  if (known) return known;
  const policy = policyOf(method, path);
  let actor: string | undefined;
  if (policy && (ACTIONS as string[]).includes(policy)) {
    actor = ACTOR_EMAILS.find((candidate) => {
      const user = DEMO_USERS.find((u) => u.email === candidate)!;
      return can({ id: 'fuzz', tenantId: user.tenantId, roles: user.roles }, policy as Action);
    });
  } else if (!policy && method !== 'DELETE') {
    for (const candidate of ACTOR_EMAILS) {
      if ((await send(await sessionOf(candidate), method, url, body)).statusCode !== 403) {
        actor = candidate;
        break;
      }
    }
  }
  actors.set(key, actor ?? ACTOR_EMAILS[0]!);
  return actors.get(key)!;
}

function send(session: Session | null, method: Method, url: string, body?: unknown): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    remoteAddress: FUZZ_ADDRESS,
    headers: {
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
}

/** Real ids per collection (the URL segment before the parameter), own resources first. */
const ids = new Map<string, string[]>();
function remember(key: string, value: unknown, first = false) {
  if (typeof value !== 'string' && typeof value !== 'number') return;
  const list = ids.get(key) ?? [];
  if (list.includes(String(value))) return;
  if (first) list.unshift(String(value));
  else list.push(String(value));
  ids.set(key, list);
}

/** The last fixed segment of a URL: `/api/v1/tables/{id}/sessions` → `sessions`. */
const collectionOf = (path: string) => path.split('?')[0]!.split('/').filter((segment) => segment && !segment.startsWith('{')).at(-1)!;

/** Remembers the `id` and `code` of every object in a list in this answer. */
function harvest(collection: string, json: unknown, inList = false): void {
  if (Array.isArray(json)) {
    for (const item of json) harvest(collection, item, true);
  } else if (json && typeof json === 'object') {
    const object = json as Record<string, unknown>;
    if (inList) {
      remember(`${collection}:id`, object.id);
      remember(`${collection}:code`, object.code);
    }
    for (const value of Object.values(object)) if (value && typeof value === 'object') harvest(collection, value, false);
  }
}

const parametersOf = (operation: Operation, where: 'path' | 'query') => (operation.parameters ?? []).filter((p) => p.in === where);

/** The path with real values for its parameters, or the names it has none for. */
function resolve(path: string, operation: Operation): { url: string; missing: string[] } {
  const segments = path.split('/');
  const missing: string[] = [];
  const url = segments
    .map((segment, index) => {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (!name) return segment;
      const schema = parametersOf(operation, 'path').find((p) => p.name === name)?.schema ?? {};
      if (schema.enum) return String(schema.enum[0]);
      if (schema.type === 'integer' || schema.type === 'number') return String(name === 'year' ? year : (schema.minimum ?? 1));
      const value = ids.get(`${segments[index - 1]}:${name === 'code' ? 'code' : 'id'}`)?.[0];
      if (value === undefined) missing.push(name);
      return encodeURIComponent(value ?? 'onbekend');
    })
    .join('/');
  return { url, missing };
}

/** Real ids for body fields that name one (`planId`, `assigneeId`, …). */
const idFor = (property: string): string | undefined => {
  const name = property.replace(/Ids?$/, '').toLowerCase();
  const collection = { assignee: 'users', author: 'users', user: 'users', actor: 'users' }[name] ?? `${name}s`;
  return property.endsWith('Id') || property.endsWith('Ids') ? ids.get(`${collection}:id`)?.[0] : undefined;
};

const operations = Object.entries(openapi.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase() as Method, path, operation })),
);
const hasPathParameters = (path: string) => path.includes('{');

const bodySchema = (operation: Operation) => operation.requestBody?.content?.['application/json']?.schema;
const operationAt = (method: Method, path: string) => operations.find((op) => op.method === method && op.path === path)!.operation;

/** GETs every list this test can reach and remembers the ids in it. */
async function harvestLists(withParameters: boolean): Promise<void> {
  for (const { method, path, operation } of operations) {
    if (method !== 'GET' || hasPathParameters(path) !== withParameters) continue;
    const { url, missing } = resolve(path, operation);
    if (missing.length > 0) continue;
    const response = await t.as(await sessionOf(await actorFor(method, path, url)), 'GET', url);
    if (response.statusCode === 200 && String(response.headers['content-type'] ?? '').includes('json')) harvest(collectionOf(path), response.json());
  }
}

/** Makes a resource through the API (as `email`, with `body` or a valid sample) and remembers its id first. */
async function create(email: string, path: string, collection: string, body?: unknown): Promise<void> {
  const { url, missing } = resolve(path, operationAt('POST', path));
  if (missing.length > 0) throw new Error(`${path}: geen ${missing.join(', ')}`);
  const response = await t.as(await sessionOf(email), 'POST', url, body ?? sample(bodySchema(operationAt('POST', path))!, idFor));
  if (response.statusCode !== 201) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
  const json = response.json() as Record<string, { id?: string } | string | undefined>;
  const id = typeof json.id === 'string' ? json.id : Object.values(json).find((value): value is { id: string } => typeof value === 'object' && typeof value?.id === 'string')?.id;
  remember(`${collection}:id`, id, true);
}

// Real ids: what the demo data lists, and resources made through the API for this test (a draft
// plan of its own, a user to change, a token to revoke, a question to answer).
await harvestLists(false);
await create('consulent@demodam.example', '/api/v1/plans', 'plans', buildPlanDocument({ caseNumber: 'FUZZ-1' }));
await create('beheer@demodam.example', '/api/v1/users', 'users', { email: 'fuzz.doelwit@demodam.example', name: 'Fuzz Doelwit', roles: ['consulent'] });
await create('beheer@demodam.example', '/api/v1/tokens', 'tokens', { name: 'fuzz' });
// An import job (202, with the file as the raw body, so not through `create`).
{
  const body = 'year,budgetLine,name,pillar,productCategory,amountCents\n2026,WMO,Wmo,wmo,,100\n';
  const response = await t.as(await sessionOf('analist@demodam.example'), 'POST', '/api/v1/imports?kind=budgets', body, { 'content-type': 'text/csv' });
  if (response.statusCode !== 202) throw new Error(`/api/v1/imports: ${response.statusCode} ${response.body}`);
  remember('imports:id', (response.json() as { id: string }).id, true);
}
// Service data with an open-ended service (a signal to handle) from a provider (a provider page).
{
  const body = 'serviceId,bsn,clientNumber,pillar,productCategory,productCode,productName,provider,startDate,endDate,volume,unit,frequency,unitPriceCents,amountCents\nF1,,C-F1,wmo,02,02A01,Begeleiding,12345678,2026-01-01,,2,04,2,5000,\n';
  const session = await sessionOf('analist@demodam.example');
  const response = await t.as(session, 'POST', '/api/v1/imports?kind=services', body, { 'content-type': 'text/csv' });
  if (response.statusCode !== 202) throw new Error(`/api/v1/imports: ${response.statusCode} ${response.body}`);
  const { id } = response.json() as { id: string };
  for (let i = 0; i < 400 && (await t.as(session, 'GET', `/api/v1/imports/${id}`)).json().status !== 'done'; i++) await new Promise((resolve) => setTimeout(resolve, 25));
  remember('providers:id', '12345678', true);
  harvest('signals', (await t.as(session, 'GET', '/api/v1/grip/signals')).json());
}
await harvestLists(true);
await create('voorzitter@demodam.example', '/api/v1/plans/{id}/questions', 'questions');
// Lists below an id (sessions of a table, questions of a plan, …), once more for the new ones.
await harvestLists(true);

// Changes first, deletions last: a deleted plan or revoked token cannot be fuzzed any more.
const ordered = [...operations].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));

describe('malformed input never gives a 500', () => {
  it.each(ordered.map((op) => ({ ...op, name: `${op.method} ${op.path}` })))('$name', { timeout: 120_000 }, async ({ method, path, operation }) => {
    const { url, missing } = resolve(path, operation);
    expect(missing, `geen echte waarde voor de padparameter(s) van ${path}: maak er een aan in de voorbereiding hierboven`).toEqual([]);
    const schema = bodySchema(operation);
    const actor = await actorFor(method, path, url, schema ? sample(schema, idFor) : undefined);
    const problems: string[] = [];
    const check = (what: string, response: LightMyRequestResponse) => {
      if (response.statusCode >= 500) problems.push(`${what} → ${response.statusCode} ${response.body.slice(0, 300)}`);
      else if (response.statusCode >= 400 && !String(response.headers['content-type']).includes('json')) problems.push(`${what} → ${response.statusCode} als ${response.headers['content-type']}`);
    };

    if (method === 'GET') {
      check('geldig', await send(await sessionOf(actor), method, url));
      for (const parameter of parametersOf(operation, 'query')) {
        for (const value of JUNK_QUERY_VALUES) {
          const junk = `${url}?${parameter.name}=${encodeURIComponent(value)}`;
          check(`?${parameter.name}=${value.slice(0, 40)}`, await send(await sessionOf(actor), method, junk));
        }
      }
    } else {
      for (const variant of variants(schema, idFor)) {
        const response = await send(await sessionOf(actor), method, url, variant.body);
        check(`${variant.label}: ${JSON.stringify(variant.body)?.slice(0, 200)}`, response);
      }
    }
    // Junk in each path parameter, with the other parameters real.
    for (const parameter of parametersOf(operation, 'path')) {
      for (const value of JUNK_PATH_VALUES) {
        const junk = url
          .split('/')
          .map((segment, index) => (path.split('/')[index] === `{${parameter.name}}` ? value : segment))
          .join('/');
        check(`pad ${parameter.name}=${value.slice(0, 40)}`, await send(await sessionOf(actor), method, junk, method === 'GET' || method === 'DELETE' ? undefined : {}));
      }
    }
    expect(problems, `${method} ${url} als ${actor}`).toEqual([]);
  });

  it('reached the handler of every route', () => {
    const missed = operations.map(({ method, path }) => `${method} ${path.replace(/\{([^}]+)\}/g, ':$1')}`).filter((key) => !reached.has(key));
    expect(missed).toEqual([]);
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
