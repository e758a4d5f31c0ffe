import { beforeAll, describe, expect, it } from 'vitest';
import { declarationLines, services } from '../services/services.schema.js';
import { serviceCost } from '../services/domain/cost.js';
import { importAndWait } from '../imports/test/fixtures.js';
import { createTestApp, type Session } from '../test/app.js';
import { createUser } from '../users/users.service.js';
import { rebuildDerived } from './derived.queries.js';

// The clock stands on 15 July 2026 (Amsterdam), so "today", the cost so far and the signals are fixed.
const t = await createTestApp({ now: () => new Date('2026-07-15T10:00:00Z') });
let analist: Session;
let budget: Session;
let beleid: Session;
let maatwerker: Session;
let other: Session;

// BSN test fixture: 111222333 passes the 11-proef (a well-known test number); it becomes a key.
const BSN = '111222333';
const SERVICES = [
  'serviceId,bsn,clientNumber,pillar,productCategory,productCode,productName,provider,startDate,endDate,volume,unit,frequency,unitPriceCents,amountCents',
  `S1,${BSN},,wmo,02,02A01,Begeleiding individueel,12345678,2026-01-01,2026-12-31,3,04,2,6000,`,
  'S2,,C-2,jeugd,45,45A03,Jeugdhulp ambulant,87654321,2026-02-01,,10,04,4,,',
  'S4,,C-3,wmo,01,01A01,Huishoudelijke hulp,12345678,2025-01-01,,2,04,2,3500,',
  'S5,,C-2,participatie,PW,BUIG,Bijstand,,2026-01-01,,1200,83,4,,',
  'S6,,C-1,wmo,02,02X99,Begeleiding groep,12345678,2026-03-01,2026-08-31,4,04,2,,',
].join('\n');
const TARIFFS = 'provider,productCategory,productCode,unit,unitPriceCents,validFrom,validTo\n,45,45A03,04,8000,2020-01-01,\n';
const BUDGETS = [
  'year,budgetLine,name,pillar,productCategory,amountCents',
  '2026,WMO-02,Begeleiding,wmo,02,1000000',
  '2026,WMO,Wmo overig,wmo,,500000',
  '2026,JW,Jeugdhulp,jeugd,,800000',
].join('\n');
const REALISATIONS = 'serviceId,periodStart,periodEnd,amountCents\nS5,2026-01-01,2026-01-31,120000\nS5,2026-02-01,2026-02-28,120000\nS5,2026-07-01,2026-07-31,120000\n';

const S1 = { startDate: '2026-01-01', endDate: '2026-12-31', unit: '04', frequency: '2', volume: 3, unitPriceCents: 6000 };
const S2 = { startDate: '2026-02-01', endDate: null, unit: '04', frequency: '4', volume: 10, unitPriceCents: 8000 };
const S4 = { startDate: '2025-01-01', endDate: null, unit: '04', frequency: '2', volume: 2, unitPriceCents: 3500 };
const S5 = { startDate: '2026-01-01', endDate: null, unit: '83', frequency: '4', volume: 1200, unitPriceCents: null };
const S6 = { startDate: '2026-03-01', endDate: '2026-08-31', unit: '04', frequency: '2', volume: 4, unitPriceCents: null };

type Line = { number: string; service: string | null; provider: string; pillar: string; category: string; from: string; to: string; volume: number; price: number; declaredOn: string };
const LINES: Line[] = [
  // S1: 3 hours a week; January to May declared on time, June 20 hours (more than assigned: 3·30/7 ≈ 12.9).
  ...['01', '02', '03', '04', '05'].map((m) => ({ number: `D-${m}`, service: 'S1', provider: '12345678', pillar: 'wmo', category: '02', from: `2026-${m}-01`, to: monthEnd(`2026-${m}`), volume: 12, price: 6000, declaredOn: `2026-${String(Number(m) + 1).padStart(2, '0')}-10` })),
  { number: 'D-06', service: 'S1', provider: '12345678', pillar: 'wmo', category: '02', from: '2026-06-01', to: '2026-06-30', volume: 20, price: 6000, declaredOn: '2026-07-08' },
  // Before S1 started: outside its period.
  { number: 'D-OLD', service: 'S1', provider: '12345678', pillar: 'wmo', category: '02', from: '2025-12-01', to: '2025-12-31', volume: 4, price: 6000, declaredOn: '2026-01-20' },
  // An assignment nobody knows.
  { number: 'D-X', service: 'X999', provider: '87654321', pillar: 'jeugd', category: '45', from: '2026-03-01', to: '2026-03-31', volume: 5, price: 8000, declaredOn: '2026-04-15' },
  // S2 declared for February to April.
  ...['02', '03', '04'].map((m) => ({ number: `J-${m}`, service: 'S2', provider: '87654321', pillar: 'jeugd', category: '45', from: `2026-${m}-01`, to: monthEnd(`2026-${m}`), volume: 9, price: 8000, declaredOn: `2026-${String(Number(m) + 2).padStart(2, '0')}-05` })),
];

