import { beforeAll, describe, expect, it } from 'vitest';
import { addTenant } from '../dashboard/test/fixtures.js';
import { DEMO_PASSWORD } from '../demo/demo-data.js';
import { importAndWait } from '../imports/test/fixtures.js';
import { createTestApp, type Session } from '../test/app.js';
import { createUser } from '../users/users.service.js';
import { loadGripBudget } from './budget.service.js';

// A fixed today: the peildatum of every municipality is 15 June 2026.
const t = await createTestApp({ now: () => new Date('2026-06-15T10:00:00Z') });
const PEILDATUM = { year: 2026, date: '2026-06-15', asOf: '2026-06-15' };

const budgets = (lines: [string, string, number][]) =>
  ['year,budgetLine,name,pillar,productCategory,amountCents', ...lines.map(([line, pillar, cents]) => `2026,${line},${line},${pillar},,${cents}`)].join('\n');
const SERVICES = [
  'serviceId,bsn,clientNumber,pillar,productCategory,productCode,productName,provider,startDate,endDate,volume,unit,frequency,unitPriceCents,amountCents',
  'R1,,C-1,wmo,02,02A01,Begeleiding,12345678,2026-01-01,2026-12-31,3,04,2,6000,',
  'R2,,C-2,jeugd,45,45A03,Jeugdhulp,87654321,2026-03-01,,10,04,4,8000,',
].join('\n');

let beleid: Session;
let beleid2: Session;
let elders: Session;

async function load(session: Session, files: [kind: string, body: string][]) {
  for (const [kind, body] of files) {
    const job = await importAndWait(t, session, body, 'csv', `?kind=${kind}`);
    expect(job.files[0]!.status, JSON.stringify(job.files[0]!.errors)).toBe('imported');
  }
}

beforeAll(async () => {
  beleid = await t.login('beleid@demodam.example');
  await load(await t.login('analist@demodam.example'), [
    ['budgets', budgets([['WMO', 'wmo', 1_000_000_00], ['JGD', 'jeugd', 500_000_00]])],
    ['services', SERVICES],
  ]);
  // demo2 (Proefwijk) is in the region but has not opted in.
  await createUser(t.ctx.db, { tenantId: 'demo2', email: 'beleid@proefwijk.example', name: 'Beleid Proefwijk', roles: ['beleid'], password: DEMO_PASSWORD });
  await createUser(t.ctx.db, { tenantId: 'demo2', email: 'beheer@proefwijk.example', name: 'Beheer Proefwijk', roles: ['beheerder'], password: DEMO_PASSWORD });
  beleid2 = await t.login('beleid@proefwijk.example');
  await load(await t.login('beheer@proefwijk.example'), [['budgets', budgets([['WMO', 'wmo', 777_777_77]])]]);
  // Zuiddorp is in the region and opted in; Elders opted in, but in another region.
  const zuiddorp = await addTenant(t, 'zuiddorp', { region: 'Regio Demodam', regionOptIn: true });
  await load(zuiddorp.beheer, [['budgets', budgets([['SHV', 'schuldhulp', 250_000_00]])]]);
  const outsiders = await addTenant(t, 'elders', { region: 'Regio Elders', regionOptIn: true });
  elders = outsiders.beleid;
  await load(outsiders.beheer, [['budgets', budgets([['WMO', 'wmo', 999_999_99]])]]);
});

describe('GET /api/v1/grip/region', () => {
  it('shows the opted-in municipalities of the own region side by side: totals and pillars only', async () => {
    const response = await t.as(beleid, 'GET', '/api/v1/grip/region');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ region: 'Regio Demodam', regionOptIn: true, year: 2026 });
    expect(body.municipalities.map((m: { tenantId: string }) => m.tenantId)).toEqual(['demo', 'zuiddorp']);
    for (const municipality of body.municipalities) {
      // Aggregates only: no budget lines, providers or signals of another municipality.
      expect(Object.keys(municipality).sort()).toEqual(['byPillar', 'name', 'tenantId', 'totals']);
      expect(municipality.byPillar.map((p: { pillar: string }) => p.pillar)).toEqual(['wmo', 'jeugd', 'participatie', 'schuldhulp', 'onderwijs']);
    }
    const [demo, zuiddorp] = body.municipalities;
    const ledger = await loadGripBudget(t.ctx.db, 'demo', PEILDATUM);
    expect(demo.name).toBe('Gemeente Demodam');
    expect(demo.totals).toEqual(ledger.totals);
    expect(demo.totals.budgetCents).toBe(1_500_000_00);
    expect(demo.totals.forecastCents).toBeGreaterThan(0);
    const wmo = demo.byPillar.find((p: { pillar: string }) => p.pillar === 'wmo');
    const wmoLines = ledger.lines.filter((line) => line.pillar === 'wmo');
    expect(wmo).toEqual({
      pillar: 'wmo',
      budgetCents: 1_000_000_00,
      realisedCents: wmoLines.reduce((s, l) => s + l.realisedCents, 0),
      forecastCents: wmoLines.reduce((s, l) => s + l.forecastCents, 0),
      varianceCents: wmoLines.reduce((s, l) => s + l.varianceCents, 0),
    });
    // The pillars add up to the totals.
    for (const field of ['budgetCents', 'realisedCents', 'forecastCents', 'varianceCents'] as const) {
      expect(demo.byPillar.reduce((s: number, p: Record<string, number>) => s + p[field]!, 0)).toBe(demo.totals[field]);
    }
    expect(zuiddorp.totals.budgetCents).toBe(250_000_00);
    expect(zuiddorp.byPillar.find((p: { pillar: string }) => p.pillar === 'schuldhulp').budgetCents).toBe(250_000_00);
  });

  it('never shows a municipality that did not opt in, nor one of another region', async () => {
    const body = (await t.as(beleid, 'GET', '/api/v1/grip/region')).json();
    const ids = body.municipalities.map((m: { tenantId: string }) => m.tenantId);
    expect(ids).not.toContain('demo2');
    expect(ids).not.toContain('elders');
    expect(JSON.stringify(body)).not.toContain('77777777');
    expect(JSON.stringify(body)).not.toContain('99999999');
    const outside = (await t.as(elders, 'GET', '/api/v1/grip/region')).json();
    expect(outside.municipalities.map((m: { tenantId: string }) => m.tenantId)).toEqual(['elders']);
  });

  it('shows nothing to a municipality that has not opted in itself', async () => {
    const response = await t.as(beleid2, 'GET', '/api/v1/grip/region');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ region: 'Regio Demodam', regionOptIn: false, year: 2026, municipalities: [] });
  });

  it('is for the grip roles only, and refuses a bad or unknown year', async () => {
    expect((await t.as(await t.login('maatwerker@demodam.example'), 'GET', '/api/v1/grip/region')).statusCode).toBe(403);
    expect((await t.as(null, 'GET', '/api/v1/grip/region')).statusCode).toBe(401);
    for (const query of ['year=abc', 'year=1999', 'year=2026&extra=1']) {
      const bad = await t.as(beleid, 'GET', `/api/v1/grip/region?${query}`);
      expect(bad.statusCode, query).toBe(422);
    }
    const unknown = await t.as(beleid, 'GET', '/api/v1/grip/region?year=2019');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors.map((e: { path: string }) => e.path)).toEqual(['year']);
    const analist = await t.login('analist@demodam.example');
    expect((await t.as(analist, 'GET', '/api/v1/grip/region?year=2026')).statusCode).toBe(200);
  });
});
