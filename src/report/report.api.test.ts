import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.schema.js';
import { budgetEntries, budgetSources } from '../budget/budget.schema.js';
import { extractText, pageCount } from '../pdf/test/pdf-inspect.js';
import { planMeasurements } from '../followup/followup.schema.js';
import { inspirationSolutions } from '../inspiration/inspiration.schema.js';
import { patternPlans, patterns } from '../patterns/patterns.schema.js';
import type { PlanDocumentInput } from '../plans/domain/plan-document.js';
import type { FundingStream } from '../plans/domain/vocabulary.js';
import { plans } from '../plans/plans.schema.js';
import { buildPlanDocument } from '../plans/test/factories.js';
import { formatEuro } from '../shared/money.js';
import { createTestApp, type Session } from '../test/app.js';

// Fixed "today" so the default period and "opgesteld op" are known.
const t = await createTestApp({ now: () => new Date('2026-06-15T10:00:00Z') });
const MARKER = 'ZQXGEHEIM';
const PERIOD = 'from=2019-01-01&to=2019-12-31';

let maatwerker: Session;
let beleid: Session;
const returns: number[] = [];

function markedPlan(n: number, overrides: Partial<PlanDocumentInput>): PlanDocumentInput {
  return buildPlanDocument({
    caseNumber: `${MARKER}-casus-${n}`,
    clientNumber: `${MARKER}-client-${n}`,
    situation: `${MARKER} situatie van het huishouden ${n}`,
    perspective: `${MARKER} perspectief`,
    breakthrough: `${MARKER} doorbraak`,
    selfActions: [{ description: `${MARKER} zelf`, owner: `${MARKER} moeder` }],
    bottlenecks: [{ description: `${MARKER} knelpunt`, rule: `${MARKER} regel`, level: 'local', theme: n % 2 ? 'housing' : 'debts' }],
    ...overrides,
  });
}

const line = (fundingStream: FundingStream, unitPriceCents: number) => ({
  lines: [{ description: 'regel', fundingStream, unitPriceCents, quantity: 1, frequency: 'once' as const }],
});

/** Four plans in 2019 that count (approved, in progress, monitoring, closed) and two that do not. */
const SET: { status: string; doc: Partial<PlanDocumentInput> }[] = [
  { status: 'approved', doc: { lifeSatisfaction: 4 } },
  { status: 'in_progress', doc: { lifeSatisfaction: 3, scenarios: { threatened: { probability: 0.5, ...line('jeugdwet', 3_333_333) }, plan: line('wmo', 1_000_001) } } },
  { status: 'monitoring', doc: { lifeSatisfaction: 5, scenarios: { threatened: line('wmo', 777_777), plan: line('maatwerkbudget', 250_001) } } },
  { status: 'closed', doc: { lifeSatisfaction: null, scenarios: { threatened: line('zvw', 12_345_678), plan: line('zvw', 45_679) } } },
  { status: 'draft', doc: { scenarios: { threatened: line('zvw', 99_999_999) } } },
  { status: 'rejected', doc: { scenarios: { threatened: line('zvw', 88_888_888) } } },
];

