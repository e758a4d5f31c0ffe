import { and, eq } from 'drizzle-orm';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.schema.js';
import { budgetEntries, budgetSources } from '../budget/budget.schema.js';
import { planMeasurements } from '../followup/followup.schema.js';
import type { PlanDocumentInput } from '../plans/domain/plan-document.js';
import { plans } from '../plans/plans.schema.js';
import { createTestApp, type Session } from '../test/app.js';
import { planKbaStreams } from './dashboard.schema.js';
import { backfillPlanKba } from '../plans/plan-derived.js';
import { addTenant } from './test/fixtures.js';

const t = await createTestApp({ now: () => new Date('2026-06-15T10:00:00Z') });
const TENANT = 'dashtest';
let users: Awaited<ReturnType<typeof addTenant>>;
const ids: Record<string, string> = {};

const once = (fundingStream: string, unitPriceCents: number) => ({ description: '', fundingStream, unitPriceCents, quantity: 1, frequency: 'once' });
const basis = (regulation: string, article: string) => ({ regulation, article, motivation: '' });
const bottleneck = (theme: string) => ({ description: 'De regel past niet bij deze situatie.', rule: '', level: 'local', theme });

/** Four plans whose KBA is easy to check by hand; P4 stays a draft. */
const PLANS: { key: string; status: string; createdAt: string; document: Record<string, unknown> }[] = [
  {
    key: 'P1',
    status: 'approved',
    createdAt: '2026-01-15T09:00:00Z',
    document: {
      lifeSatisfaction: 4,
      domains: ['housing', 'debts'],
      scenarios: { current: { lines: [once('wmo', 100_000)] }, threatened: { lines: [once('jeugdwet', 500_000)] }, plan: { lines: [once('maatwerkbudget', 200_000)] } },
      legalBases: [basis('Participatiewet', '35'), basis('Participatiewet', '35'), ...'123456789'.split('').map((a) => basis('Regeling X', a))],
      bottlenecks: [bottleneck('housing'), bottleneck('housing')],
    },
  },
  {
    key: 'P2',
    status: 'in_progress',
    createdAt: '2026-02-10T12:00:00Z',
    document: {
      lifeSatisfaction: 5,
      domains: ['debts'],
      // expected threatened = 0.5 × 100.001 + 0.5 × 20.000 = 60.000,5 → 60.001
      scenarios: { current: { lines: [once('wmo', 20_000)] }, threatened: { probability: 0.5, lines: [once('wmo', 100_001)] }, plan: { lines: [once('wmo', 50_000)] } },
      legalBases: [basis('Wmo 2015', '2.3.5'), basis('Participatiewet', '35'), basis('Jeugdwet', '2.3'), basis('Awb', '4:84')],
      bottlenecks: [bottleneck('income')],
    },
  },
  {
    key: 'P3',
    status: 'closed',
    // 00:30 on 1 April in Amsterdam (summer time): April, not March.
    createdAt: '2026-03-31T22:30:00Z',
    document: {
      domains: ['debts', 'health'],
      scenarios: { threatened: { lines: [once('participatiewet', 0)] }, plan: { lines: [once('maatwerkbudget', 9_999)] } },
      legalBases: [basis('Participatiewet', '35'), basis('Jeugdwet', '2.3'), basis('Participatiewet', '18'), basis('Wmo 2015', '2.3.5')],
    },
  },
  {
    key: 'P4',
    status: 'draft',
    createdAt: '2026-01-20T09:00:00Z',
    document: {
      lifeSatisfaction: 1,
      domains: ['youth'],
      scenarios: { threatened: { lines: [once('wlz', 1_000_000)] } },
      legalBases: [basis('Zzz', '1')],
      bottlenecks: [bottleneck('youth')],
    },
  },
];

