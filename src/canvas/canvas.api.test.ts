import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session } from '../test/app.js';
import { buildPlanDocument } from '../plans/test/factories.js';
import { extractText, pageCount } from '../pdf/test/pdf-inspect.js';

const t = await createTestApp();
let consulent: Session;
let maatwerker: Session;

beforeAll(async () => {
  consulent = await t.login('consulent@demodam.example');
  maatwerker = await t.login('maatwerker@demodam.example');
});

const flat = (pdf: Buffer) => extractText(pdf).replace(/\s+/g, ' ');

async function findDemoPlan(session: Session, caseNumber: string): Promise<string> {
  const list = (await t.as(session, 'GET', `/api/v1/plans?q=${encodeURIComponent(caseNumber)}`)).json();
  const plan = list.items.find((p: { caseNumber: string }) => p.caseNumber === caseNumber);
  expect(plan, caseNumber).toBeDefined();
  return plan.id;
}

describe('GET /api/v1/plans/:id/canvas.pdf', () => {
  it("returns the seed's case 1 as an inline A4 PDF for the doorbraaktafel, and logs the export", async () => {
    const document = buildPlanDocument();
    const created = (await t.as(consulent, 'POST', '/api/v1/plans', document)).json();
    const response = await t.as(maatwerker, 'GET', `/api/v1/plans/${created.id}/canvas.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`inline; filename="canvas-${document.caseNumber}.pdf"; filename*=UTF-8''canvas-${document.caseNumber}.pdf`);
    expect(response.headers['cache-control']).toBe('no-store');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    const text = flat(pdf);
    for (const expected of [
      'Gemeente Demodam',
      document.caseNumber,
      document.clientNumber,
      'Concept',
      'Kees Consulent',
      'Vertrouwelijk – alleen voor de doorbraaktafel',
      '€ 20.000,00',
      '€ 90.000,00',
      '€ 63.000,00',
      '27.000,00',
      'Moeder-kindhuis',
      'Wet maatschappelijke ondersteuning 2015, art. 2.3.5',
      'Damocles',
    ]) {
      expect(text, expected).toContain(expected);
    }

    const admin = await t.login('beheer@demodam.example');
    const log = (await t.as(admin, 'GET', `/api/v1/audit?action=plan.export_pdf&entityId=${created.id}`)).json();
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({ actorId: maatwerker.user.id, entityType: 'plan', entityId: created.id });
    // The audit log names what happened, never case text.
    expect(JSON.stringify(log.items[0])).not.toContain('Moeder');
  });

  it("answers 404 for another municipality's plan and for an unknown plan", async () => {
    const created = (await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument())).json();
    const other = await t.login('maatwerker@proefwijk.example');
    const response = await t.as(other, 'GET', `/api/v1/plans/${created.id}/canvas.pdf`);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await t.as(consulent, 'GET', '/api/v1/plans/bestaat-niet/canvas.pdf')).statusCode).toBe(404);
  });

  it('keeps case texts from the beleid role (403) and from anyone not logged in (401), without logging an export', async () => {
    const created = (await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument())).json();
    const beleid = await t.login('beleid@demodam.example');
    expect((await t.as(beleid, 'GET', `/api/v1/plans/${created.id}/canvas.pdf`)).statusCode).toBe(403);
    expect((await t.as(null, 'GET', `/api/v1/plans/${created.id}/canvas.pdf`)).statusCode).toBe(401);
    const admin = await t.login('beheer@demodam.example');
    expect((await t.as(admin, 'GET', `/api/v1/audit?action=plan.export_pdf&entityId=${created.id}`)).json().total).toBe(0);
  });

  it('prints the demo plans of each municipality under its own name', async () => {
    const motherChild = await findDemoPlan(consulent, '2026-001');
    const demoText = flat((await t.as(consulent, 'GET', `/api/v1/plans/${motherChild}/canvas.pdf`)).rawPayload);
    expect(demoText).toContain('In uitvoering');
    expect(demoText).toContain('C-104241');
    expect(demoText).toContain('Rendement € 27.000,00');
    expect(demoText).toContain('Participatiewet, art. 35');

    const proefwijk = await t.login('maatwerker@proefwijk.example');
    const rentArrears = await findDemoPlan(proefwijk, '2026-021');
    const response = await t.as(proefwijk, 'GET', `/api/v1/plans/${rentArrears}/canvas.pdf`);
    expect(response.statusCode).toBe(200);
    const text = flat(response.rawPayload);
    expect(text).toContain('Gemeente Proefwijk');
    // Proefwijk runs the simple form: only a budgetbeheerder decides, and its demo has none yet.
    expect(text).toContain('Geagendeerd');
    expect(text).toContain('kans 70%');
    expect((await t.as(consulent, 'GET', `/api/v1/plans/${rentArrears}/canvas.pdf`)).statusCode).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const openapi = (await t.as(null, 'GET', '/api/openapi.json')).json();
    expect(openapi.paths['/api/v1/plans/{id}/canvas.pdf']?.get?.summary).toContain('PDF');
  });
});