beforeAll(async () => {
  maatwerker = await t.login('maatwerker@demodam.example');
  beleid = await t.login('beleid@demodam.example');
  const ids: string[] = [];
  for (const [index, item] of SET.entries()) {
    const response = await t.as(maatwerker, 'POST', '/api/v1/plans', markedPlan(index + 1, item.doc));
    expect(response.statusCode, response.body).toBe(201);
    const plan = response.json();
    ids.push(plan.id);
    if (index < 4) returns.push(plan.kba.returnCents);
    await t.ctx.db
      .update(plans)
      // Approved 1 Nov 2018: the measurements of 1 Dec 2019 are on time for 6 and 12 months (the dashboard counts only those).
      .set({ status: item.status, createdAt: new Date(`2019-0${index + 2}-10T10:00:00Z`), approvedAt: new Date('2018-11-01T10:00:00Z') })
      .where(and(eq(plans.tenantId, 'demo'), eq(plans.id, plan.id)));
  }
  const measurement = (planId: string, moment: string, score: number) => ({
    tenantId: 'demo',
    id: `${planId}-${moment}`,
    planId,
    moment,
    lifeSatisfaction: score,
    measuredOn: '2019-12-01',
    userId: maatwerker.user.id,
  });
  await t.ctx.db.insert(planMeasurements).values([measurement(ids[1]!, '6m', 7), measurement(ids[1]!, '12m', 8), measurement(ids[2]!, '12m', 6)]);
  await t.ctx.db.insert(budgetSources).values({ tenantId: 'demo', year: 2019, code: 'MW', name: 'Maatwerk', amountCents: 10_000_000 });
  const entry = (id: string, planId: string, kind: string, amountCents: number) => ({ tenantId: 'demo', id, year: 2019, planId, kind, amountCents, date: '2019-06-01' });
  await t.ctx.db.insert(budgetEntries).values([entry('r-1', ids[1]!, 'commit', 1_500_000), entry('r-2', ids[1]!, 'payment', 400_000), entry('r-3', ids[2]!, 'commit', 250_001)]);
  await t.ctx.db.insert(patterns).values({ tenantId: 'demo', id: 'rp-1', title: 'Damocles sluit uit van sociale huur', level: 'regional', theme: 'housing', phase: 'diagnosis', createdBy: beleid.user.id });
  await t.ctx.db.insert(patternPlans).values([ids[0]!, ids[1]!].map((planId) => ({ tenantId: 'demo', patternId: 'rp-1', planId })));
  const story = (tenantId: string, id: string, status: string, title: string) => ({
    tenantId,
    id,
    region: 'Regio Demoland',
    planId: tenantId === 'demo' ? ids[0]! : null,
    title,
    situation: 'Een moeder en haar dochter dreigden dakloos te raken.',
    breakthrough: 'Een plek in een moeder-kindhuis buiten de regio.',
    kba: { currentCents: 0, threatenedCents: 0, planCents: 0, returnCents: 2_700_000, maatwerkbudgetCents: 0 },
    status,
    submittedAt: new Date('2019-07-01T10:00:00Z'),
    reviewedAt: status === 'published' ? new Date('2019-07-02T10:00:00Z') : null,
  });
  await t.ctx.db.insert(inspirationSolutions).values([
    story('demo', 'rs-1', 'published', 'Moeder-kindhuis als doorbraak'),
    story('demo', 'rs-2', 'pending', 'Verhaal nog niet goedgekeurd'),
    story('demo', 'rs-3', 'rejected', 'Verhaal afgewezen'),
    story('demo2', 'rs-4', 'published', 'Verhaal van Proefwijk'),
  ]);
});

function expected() {
  const total = returns.reduce((a, b) => a + b, 0);
  return { total: formatEuro(total), average: formatEuro(Math.round(total / 4)) };
}