function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

beforeAll(async () => {
  await createUser(t.database.db, { tenantId: 'demo2', email: 'analist@proefwijk.example', name: 'Analist Proefwijk', roles: ['analist'], password: 'proefwijk-geheim-1' });
  analist = await t.login('analist@demodam.example');
  budget = await t.login('budget@demodam.example');
  beleid = await t.login('beleid@demodam.example');
  maatwerker = await t.login('maatwerker@demodam.example');
  other = await t.login('analist@proefwijk.example', 'proefwijk-geheim-1');
  for (const [kind, body] of [['services', SERVICES], ['tariffs', TARIFFS], ['budgets', BUDGETS], ['realisations', REALISATIONS]] as const) {
    const job = await importAndWait(t, analist, body, 'csv', `?kind=${kind}`);
    expect(job.files[0]!.status, JSON.stringify(job.files[0]!.errors)).toBe('imported');
  }
  const [s1] = await t.database.db.select({ clientKey: services.clientKey }).from(services).where(eqService('S1'));
  const [s2] = await t.database.db.select({ clientKey: services.clientKey }).from(services).where(eqService('S2'));
  await t.database.db.insert(declarationLines).values(
    LINES.map((line) => ({
      tenantId: 'demo',
      declarationNumber: line.number,
      productReference: '1',
      serviceId: line.service,
      clientKey: line.service === 'S2' || line.service === 'X999' ? s2!.clientKey : s1!.clientKey,
      provider: line.provider,
      pillar: line.pillar,
      productCategory: line.category,
      productCode: null,
      periodStart: line.from,
      periodEnd: line.to,
      volume: line.volume,
      unit: '04',
      unitPriceCents: line.price,
      amountCents: line.volume * line.price,
      declaredOn: line.declaredOn,
    })),
  );
  // A 301 assignment of 1 May without a 305: after 30 days, a no-start.
  await t.database.db.insert(services).values({
    tenantId: 'demo', serviceId: '7001', clientKey: s1!.clientKey, pillar: 'wmo', productCategory: '02', productCode: '02A01', productName: null, provider: '12345678',
    assignedOn: '2026-05-01', assignmentStart: '2026-05-01', assignmentEnd: '2026-05-31', volume: 1, unit: '04', frequency: '2', unitPriceCents: 6000, amountCents: null,
    startDate: '2026-05-01', endDate: '2026-05-31', messageDate: '2026-05-01', source: 'wmo301',
  });
  // Rows written here, not through an import: derive what grip derives, as an import does at its end.
  await rebuildDerived(t.database.db, 'demo');
});

import { and, eq } from 'drizzle-orm';
function eqService(id: string) {
  return and(eq(services.tenantId, 'demo'), eq(services.serviceId, id));
}

const NO_START = { startDate: '2026-05-01', endDate: '2026-05-31', unit: '04', frequency: '2', volume: 1, unitPriceCents: 6000 };
const declared = (filter: (line: Line) => boolean) => LINES.filter(filter).reduce((sum, line) => sum + line.volume * line.price, 0);
const inYearUpTo = (date: string) => (line: Line) => line.from >= '2026-01-01' && line.to <= date;

type Figures = { budgetCents: number; realisedCents: number; lateClaimsCents: number; openCommitmentsCents: number; newInflowCents: number; forecastCents: number; varianceCents: number; scenarios: { positive: number; neutral: number; negative: number }; openEndedServices: number };
type BudgetLine = Figures & { budgetLine: string; name: string; pillar: string; productCategory: string };

