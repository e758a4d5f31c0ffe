import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { plans } from '../plans/plans.schema.js';
import { buildPlanDocument } from '../plans/test/factories.js';
import { createTestApp, type Session } from '../test/app.js';

/**
 * DOMAIN.md §7: the beleid role sees aggregates, never a case. Every GET route of the OpenAPI
 * document is called as beleid with a real plan id in its parameters: routes of plans answer
 * 403 or 404, and no answer anywhere holds a case number, client number or case text.
 */
const t = await createTestApp();
type OpenApi = { paths: Record<string, Record<string, unknown>> };
const openapi = (await t.as(null, 'GET', '/api/openapi.json')).json() as OpenApi;
const SECRET_SITUATION = 'Geheime situatie van een gezin aan de Zevenhovenlaan';

let beleid: Session;
let planId: string;
let secrets: string[];

beforeAll(async () => {
  beleid = await t.login('beleid@demodam.example');
  const maatwerker = await t.login('maatwerker@demodam.example');
  const created = await t.as(maatwerker, 'POST', '/api/v1/plans', buildPlanDocument({ caseNumber: 'GEHEIM-77', clientNumber: 'CLIENT-GEHEIM-77', situation: SECRET_SITUATION }));
  expect(created.statusCode).toBe(201);
  planId = created.json().id;
  const rows = await t.ctx.db.select({ caseNumber: plans.caseNumber, document: plans.document }).from(plans).where(eq(plans.tenantId, 'demo'));
  expect(rows.length).toBeGreaterThan(3);
  secrets = [SECRET_SITUATION, ...rows.flatMap((row) => [row.caseNumber, row.document.clientNumber])];
});

const getRoutes = Object.keys(openapi.paths)
  .filter((path) => 'get' in openapi.paths[path]! && path.startsWith('/api/v1/'))
  .sort();

describe('a beleid user never receives a case', () => {
  it('reads the dashboard and its exports', async () => {
    for (const url of ['/api/v1/dashboard', '/api/v1/dashboard.csv', '/api/v1/dashboard.xlsx', '/api/v1/dashboard/region']) {
      const response = await t.as(beleid, 'GET', url);
      expect(response.statusCode, url).toBe(200);
    }
  });

  it.each(getRoutes)('GET %s', async (path) => {
    const url = path.replace(/\{year\}/g, String(new Date().getFullYear())).replace(/\{[^}]+\}/g, planId);
    const response = await t.as(beleid, 'GET', url);
    expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
    if (path.startsWith('/api/v1/plans')) expect([403, 404], url).toContain(response.statusCode);
    const text = response.rawPayload.toString('latin1') + response.body;
    for (const secret of secrets) expect(text.includes(secret), `${url} holds ${secret}`).toBe(false);
  });

  it('covers the plan list and every plan route', () => {
    expect(getRoutes).toContain('/api/v1/plans');
    expect(getRoutes).toContain('/api/v1/plans/{id}');
    expect(getRoutes.filter((path) => path.startsWith('/api/v1/plans/')).length).toBeGreaterThan(3);
  });
});