async function dashboard(session: Session, query = '') {
  const response = await t.as(session, 'GET', `/api/v1/dashboard${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  users = await addTenant(t, TENANT);
  let n = 0;
  for (const plan of PLANS) {
    n += 1;
    const document = { caseNumber: `DASH-${n}`, clientNumber: `CL-DASH-${n}`, ...plan.document } as PlanDocumentInput;
    const response = await t.as(users.maatwerker, 'POST', '/api/v1/plans', document);
    expect(response.statusCode, response.body).toBe(201);
    ids[plan.key] = response.json().id;
    await t.ctx.db
      .update(plans)
      // Approved 1 April 2025 (Amsterdam): the 6-month window opens 17 Sept 2025, the 12-month one 18 March 2026.
      .set({ status: plan.status, createdAt: new Date(plan.createdAt), approvedAt: new Date('2025-04-01T08:00:00Z') })
      .where(and(eq(plans.tenantId, TENANT), eq(plans.id, ids[plan.key]!)));
  }
  const measurement = (key: string, moment: string, lifeSatisfaction: number, measuredOn = '2026-05-01') => ({
    tenantId: TENANT,
    id: `${key}-${moment}`,
    planId: ids[key]!,
    moment,
    lifeSatisfaction,
    measuredOn,
    userId: users.maatwerker.user.id,
  });
  await t.ctx.db.insert(planMeasurements).values([
    measurement('P1', '6m', 6),
    measurement('P1', '12m', 8),
    measurement('P2', '6m', 7),
    // One day before its window opens: kept on the plan, left out of the dashboard.
    measurement('P2', '12m', 2, '2026-03-17'),
    // On the first day of its window: counted.
    measurement('P3', '6m', 5, '2025-09-17'),
    measurement('P3', '12m', 9),
    measurement('P4', '12m', 1),
  ]);
  await t.ctx.db.insert(budgetSources).values([
    { tenantId: TENANT, year: 2026, code: 'WMO', name: 'Wmo-begroting', amountCents: 600_000 },
    { tenantId: TENANT, year: 2026, code: 'PW', name: 'Participatiewet', amountCents: 400_000 },
    { tenantId: TENANT, year: 2025, code: 'OUD', name: 'Vorig jaar', amountCents: 99_900 },
  ]);
  const entry = (id: string, kind: string, amountCents: number, year = 2026) => ({ tenantId: TENANT, id, year, planId: ids.P1!, kind, amountCents, date: `${year}-03-01` });
  await t.ctx.db.insert(budgetEntries).values([entry('e1', 'commit', 200_000), entry('e2', 'payment', 50_000), entry('e3', 'commit', 7, 2025)]);
});

describe('GET /api/v1/dashboard', () => {
  it('adds up the executed plans to the cent (CONTRACT.md)', async () => {
    const body = await dashboard(users.beleid);
    expect(body).toMatchObject({
      plans: { count: 3, byStatus: { approved: 1, in_progress: 1, monitoring: 0, closed: 1 } },
      currentCents: 120_000,
      threatenedCents: 600_001,
      expectedThreatenedCents: 560_001,
      planCents: 259_999,
      // 300.000 + 10.001 − 9.999 = 300.002; / 3 = 100.000,67 → 100.001
      returns: { count: 3, totalCents: 300_002, averageCents: 100_001 },
      byFundingStream: [
        { fundingStream: 'wmo', currentCents: 120_000, threatenedCents: 60_001, planCents: 50_000, returnCents: 10_001 },
        { fundingStream: 'jeugdwet', currentCents: 0, threatenedCents: 500_000, planCents: 0, returnCents: 500_000 },
        { fundingStream: 'participatiewet', currentCents: 0, threatenedCents: 0, planCents: 0, returnCents: 0 },
        { fundingStream: 'maatwerkbudget', currentCents: 0, threatenedCents: 0, planCents: 209_999, returnCents: -209_999 },
      ],
      topLegalBases: [
        { regulation: 'Participatiewet', article: '35', count: 3 },
        { regulation: 'Jeugdwet', article: '2.3', count: 2 },
        { regulation: 'Wmo 2015', article: '2.3.5', count: 2 },
        { regulation: 'Awb', article: '4:84', count: 1 },
        { regulation: 'Participatiewet', article: '18', count: 1 },
        ...'12345'.split('').map((article) => ({ regulation: 'Regeling X', article, count: 1 })),
      ],
      domains: [
        { domain: 'debts', count: 3 },
        { domain: 'housing', count: 1 },
        { domain: 'health', count: 1 },
      ],
      budget: { year: 2026, budgetCents: 1_000_000, committedCents: 150_000, paidCents: 50_000 },
      // 6 months: (6 + 7 + 5) / 3; 12 months: (8 + 9) / 2, without P2's early 2.
      satisfaction: { intakeAverage: 4.5, after6mAverage: 6, after12mAverage: 8.5, pairs: 1 },
      bottlenecks: [
        { theme: 'housing', count: 2 },
        { theme: 'income', count: 1 },
      ],
      budgetBySource: [
        { code: 'PW', name: 'Participatiewet', amountCents: 400_000 },
        { code: 'WMO', name: 'Wmo-begroting', amountCents: 600_000 },
      ],
      byPeriod: [
        { month: '2026-01', count: 1, byStatus: { approved: 1, in_progress: 0, monitoring: 0, closed: 0 } },
        { month: '2026-02', count: 1, byStatus: { approved: 0, in_progress: 1, monitoring: 0, closed: 0 } },
        { month: '2026-04', count: 1, byStatus: { approved: 0, in_progress: 0, monitoring: 0, closed: 1 } },
      ],
      budgetByPlan: { count: 2, plannedCents: 209_999, averageCents: 105_000, largestCents: 200_000 },
    });
    expect(body.topLegalBases).toHaveLength(10);
    expect(JSON.stringify(body)).not.toMatch(/DASH-|De regel past niet/);
  });

  it('filters by status, with an average that rounds half away from zero', async () => {
    const body = await dashboard(users.beleid, '?status=approved,in_progress');
    expect(body.plans).toEqual({ count: 2, byStatus: { approved: 1, in_progress: 1 } });
    // (300.000 + 10.001) / 2 = 155.000,5 → 155.001
    expect(body.returns).toEqual({ count: 2, totalCents: 310_001, averageCents: 155_001 });
    const drafts = await dashboard(users.beleid, '?status=draft');
    expect(drafts).toMatchObject({ plans: { count: 1 }, threatenedCents: 1_000_000, topLegalBases: [{ regulation: 'Zzz', article: '1', count: 1 }] });
    expect(drafts.satisfaction).toEqual({ intakeAverage: 1, after6mAverage: null, after12mAverage: 1, pairs: 1 });
  });

  it('filters by the Amsterdam day of creation, `to` inclusive, and takes the budget of the year of `to`', async () => {
    const march = await dashboard(users.beleid, '?from=2026-02-01&to=2026-03-31');
    expect(march.plans.count).toBe(1);
    expect(march.returns.totalCents).toBe(10_001);
    const april = await dashboard(users.beleid, '?from=2026-04-01&to=2026-04-01');
    expect(april.plans.count).toBe(1);
    expect(april.returns.totalCents).toBe(-9_999);
    const lastYear = await dashboard(users.beleid, '?to=2025-12-31');
    expect(lastYear.plans.count).toBe(0);
    expect(lastYear.returns).toEqual({ count: 0, totalCents: 0, averageCents: 0 });
    expect(lastYear.satisfaction).toEqual({ intakeAverage: null, after6mAverage: null, after12mAverage: null, pairs: 0 });
    expect(lastYear.budget).toEqual({ year: 2025, budgetCents: 99_900, committedCents: 7, paidCents: 0 });
  });

  it('refuses an unknown status or a bad date with 422 and the path', async () => {
    for (const [query, path] of [
      ['?status=open', 'status'],
      ['?from=2026-13-01', 'from'],
      ['?to=morgen', 'to'],
      ['?from=2026-05-01&to=2026-04-01', 'to'],
    ] as const) {
      const response = await t.as(users.beleid, 'GET', `/api/v1/dashboard${query}`);
      expect(response.statusCode).toBe(422);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([path]);
    }
  });

  it('is for dashboard roles only and shows each municipality only its own plans', async () => {
    expect((await t.as(users.consulent, 'GET', '/api/v1/dashboard')).statusCode).toBe(403);
    expect((await t.as(null, 'GET', '/api/v1/dashboard')).statusCode).toBe(401);
    const other = await t.login('maatwerker@proefwijk.example');
    const theirs = await dashboard(other, '?status=approved,in_progress,closed,draft&from=2026-01-01&to=2026-06-30');
    expect(theirs.topLegalBases.map((b: { regulation: string }) => b.regulation)).not.toContain('Regeling X');
    const mine = await dashboard(users.maatwerker, '?status=draft,approved,in_progress,closed');
    expect(mine.plans.count).toBe(4);
  });
});

describe('denormalised KBA', () => {
  it('follows every save of the document and is derived for older rows', async () => {
    const plan = (await t.as(users.maatwerker, 'GET', `/api/v1/plans/${ids.P4}`)).json();
    const saved = await t.as(users.maatwerker, 'PUT', `/api/v1/plans/${ids.P4}`, {
      ...plan,
      scenarios: { threatened: { lines: [once('wlz', 1_000_000)] }, plan: { lines: [once('zvw', 123_456)] } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const [row] = await t.ctx.db.select().from(plans).where(and(eq(plans.tenantId, TENANT), eq(plans.id, ids.P4!)));
    expect(row).toMatchObject({ kbaThreatenedCents: 1_000_000, kbaPlanCents: 123_456, kbaReturnCents: 876_544, kbaMaatwerkbudgetCents: 0 });
    const streams = await t.ctx.db.select().from(planKbaStreams).where(and(eq(planKbaStreams.tenantId, TENANT), eq(planKbaStreams.planId, ids.P4!)));
    expect(streams.map((s) => [s.fundingStream, s.returnCents]).sort()).toEqual([
      ['wlz', 1_000_000],
      ['zvw', -123_456],
    ]);

    await t.ctx.db.update(plans).set({ kbaPlanCents: null }).where(and(eq(plans.tenantId, TENANT), eq(plans.id, ids.P4!)));
    await t.ctx.db.delete(planKbaStreams).where(and(eq(planKbaStreams.tenantId, TENANT), eq(planKbaStreams.planId, ids.P4!)));
    expect(await backfillPlanKba(t.ctx.db)).toBe(1);
    expect(await backfillPlanKba(t.ctx.db)).toBe(0);
    const drafts = await dashboard(users.beleid, '?status=draft');
    expect(drafts).toMatchObject({ planCents: 123_456, returns: { totalCents: 876_544 } });
  });
});

describe('exports', () => {
  async function exportEvents() {
    return t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.tenantId, TENANT), eq(auditEvents.action, 'dashboard.export')));
  }

  it('gives a CSV with BOM, semicolons and Dutch headers, never cached, and audits the export', async () => {
    const before = (await exportEvents()).length;
    const response = await t.as(users.beleid, 'GET', '/api/v1/dashboard.csv?from=2026-01-01');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="dashboard-dashtest-2026-06-15\.csv"; filename\*=UTF-8''dashboard-dashtest-2026-06-15\.csv$/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.startsWith('\uFEFFKerncijfers\r\nOnderwerp;Waarde\r\n')).toBe(true);
    expect(response.body).toContain('Rendement totaal (€);3000,02\r\n');
    expect(response.body).toContain('Rendement gemiddeld per plan (€);1000,01\r\n');
    expect(response.body).toContain('Participatiewet;35;3\r\n');
    expect(response.body).not.toContain('DASH-');
    expect((await t.as(users.beleid, 'GET', '/api/v1/dashboard.csv?status=nee')).statusCode).toBe(422);
    const events = await exportEvents();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      actorId: users.beleid.user.id,
      entityType: 'dashboard',
      entityId: 'csv',
      detail: { from: '2026-01-01', to: null, statuses: ['approved', 'in_progress', 'monitoring', 'closed'] },
    });
  });

  it('gives a real XLSX workbook, one sheet per table, holding the numbers (read back by an independent reader)', async () => {
    const before = (await exportEvents()).length;
    const response = await t.as(users.beleid, 'GET', '/api/v1/dashboard.xlsx?status=approved,in_progress,closed');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="dashboard-dashtest-2026-06-15\.xlsx"/);
    expect(response.headers['cache-control']).toBe('no-store');
    const sheets = await readXlsxFile(response.rawPayload);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      'Kerncijfers',
      'Status',
      'Per periode',
      'Per geldstroom',
      'Wettelijke grondslagen',
      'Leefgebieden',
      'Maatwerkbudget',
      'Levenstevredenheid',
      'Knelpunten per thema',
    ]);
    const sheet = (name: string) => sheets.find((s) => s.sheet === name)!.data;
    expect(sheet('Kerncijfers')[0]).toEqual(['Onderwerp', 'Waarde']);
    expect(sheet('Kerncijfers')).toContainEqual(['Aantal plannen', 3]);
    expect(sheet('Kerncijfers')[9]).toEqual(['Rendement totaal (€)', 3000.02]);
    expect(sheet('Kerncijfers')[10]).toEqual(['Rendement gemiddeld per plan (€)', 1000.01]);
    expect(sheet('Status')).toEqual([
      ['Status', 'Aantal plannen'],
      ['Goedgekeurd', 1],
      ['In uitvoering', 1],
      ['Afgesloten', 1],
    ]);
    expect(sheet('Per geldstroom')[4]).toEqual(['Maatwerkbudget', 0, 0, 2099.99, -2099.99]);
    expect(sheet('Wettelijke grondslagen')[1]).toEqual(['Participatiewet', '35', 3]);
    expect(sheet('Levenstevredenheid')).toContainEqual(['Plannen met intake- en 12-maandenscore', 1]);
    expect(JSON.stringify(sheets)).not.toContain('DASH-');
    expect(response.rawPayload.includes(Buffer.from('DASH-'))).toBe(false);
    expect((await t.as(users.consulent, 'GET', '/api/v1/dashboard.xlsx')).statusCode).toBe(403);
    const events = await exportEvents();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ entityId: 'xlsx', detail: { statuses: ['approved', 'in_progress', 'closed'] } });
  });
});
