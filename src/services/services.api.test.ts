import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session } from '../test/app.js';
import { createUser } from '../users/users.service.js';
import { plans } from '../plans/plans.schema.js';
import { importAndWait } from '../imports/test/fixtures.js';
import { annualCost } from './domain/cost.js';

const t = await createTestApp();
let analist: Session;
let beleid: Session;
let maatwerker: Session;
let otherAnalist: Session;

const DATE = '2026-06-01';
// BSN test fixture: 111222333 passes the 11-proef (a well-known test number); it must become a key.
const BSN = '111222333';
const HOUSEHOLDS = `bsn,clientNumber,householdId,validFrom,validTo\n${BSN},C-1,HH-1,2020-01-01,\n,C-2,HH-1,2020-01-01,\n,C-3,HH-2,2020-01-01,\n`;
const SERVICES = [
  'serviceId,bsn,clientNumber,pillar,productCategory,productCode,productName,provider,startDate,endDate,volume,unit,frequency,unitPriceCents,amountCents',
  `S1,${BSN},,wmo,02,02A01,Begeleiding individueel,12345678,2026-01-01,2026-12-31,3,04,2,6000,`,
  'S2,,C-2,jeugd,45,45A03,,87654321,2026-02-01,,10,04,4,,',
  'S3,,C-2,participatie,PW,BUIG,Bijstand,,2026-01-01,,1200,83,4,,',
  'S4,,C-3,wmo,01,01A01,Huishoudelijke hulp,12345678,2025-01-01,,2,04,2,3500,',
].join('\n');
const TARIFFS = 'provider,productCategory,productCode,unit,unitPriceCents,validFrom,validTo\n,45,45A03,04,8000,2020-01-01,\n';

beforeAll(async () => {
  await createUser(t.database.db, { tenantId: 'demo2', email: 'analist@proefwijk.example', name: 'Analist Proefwijk', roles: ['analist'], password: 'proefwijk-geheim-1' });
  analist = await t.login('analist@demodam.example');
  beleid = await t.login('beleid@demodam.example');
  maatwerker = await t.login('maatwerker@demodam.example');
  otherAnalist = await t.login('analist@proefwijk.example', 'proefwijk-geheim-1');
  for (const [kind, body] of [['households', HOUSEHOLDS], ['services', SERVICES], ['tariffs', TARIFFS]] as const) {
    const job = await importAndWait(t, analist, body, 'csv', `?kind=${kind}`);
    expect(job.files[0]!.status, JSON.stringify(job.files[0]!.errors)).toBe('imported');
  }
});

describe('GET /api/v1/services/overlap', () => {
  it('counts households per number of pillars, per pillar and per combination for the analist', async () => {
    const overlap = (await t.as(analist, 'GET', `/api/v1/services/overlap?date=${DATE}`)).json();
    expect(overlap).toMatchObject({ date: DATE, clients: 3, households: 2, suppressed: false });
    expect(overlap.byPillarCount).toEqual([1, 2, 3, 4, 5].map((pillars) => ({ pillars, households: pillars === 1 || pillars === 3 ? 1 : 0 })));
    expect(overlap.combinations).toEqual([{ pillars: ['jeugd', 'participatie', 'wmo'], households: 1 }]);
    expect(overlap.byPillar.find((row: { pillar: string }) => row.pillar === 'wmo').households).toBe(2);
  });

  it('withholds counts from 1 to 4 for other roles', async () => {
    const overlap = (await t.as(beleid, 'GET', `/api/v1/services/overlap?date=${DATE}`)).json();
    expect(overlap.suppressed).toBe(true);
    expect(overlap.households).toBeNull();
    expect(overlap.byPillarCount[0]).toEqual({ pillars: 1, households: null });
    expect(overlap.byPillarCount[1]).toEqual({ pillars: 2, households: 0 });
  });

  it('counts only services active on the date, and never another municipality', async () => {
    const before = (await t.as(analist, 'GET', '/api/v1/services/overlap?date=2025-06-01')).json();
    expect(before.households).toBe(1);
    const other = (await t.as(otherAnalist, 'GET', `/api/v1/services/overlap?date=${DATE}`)).json();
    expect(other.households).toBe(0);
    expect((await t.as(analist, 'GET', '/api/v1/services/overlap?date=2026-02-30')).statusCode).toBe(422);
  });
});