function expectIdentities(figures: Figures) {
  expect(figures.forecastCents).toBe(figures.realisedCents + figures.lateClaimsCents + figures.openCommitmentsCents + figures.newInflowCents);
  expect(figures.scenarios.neutral).toBe(figures.forecastCents);
  expect(figures.varianceCents).toBe(figures.forecastCents - figures.budgetCents);
  expect(figures.scenarios.positive).toBeLessThanOrEqual(figures.forecastCents);
  expect(figures.scenarios.negative).toBeGreaterThanOrEqual(figures.forecastCents);
  for (const value of [figures.lateClaimsCents, figures.openCommitmentsCents, figures.newInflowCents]) expect(value).toBeGreaterThanOrEqual(0);
}

describe('GET /api/v1/grip/budget', () => {
  it('puts every service on its most specific budget line, else on <pillar>:onbegroot, with the contract figures', async () => {
    const response = await t.as(budget, 'GET', '/api/v1/grip/budget?year=2026&date=2026-06-30');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { year: number; date: string; lines: BudgetLine[]; totals: Figures };
    expect(body).toMatchObject({ year: 2026, date: '2026-06-30' });
    const byLine = new Map(body.lines.map((line) => [line.budgetLine, line]));
    expect([...byLine.keys()]).toEqual(['WMO-02', 'WMO', 'JW', 'participatie:onbegroot']);
    expect(byLine.get('participatie:onbegroot')).toMatchObject({ name: 'Niet begroot', budgetCents: 0, pillar: 'participatie' });

    const wmo02 = byLine.get('WMO-02')!;
    expect(wmo02.budgetCents).toBe(1_000_000);
    expect(wmo02.realisedCents).toBe(declared((line) => line.service === 'S1' && inYearUpTo('2026-06-30')(line)));
    // S6 has no price nor tariff: it costs 0 (and is a missing-tariff signal).
    expect(wmo02.openCommitmentsCents).toBe(serviceCost(S1, '2026-07-01', '2026-12-31'));
    expect(byLine.get('WMO')!.openCommitmentsCents).toBe(serviceCost(S4, '2026-07-01', '2026-12-31'));
    expect(byLine.get('JW')!.openCommitmentsCents).toBe(serviceCost(S2, '2026-07-01', '2026-12-31'));
    expect(byLine.get('JW')!.realisedCents).toBe(declared((line) => line.pillar === 'jeugd' && inYearUpTo('2026-06-30')(line)));
    // Realisations count for periods up to the date (July is after it).
    expect(byLine.get('participatie:onbegroot')!.realisedCents).toBe(240_000);
    expect(byLine.get('participatie:onbegroot')!.openCommitmentsCents).toBe(serviceCost(S5, '2026-07-01', '2026-12-31'));
    expect(byLine.get('WMO')!.openEndedServices).toBe(1);
    expect(byLine.get('JW')!.openEndedServices).toBe(1);

    for (const line of body.lines) expectIdentities(line);
    expectIdentities(body.totals);
    for (const key of ['budgetCents', 'realisedCents', 'lateClaimsCents', 'openCommitmentsCents', 'newInflowCents', 'forecastCents', 'varianceCents'] as const) {
      expect(body.totals[key]).toBe(body.lines.reduce((sum, line) => sum + line[key], 0));
    }
  });

  it('expects late claims for the months that have not fully arrived, and none for a pillar paid by realisations', async () => {
    const body = (await t.as(analist, 'GET', '/api/v1/grip/budget?year=2026&date=2026-06-30')).json() as { lines: BudgetLine[] };
    const byLine = new Map(body.lines.map((line) => [line.budgetLine, line]));
    // Youth care declared February to April two months late; May and June are still to come.
    expect(byLine.get('JW')!.lateClaimsCents).toBeGreaterThan(0);
    expect(byLine.get('participatie:onbegroot')!.lateClaimsCents).toBe(0);
  });

  it('defaults to today and counts open commitments from tomorrow', async () => {
    const body = (await t.as(analist, 'GET', '/api/v1/grip/budget')).json() as { year: number; date: string; lines: BudgetLine[] };
    expect(body).toMatchObject({ year: 2026, date: '2026-07-15' });
    expect(body.lines.find((line) => line.budgetLine === 'WMO-02')!.openCommitmentsCents).toBe(serviceCost(S1, '2026-07-16', '2026-12-31') + serviceCost(S6, '2026-07-16', '2026-12-31'));
  });

  it('refuses an unknown year, a date outside the year and other roles', async () => {
    const unknown = await t.as(budget, 'GET', '/api/v1/grip/budget?year=2012');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('year');
    expect((await t.as(budget, 'GET', '/api/v1/grip/budget?year=2026&date=2025-12-31')).json().errors[0].path).toBe('date');
    expect((await t.as(budget, 'GET', '/api/v1/grip/budget?year=20x6')).statusCode).toBe(422);
    expect((await t.as(maatwerker, 'GET', '/api/v1/grip/budget')).statusCode).toBe(403);
  });

  it('never counts another municipality', async () => {
    const body = (await t.as(other, 'GET', '/api/v1/grip/budget?year=2026')).json() as { lines: BudgetLine[]; totals: Figures };
    expect(body.lines).toEqual([]);
    expect(body.totals.forecastCents).toBe(0);
  });

  it('gives the cumulative months of a line, ending at its forecast', async () => {
    const all = (await t.as(beleid, 'GET', '/api/v1/grip/budget?year=2026&date=2026-06-30')).json() as { lines: BudgetLine[] };
    const response = await t.as(beleid, 'GET', '/api/v1/grip/budget/months?year=2026&date=2026-06-30&budgetLine=WMO-02');
    expect(response.statusCode, response.body).toBe(200);
    const { months } = response.json() as { months: { month: string; budgetCents: number; realisedCents: number; forecast: { neutral: number } }[] };
    expect(months).toHaveLength(12);
    expect(months[11]!.budgetCents).toBe(1_000_000);
    const line = all.lines.find((l) => l.budgetLine === 'WMO-02')!;
    expect(months[5]!.realisedCents).toBe(line.realisedCents);
    expect(Math.abs(months[11]!.forecast.neutral - line.forecastCents)).toBeLessThanOrEqual(12);
    expect((await t.as(beleid, 'GET', '/api/v1/grip/budget/months?year=2026&budgetLine=NOPE')).statusCode).toBe(404);
  });
});