describe('GET /api/v1/report', () => {
  it('gives beleid the figures of the period to the cent', async () => {
    const response = await t.as(beleid, 'GET', `/api/v1/report?${PERIOD}`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.title).toBe('Raadsrapportage maatwerk Gemeente Demodam, 2019');
    expect(report.madeOn).toBe('15 juni 2026');
    const figure = (key: string) => report.kerncijfers.figures.find((f: { key: string }) => f.key === key);
    expect(figure('plans')).toMatchObject({ raw: 4, value: '4' });
    expect(figure('executed')).toMatchObject({ raw: 3, value: '3' });
    expect(figure('returnTotal').value).toBe(expected().total);
    expect(figure('returnAverage').value).toBe(expected().average);
    expect(figure('budget').value).toBe('€ 100.000,00');
    expect(figure('budgetUsed')).toMatchObject({ raw: 1_750_001, value: '€ 17.500,01' });
    expect(report.kerncijfers.satisfaction.map((s: { average: string }) => s.average)).toEqual(['4,0', '7,0', '7,0']);
    expect(report.kerncijfers.satisfactionPairs).toBe(2);
    expect(report.knelpunten.themes).toEqual([
      { theme: 'housing', label: 'Wonen', count: 2 },
      { theme: 'debts', label: 'Schulden en financiën', count: 2 },
    ]);
    expect(report.knelpunten.patterns).toContainEqual({ title: 'Damocles sluit uit van sociale huur', level: 'regionaal', theme: 'Wonen', phase: 'Diagnose', planCount: 2 });
  });

  it('tells only stories that were published, of the own municipality', async () => {
    const titles = (await t.as(beleid, 'GET', `/api/v1/report?${PERIOD}`)).json().oplossingen.map((s: { title: string }) => s.title);
    expect(titles).toContain('Moeder-kindhuis als doorbraak');
    expect(titles).not.toContain('Verhaal nog niet goedgekeurd');
    expect(titles).not.toContain('Verhaal afgewezen');
    expect(titles).not.toContain('Verhaal van Proefwijk');
    const earlier = (await t.as(beleid, 'GET', '/api/v1/report?from=2019-01-01&to=2019-06-30')).json();
    expect(earlier.oplossingen.map((s: { title: string }) => s.title)).not.toContain('Moeder-kindhuis als doorbraak');
  });

  it('defaults to this calendar year and audits the period only', async () => {
    const response = await t.as(beleid, 'GET', '/api/v1/report');
    expect(response.json().period).toEqual({ from: '2026-01-01', to: '2026-12-31', label: '2026' });
    const events = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.tenantId, 'demo'), eq(auditEvents.action, 'report.export')));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(Object.keys(event.detail).sort()).toEqual(['from', 'to']);
  });

  it('refuses bad dates and a period that ends before it starts, naming the field', async () => {
    const bad = await t.as(beleid, 'GET', '/api/v1/report?from=2019-13-01');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['from']);
    const reversed = await t.as(beleid, 'GET', '/api/v1/report.pdf?from=2019-12-31&to=2019-01-01');
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().errors).toEqual([{ path: 'to', message: 'De einddatum ligt voor de begindatum.' }]);
  });

  it('is for dashboard readers: consulent 403, anonymous 401, another municipality sees only its own', async () => {
    const consulent = await t.login('consulent@demodam.example');
    for (const url of ['/api/v1/report', '/api/v1/report.html', '/api/v1/report.pdf']) {
      expect((await t.as(consulent, 'GET', url)).statusCode, url).toBe(403);
      expect((await t.as(null, 'GET', url)).statusCode, url).toBe(401);
    }
    const other = await t.login('maatwerker@proefwijk.example');
    const report = (await t.as(other, 'GET', `/api/v1/report?${PERIOD}`)).json();
    expect(report.municipality).toBe('Gemeente Proefwijk');
    expect(report.kerncijfers.figures[0].raw).toBe(0);
    expect(report.oplossingen.map((s: { title: string }) => s.title)).toEqual(['Verhaal van Proefwijk']);
  });
});

describe('report as HTML and PDF', () => {
  it('serves a standalone HTML page with the same figures and a CSP that allows only its own style', async () => {
    const response = await t.as(beleid, 'GET', `/api/v1/report.html?${PERIOD}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toMatch(/^inline; filename="raadsrapportage-2019-01-01-2019-12-31\.html"/);
    expect(response.body).toContain('<html lang="nl">');
    expect(response.body).toContain(expected().total);
    expect(response.body).toContain(expected().average);
    expect(response.body).toContain('€ 17.500,01');
    expect(response.body).toContain('Moeder-kindhuis als doorbraak');
  });

  it('renders an A4 PDF with the same figures', async () => {
    const response = await t.as(beleid, 'GET', `/api/v1/report.pdf?${PERIOD}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="raadsrapportage-2019-01-01-2019-12-31\.pdf"/);
    const [event] = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, 'demo'), eq(auditEvents.action, 'report.export'), eq(auditEvents.entityId, 'pdf'), eq(auditEvents.requestId, response.headers['x-request-id'] as string)));
    expect(event?.detail).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
    const text = extractText(pdf);
    expect(text).toContain('Raadsrapportage maatwerk');
    expect(text).toContain(expected().total);
    expect(text).toContain(expected().average);
    expect(text).toContain('€ 17.500,01');
    expect(text).toContain('Moeder-kindhuis als doorbraak');
    expect(text).toMatch(/pagina 1 van \d/);
  });

  it('never contains a case text, case number or client number', async () => {
    const json = (await t.as(beleid, 'GET', `/api/v1/report?${PERIOD}`)).body;
    const html = (await t.as(beleid, 'GET', `/api/v1/report.html?${PERIOD}`)).body;
    const pdf = extractText((await t.as(beleid, 'GET', `/api/v1/report.pdf?${PERIOD}`)).rawPayload);
    for (const [name, body] of [['json', json], ['html', html], ['pdf', pdf]] as const) expect(body, name).not.toContain(MARKER);
    const [row] = await t.ctx.db.select({ document: plans.document }).from(plans).where(eq(plans.caseNumber, `${MARKER}-casus-1`));
    expect(row!.document.situation).toContain(MARKER);
  });
});