describe('GET /api/v1/services/candidates and POST /plans/from-candidate', () => {
  const expectedAnnual = () =>
    annualCost({ startDate: '2026-01-01', endDate: '2026-12-31', unit: '04', frequency: '2', volume: 3, unitPriceCents: 6000 }, DATE) +
    annualCost({ startDate: '2026-02-01', endDate: null, unit: '04', frequency: '4', volume: 10, unitPriceCents: 8000 }, DATE) +
    annualCost({ startDate: '2026-01-01', endDate: null, unit: '83', frequency: '4', volume: 1200 }, DATE);

  it('lists households on three or more pillars with their cost, providers and client numbers', async () => {
    const response = await t.as(analist, 'GET', `/api/v1/services/candidates?date=${DATE}`);
    expect(response.statusCode).toBe(200);
    const { items, total } = response.json();
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ pillars: ['jeugd', 'participatie', 'wmo'], clients: 2, services: 3, providers: 2, annualCostCents: expectedAnnual(), clientNumbers: ['C-1', 'C-2'] });
    expect(JSON.stringify(items)).not.toContain(BSN);
    const two = (await t.as(analist, 'GET', `/api/v1/services/candidates?date=${DATE}&minPillars=1`)).json();
    expect(two.total).toBe(2);
    expect(two.items[0].annualCostCents).toBeGreaterThanOrEqual(two.items[1].annualCostCents);
  });

  it('keeps candidates from beleid and another municipality', async () => {
    expect((await t.as(beleid, 'GET', '/api/v1/services/candidates')).statusCode).toBe(403);
    expect((await t.as(otherAnalist, 'GET', `/api/v1/services/candidates?date=${DATE}`)).json().total).toBe(0);
  });

  it('starts a plan with the current scenario filled from the household’s services', async () => {
    const { items } = (await t.as(maatwerker, 'GET', `/api/v1/services/candidates?date=${DATE}`)).json();
    const response = await t.as(maatwerker, 'POST', '/api/v1/plans/from-candidate', { householdKey: items[0].householdKey, caseNumber: 'KAND-1', clientNumber: 'C-2', date: DATE });
    expect(response.statusCode).toBe(201);
    const plan = response.json();
    expect(plan).toMatchObject({ status: 'draft', caseNumber: 'KAND-1', clientNumber: 'C-2' });
    const lines = plan.scenarios.current.lines;
    expect(lines.map((line: { description: string; fundingStream: string }) => [line.description, line.fundingStream])).toEqual([
      ['45A03', 'jeugdwet'],
      ['Bijstand', 'participatiewet'],
      ['Begeleiding individueel', 'wmo'],
    ]);
    expect(lines.every((line: { frequency: string; quantity: number }) => line.frequency === 'month' && line.quantity === 1)).toBe(true);
    expect(lines[2].unitPriceCents).toBe(Math.round(annualCost({ startDate: '2026-01-01', endDate: '2026-12-31', unit: '04', frequency: '2', volume: 3, unitPriceCents: 6000 }, DATE) / 12));

    const foreign = await t.as(await t.login('maatwerker@proefwijk.example'), 'POST', '/api/v1/plans/from-candidate', { householdKey: items[0].householdKey, caseNumber: 'X-1' });
    expect(foreign.statusCode).toBe(404);
    expect((await t.as(analist, 'POST', '/api/v1/plans/from-candidate', { householdKey: items[0].householdKey, caseNumber: 'X-2' })).statusCode).toBe(403);
  });
});

