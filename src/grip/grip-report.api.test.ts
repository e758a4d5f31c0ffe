import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.schema.js';
import { importAndWait } from '../imports/test/fixtures.js';
import { extractText } from '../pdf/test/pdf-inspect.js';
import { formatEuro } from '../shared/money.js';
import { createTestApp, type Session } from '../test/app.js';
import { loadGripBudget } from './budget.service.js';

// A fixed today, so the default peildatum and "opgesteld op" are known.
const t = await createTestApp({ now: () => new Date('2026-06-15T10:00:00Z') });
// Marked client numbers and assignment numbers: none may reach the report.
const MARKER = 'ZQXGEHEIM';

const BUDGETS = ['year,budgetLine,name,pillar,productCategory,amountCents', '2026,WMO-BG,Wmo begeleiding,wmo,02,100000000', '2026,JGD,Jeugdhulp,jeugd,,50000000'].join('\n');
const SERVICES = [
  'serviceId,bsn,clientNumber,pillar,productCategory,productCode,productName,provider,startDate,endDate,volume,unit,frequency,unitPriceCents,amountCents',
  `${MARKER}-T1,,${MARKER}-K1,wmo,02,02A01,Begeleiding,12345678,2025-01-01,2026-12-31,3,04,2,6000,`,
  `${MARKER}-T2,,${MARKER}-K2,wmo,02,02A01,Begeleiding,12345678,2026-02-01,,4,04,2,6500,`,
  `${MARKER}-T3,,${MARKER}-K3,jeugd,45,45A03,Jeugdhulp,87654321,2026-03-01,,10,04,4,8000,`,
].join('\n');

let analist: Session;

const pdfText = (body: Buffer) => extractText(body).replace(/\n/g, ' ');

beforeAll(async () => {
  analist = await t.login('analist@demodam.example');
  for (const [kind, body] of [['budgets', BUDGETS], ['services', SERVICES]] as const) {
    const job = await importAndWait(t, analist, body, 'csv', `?kind=${kind}`);
    expect(job.files[0]!.status, JSON.stringify(job.files[0]!.errors)).toBe('imported');
  }
});

const exports = () => t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.tenantId, 'demo'), eq(auditEvents.action, 'grip.report_export')));

describe('GET /api/v1/grip/report.pdf', () => {
  it('gives the analist the griprapportage of the moment as a PDF, with the ledger to the cent', async () => {
    const response = await t.as(analist, 'GET', '/api/v1/grip/report.pdf?year=2026&date=2026-06-15&moment=voorjaarsnota');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('attachment; filename="griprapportage-voorjaarsnota-2026-2026-06-15.pdf"');
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.rawPayload;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(body);
    const ledger = await loadGripBudget(t.ctx.db, 'demo', { year: 2026, date: '2026-06-15', asOf: '2026-06-15' });
    for (const expected of [
      'Griprapportage sociaal domein',
      'Gemeente Demodam, voorjaarsnota 2026',
      'hoort bij de voorjaarsnota',
      'Peildatum 15 juni 2026',
      'Kerncijfers',
      'Wmo begeleiding',
      "De drie scenario's",
      'Volume × prijs per pijler',
      'Aanbieders',
      '12345678',
      'Signalen uit de berichtenketen',
      'Toewijzing zonder einddatum',
      'Bornhuetter-Ferguson',
      'Actualiteit van de gegevens',
      '€ 1.500.000,00',
      formatEuro(ledger.totals.forecastCents),
      formatEuro(ledger.totals.openCommitmentsCents),
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain(MARKER);
  });

  it('records the export with what was asked, and nothing of the figures', async () => {
    const before = (await exports()).length;
    const response = await t.as(analist, 'GET', '/api/v1/grip/report.pdf?moment=jaarrekening');
    expect(response.statusCode, response.body).toBe(200);
    const events = await exports();
    expect(events).toHaveLength(before + 1);
    const event = events.at(-1)!;
    expect(event).toMatchObject({ actorEmail: 'analist@demodam.example', entityType: 'grip_report', entityId: 'pdf' });
    expect(event.detail).toEqual({ year: 2026, date: '2026-06-15', moment: 'jaarrekening' });
    // A jaarrekening before 31 December says its figures are provisional.
    expect(pdfText(response.rawPayload)).toContain('voorlopig');
  });

  it('defaults to the najaarsrapportage of today, and is there for the budgetbeheerder and beleid too', async () => {
    for (const email of ['budget@demodam.example', 'beleid@demodam.example']) {
      const response = await t.as(await t.login(email), 'GET', '/api/v1/grip/report.pdf');
      expect(response.statusCode, email).toBe(200);
      expect(response.headers['content-disposition']).toContain('griprapportage-najaarsrapportage-2026-2026-06-15.pdf');
      expect(pdfText(response.rawPayload)).toContain('hoort bij de najaarsrapportage');
    }
  });

  it('refuses a maatwerker (403) and records nothing', async () => {
    const before = (await exports()).length;
    const maatwerker = await t.login('maatwerker@demodam.example');
    const response = await t.as(maatwerker, 'GET', '/api/v1/grip/report.pdf');
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((await t.as(null, 'GET', '/api/v1/grip/report.pdf')).statusCode).toBe(401);
    expect(await exports()).toHaveLength(before);
  });

  it('answers bad input with 422 and the field', async () => {
    const cases: [string, string][] = [
      ['moment=kwartaalrapportage', 'moment'],
      ['year=2026&date=2025-12-31', 'date'],
      ['date=2026-02-30', 'date'],
      ['year=2019', 'year'],
      ['year=abc', 'year'],
      ['format=html', ''],
    ];
    for (const [query, path] of cases) {
      const response = await t.as(analist, 'GET', `/api/v1/grip/report.pdf?${query}`);
      expect(response.statusCode, query).toBe(422);
      if (path) expect(response.json().errors.map((e: { path: string }) => e.path), query).toContain(path);
    }
  });
});