describe('growth assumptions', () => {
  it('start at the defaults, are edited by the budget holder only, and move the scenarios', async () => {
    const defaults = (await t.as(analist, 'GET', '/api/v1/grip/assumptions')).json();
    expect(defaults.pillars.find((row: { pillar: string }) => row.pillar === 'jeugd')).toEqual({ pillar: 'jeugd', positivePercent: -5, negativePercent: 5 });
    expect((await t.as(analist, 'PUT', '/api/v1/grip/assumptions', { pillars: [{ pillar: 'wmo', positivePercent: -1, negativePercent: 10 }] })).statusCode).toBe(403);
    const bad = await t.as(budget, 'PUT', '/api/v1/grip/assumptions', { pillars: [{ pillar: 'wmo', positivePercent: -1.234, negativePercent: 500 }] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['pillars.0.negativePercent', 'pillars.0.positivePercent']);
    const twice = await t.as(budget, 'PUT', '/api/v1/grip/assumptions', { pillars: [{ pillar: 'wmo', positivePercent: -1, negativePercent: 1 }, { pillar: 'wmo', positivePercent: -2, negativePercent: 2 }] });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().errors[0].path).toBe('pillars.1.pillar');
    const saved = await t.as(budget, 'PUT', '/api/v1/grip/assumptions', { pillars: [{ pillar: 'wmo', positivePercent: -1, negativePercent: 10 }] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().pillars.find((row: { pillar: string }) => row.pillar === 'wmo')).toEqual({ pillar: 'wmo', positivePercent: -1, negativePercent: 10 });
    const body = (await t.as(budget, 'GET', '/api/v1/grip/budget?year=2026&date=2026-06-30')).json() as { lines: BudgetLine[] };
    const line = body.lines.find((l) => l.budgetLine === 'WMO-02')!;
    const open = line.lateClaimsCents + line.openCommitmentsCents + line.newInflowCents;
    expect(line.scenarios.negative).toBe(line.realisedCents + Math.round(open * 1.1));
    expect(line.scenarios.positive).toBe(line.realisedCents + Math.round(open * 0.99));
  });
});

describe('GET /api/v1/grip/variance', () => {
  it('splits the difference into volume, price and mix that add up to the cent', async () => {
    const response = await t.as(beleid, 'GET', '/api/v1/grip/variance?pillar=wmo&from=2026-01-01&to=2026-06-30&baseFrom=2025-01-01&baseTo=2025-06-30');
    expect(response.statusCode, response.body).toBe(200);
    const v = response.json();
    expect(v.base).toEqual({ clients: 1, costCents: serviceCost(S4, '2025-01-01', '2025-06-30'), costPerClientCents: serviceCost(S4, '2025-01-01', '2025-06-30') });
    const currentCost = serviceCost(S1, '2026-01-01', '2026-06-30') + serviceCost(S4, '2026-01-01', '2026-06-30') + serviceCost(NO_START, '2026-01-01', '2026-06-30');
    expect(v.current.clients).toBe(3);
    expect(v.current.costCents).toBe(currentCost);
    expect(v.differenceCents).toBe(currentCost - v.base.costCents);
    expect(v.volumeEffectCents + v.priceEffectCents + v.mixEffectCents).toBe(v.differenceCents);
    for (const row of v.byProductCategory) expect(row.volumeEffectCents + row.priceEffectCents).toBe(row.current.costCents - row.base.costCents);
  });

  it('refuses an unknown pillar and a period that ends before it starts', async () => {
    expect((await t.as(beleid, 'GET', '/api/v1/grip/variance?pillar=zorg')).json().errors[0].path).toBe('pillar');
    const reversed = await t.as(beleid, 'GET', '/api/v1/grip/variance?from=2026-06-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().errors[0].path).toBe('from');
  });
});

describe('GET /api/v1/grip/providers', () => {
  it('gives clients, assigned, declared and the realisation rate per AGB code', async () => {
    const { items } = (await t.as(analist, 'GET', '/api/v1/grip/providers?year=2026')).json();
    const wmo = items.find((item: { provider: string }) => item.provider === '12345678');
    const assigned = [S1, S4, S6, NO_START].reduce((sum, s) => sum + serviceCost(s, '2026-01-01', '2026-12-31'), 0);
    const soFar = [S1, S4, S6, NO_START].reduce((sum, s) => sum + serviceCost(s, '2026-01-01', '2026-07-15'), 0);
    const declaredWmo = declared((line) => line.provider === '12345678' && line.from >= '2026-01-01' && line.to <= '2026-12-31');
    expect(wmo).toMatchObject({ clients: 3, assignedCents: assigned, declaredCents: declaredWmo, averageCostPerClientCents: Math.round(assigned / 3) });
    expect(wmo.realisationRate).toBe(Math.round((declaredWmo / soFar) * 1000) / 1000);
    // The unknown assignment's line counts for its provider too.
    const youth = items.find((item: { provider: string }) => item.provider === '87654321');
    expect(youth.declaredCents).toBe(declared((line) => line.provider === '87654321'));
    expect(youth.signals).toBeGreaterThanOrEqual(2);
  });

  it('has a provider page, and another municipality’s provider is 404', async () => {
    const page = await t.as(analist, 'GET', '/api/v1/grip/providers/12345678?year=2026');
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().months).toHaveLength(12);
    expect((await t.as(other, 'GET', '/api/v1/grip/providers/12345678?year=2026')).statusCode).toBe(404);
    expect((await t.as(other, 'GET', '/api/v1/grip/providers?year=2026')).json().items).toEqual([]);
  });
});

describe('GET /api/v1/grip/signals', () => {
  it('finds the six types in the message chain', async () => {
    const response = await t.as(analist, 'GET', '/api/v1/grip/signals');
    expect(response.statusCode, response.body).toBe(200);
    const { items, total } = response.json() as { items: { type: string; provider: string | null; assignmentNumber: string | null; since: string; detail: string }[]; total: number };
    expect(total).toBe(items.length);
    const has = (type: string, assignmentNumber: string | null) => items.some((item) => item.type === type && item.assignmentNumber === assignmentNumber);
    expect(has('no-start', '7001')).toBe(true);
    expect(has('declared-above-assigned', 'S1')).toBe(true);
    expect(items.find((item) => item.type === 'declared-above-assigned')!.since).toBe('2026-06-01');
    expect(has('declared-without-assignment', 'X999')).toBe(true);
    expect(has('declared-outside-period', 'S1')).toBe(true);
    expect(['S2', 'S4', 'S5'].every((id) => has('open-ended', id))).toBe(true);
    expect(has('missing-tariff', 'S6')).toBe(true);
    expect(has('missing-tariff', 'S2')).toBe(false);
    expect(items.every((item) => item.detail.length > 10)).toBe(true);
    const onlyTariff = (await t.as(analist, 'GET', '/api/v1/grip/signals?type=missing-tariff')).json();
    expect(onlyTariff.total).toBe(1);
  });

  it('lets the analist mark one handled with a note and undo it; audited; another municipality gets 404', async () => {
    const { items } = (await t.as(analist, 'GET', '/api/v1/grip/signals?type=missing-tariff')).json();
    const id = items[0].id;
    expect((await t.as(budget, 'PUT', `/api/v1/grip/signals/${id}/handling`, { note: 'Tarief opgevraagd' })).statusCode).toBe(403);
    expect((await t.as(other, 'PUT', `/api/v1/grip/signals/${id}/handling`, { note: 'x' })).statusCode).toBe(404);
    expect((await t.as(analist, 'PUT', `/api/v1/grip/signals/${id}/handling`, { note: ' ' })).statusCode).toBe(422);
    // BSN test fixture (passes the 11-proef): a note may not carry one.
    const bsn = await t.as(analist, 'PUT', `/api/v1/grip/signals/${id}/handling`, { note: `Gebeld over ${BSN}` });
    expect(bsn.statusCode).toBe(422);
    expect(bsn.json().errors[0].path).toBe('note');
    const handled = await t.as(analist, 'PUT', `/api/v1/grip/signals/${id}/handling`, { note: 'Tarief opgevraagd bij de aanbieder' });
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json().handled).toMatchObject({ note: 'Tarief opgevraagd bij de aanbieder', handledBy: 'Anouk Analist' });
    expect((await t.as(analist, 'GET', '/api/v1/grip/signals?type=missing-tariff&status=open')).json().total).toBe(0);
    expect((await t.as(analist, 'GET', '/api/v1/grip/signals?type=missing-tariff&status=handled')).json().total).toBe(1);
    expect((await t.as(analist, 'DELETE', `/api/v1/grip/signals/${id}/handling`)).statusCode).toBe(204);
    expect((await t.as(analist, 'GET', '/api/v1/grip/signals?type=missing-tariff&status=open')).json().total).toBe(1);
    expect((await t.as(analist, 'DELETE', `/api/v1/grip/signals/${id}/handling`)).statusCode).toBe(404);
    const audit = (await t.as(await t.login('beheer@demodam.example'), 'GET', '/api/v1/audit?action=signal.handle')).json();
    expect(audit.items.length).toBeGreaterThanOrEqual(1);
  });
});

describe('GET /api/v1/grip/flows', () => {
  it('counts clients flowing in and out per month', async () => {
    const response = await t.as(beleid, 'GET', '/api/v1/grip/flows?pillar=jeugd&from=2026-01-01&to=2026-07-15');
    expect(response.statusCode, response.body).toBe(200);
    const months = response.json() as { month: string; inflow: number; outflow: number; clients: number }[];
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
    expect(months[0]).toEqual({ month: '2026-01', inflow: 0, outflow: 0, clients: 0 });
    expect(months[1]).toEqual({ month: '2026-02', inflow: 1, outflow: 0, clients: 1 });
    const wmo = (await t.as(beleid, 'GET', '/api/v1/grip/flows?pillar=wmo&from=2026-05-01&to=2026-08-31')).json() as { month: string; inflow: number; outflow: number }[];
    // The no-start assignment (May) is its client's second service, overlapping S1: no inflow; S6 ends in August.
    expect(wmo.find((m) => m.month === '2026-08')!.outflow).toBe(1);
    expect((await t.as(beleid, 'GET', '/api/v1/grip/flows?from=2026-06-01&to=2026-01-01')).statusCode).toBe(422);
  });
});