describe('GET /api/v1/plans/:id/realised', () => {
  it('sets what the household cost since approval against the plan scenario', async () => {
    const { items } = (await t.as(maatwerker, 'GET', `/api/v1/services/candidates?date=${DATE}`)).json();
    const plan = (await t.as(maatwerker, 'POST', '/api/v1/plans/from-candidate', { householdKey: items[0].householdKey, caseNumber: 'KAND-2', clientNumber: 'C-1', date: DATE })).json();
    const before = (await t.as(maatwerker, 'GET', `/api/v1/plans/${plan.id}/realised`)).json();
    expect(before).toMatchObject({ from: null, realisedCents: 0, linked: true });

    await t.database.db.update(plans).set({ status: 'approved', approvedAt: new Date('2026-03-01T09:00:00Z') }).where(and(eq(plans.tenantId, 'demo'), eq(plans.id, plan.id)));
    const realisations = 'serviceId,periodStart,periodEnd,amountCents\nS3,2026-01-01,2026-01-31,120000\nS3,2026-04-01,2026-04-30,120000\nS3,2026-05-01,2026-05-31,-20000\n';
    expect((await importAndWait(t, analist, realisations, 'csv', '?kind=realisations')).files[0]!.status).toBe('imported');
    const realised = (await t.as(maatwerker, 'GET', `/api/v1/plans/${plan.id}/realised`)).json();
    expect(realised).toMatchObject({ from: '2026-03-01', to: '2027-03-01', realisedCents: 100_000, linked: true, clients: 2, lines: 2 });
    expect(realised.byFundingStream.find((row: { fundingStream: string }) => row.fundingStream === 'participatiewet').realisedCents).toBe(100_000);

    const audit = await t.database.db.execute(sql`select count(*)::int as n from audit_events where tenant_id = 'demo' and action = 'plan.realised_read' and entity_id = ${plan.id}`);
    expect((audit as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(2);
    expect((await t.as(analist, 'GET', `/api/v1/plans/${plan.id}/realised`)).statusCode).toBe(403);
    expect((await t.as(otherAnalist, 'GET', `/api/v1/plans/${plan.id}/realised`)).statusCode).toBe(404);
    expect((await t.as(await t.login('maatwerker@proefwijk.example'), 'GET', `/api/v1/plans/${plan.id}/realised`)).statusCode).toBe(404);
  });
});

describe('GET /api/v1/plans/:id/current-from-services', () => {
  const newPlan = async (caseNumber: string, clientNumber: string) => (await t.as(maatwerker, 'POST', '/api/v1/plans', { caseNumber, clientNumber })).json() as { id: string };

  it('gives the household’s running services as current lines, the same as a plan from the candidate', async () => {
    const plan = await newPlan('HUIDIG-1', 'C-1');
    const response = await t.as(maatwerker, 'GET', `/api/v1/plans/${plan.id}/current-from-services`);
    expect(response.statusCode).toBe(200);
    const filled = response.json();
    expect(filled.linked).toBe(true);
    const { items } = (await t.as(maatwerker, 'GET', '/api/v1/services/candidates')).json();
    const started = (await t.as(maatwerker, 'POST', '/api/v1/plans/from-candidate', { householdKey: items[0].householdKey, caseNumber: 'HUIDIG-2', clientNumber: 'C-1' })).json();
    expect(filled.lines).toEqual(started.scenarios.current.lines);
    expect(filled.lines.map((line: { fundingStream: string }) => line.fundingStream)).toEqual(['jeugdwet', 'participatiewet', 'wmo']);
    // A read: the plan itself is not changed.
    expect((await t.as(maatwerker, 'GET', `/api/v1/plans/${plan.id}`)).json().scenarios?.current?.lines ?? []).toEqual([]);
    const audit = await t.database.db.execute(sql`select detail from audit_events where tenant_id = 'demo' and action = 'plan.services_read' and entity_id = ${plan.id}`);
    expect((audit as unknown as { rows: { detail: unknown }[] }).rows.map((row) => row.detail)).toEqual([{ services: 3 }]);
  });

  it('says so when the client number is not in the records', async () => {
    const plan = await newPlan('HUIDIG-3', 'C-999');
    expect((await t.as(maatwerker, 'GET', `/api/v1/plans/${plan.id}/current-from-services`)).json()).toMatchObject({ linked: false, lines: [] });
  });

  it('refuses a plan without a client number with a Dutch 422', async () => {
    const plan = await newPlan('HUIDIG-4', 'C-1');
    await t.database.db.execute(sql`update plans set document = document - 'clientNumber' where tenant_id = 'demo' and id = ${plan.id}`);
    const response = await t.as(maatwerker, 'GET', `/api/v1/plans/${plan.id}/current-from-services`);
    expect(response.statusCode).toBe(422);
    expect(JSON.stringify(response.json())).toContain('clientNumber');
    expect(JSON.stringify(response.json())).toContain('geen cliëntnummer');
  });

  it('is for who may fill a plan from the records, and another municipality’s plan does not exist', async () => {
    const plan = await newPlan('HUIDIG-5', 'C-1');
    expect((await t.as(await t.login('consulent@demodam.example'), 'GET', `/api/v1/plans/${plan.id}/current-from-services`)).statusCode).toBe(403);
    expect((await t.as(await t.login('maatwerker@proefwijk.example'), 'GET', `/api/v1/plans/${plan.id}/current-from-services`)).statusCode).toBe(404);
    expect((await t.as(maatwerker, 'GET', '/api/v1/plans/bestaat-niet/current-from-services')).statusCode).toBe(404);
  });
});
