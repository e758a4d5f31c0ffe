import { describe, expect, it } from 'vitest';
import { DEMO_PLANS, MOTHER_CHILD_HOUSE } from '../demo/demo-plans.js';
import { computeKba } from '../plans/domain/kba.js';
import { planDocumentSchema, type PlanDocumentInput } from '../plans/domain/plan-document.js';
import { CONFIDENTIAL, renderCanvasPdf, type CanvasContext } from './canvas-pdf.js';
import { canvasFileName } from './canvas.routes.js';
import { extractText, pageCount } from '../pdf/test/pdf-inspect.js';

// 23:30 UTC on 28 March 2026 is already 29 March in Amsterdam (00:30, CET).
const context: CanvasContext = { municipality: 'Gemeente Demodam', printedAt: new Date('2026-03-28T23:30:00Z'), authorName: 'Kees Consulent', compress: false };

async function render(input: PlanDocumentInput, extra: { status?: string; version?: number; savedAt?: string } = {}, ctx: CanvasContext = context) {
  const document = planDocumentSchema.parse(input);
  const pdf = await renderCanvasPdf({ ...document, status: extra.status ?? 'draft', version: extra.version ?? 1, ...(extra.savedAt ? { savedAt: extra.savedAt } : {}), kba: computeKba(document) }, ctx);
  // Wrapped lines joined again, so a phrase can be found wherever the layout broke it.
  return { pdf, text: extractText(pdf).replace(/\s+/g, ' '), pages: pageCount(pdf) };
}

const demo = (caseNumber: string) => DEMO_PLANS.find((p) => p.document.caseNumber === caseNumber)!.document;

describe('renderCanvasPdf', () => {
  it("prints the seed's case 1 as a four-page A4 canvas with everything the table needs", async () => {
    const { pdf, text, pages } = await render(MOTHER_CHILD_HOUSE, { status: 'in_progress', version: 3, savedAt: '2026-03-27T13:32:00Z' });
    if (process.env.CANVAS_PDF_OUT) (await import('node:fs')).writeFileSync(process.env.CANVAS_PDF_OUT, pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(pages).toBe(4);
    for (const expected of [
      'Maatwerkcanvas',
      'Gemeente Demodam',
      '2026-001',
      'C-104241',
      'In uitvoering',
      'Kees Consulent',
      '29 maart 2026, 00:30',
      CONFIDENTIAL,
      'Tevredenheidscijfer',
      '3 / 10',
      '1 volwassene, 1 kind',
      'Wonen, Veiligheid en huiselijk geweld',
      'Situatieschets',
      'Damoclesbeleid',
      'Betrokken organisaties en professionals',
      'Veilig Thuis',
      'Perspectief',
      'Doorbraak',
      'Zelf doen',
      'Ondersteuning',
      'Behandeling',
      'Kosten-batenanalyse',
      '€ 20.000,00',
      '€ 90.000,00',
      '€ 63.000,00',
      '27.000,00',
      '€ 43.000,00 meer dan nu',
      'Gevraagd uit het maatwerkbudget: € 30.000,00.',
      'Per geldstroom: waar kosten en besparingen landen',
      'Bijzondere bijstand / armoede',
      'Zorgverzekeringswet',
      'Moeder-kindhuis in de regio',
      'Kostenregels dreigend: als er niets verandert',
      '€ 79,50 × 2 per week',
      'prijslijst PL-024',
      'handmatig · incl. btw',
      '€ 8.268,00',
      'Totaal (6 regels)',
      'Legitimiteit',
      'Participatiewet, art. 35',
      'BWBR0015703',
      'Betrokkenheid',
      '7 van 9',
      'Knelpunten (systeemleren)',
      'regionaal',
      'pagina 1 van 4',
      'pagina 4 van 4',
      'Maatwerkcanvas casus 2026-001 · Gemeente Demodam',
      'In uitvoering · opgeslagen 27 maart 2026, 14:32',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // The optimistic-concurrency version stays internal: people see when the plan was saved.
    expect(text).not.toMatch(/versie 3/i);
    expect(text).toContain('Moeder-kindhuis');
  });

  it('shows the probability and expected value of the threatened scenario, and alternatives side by side', async () => {
    const { text } = await render(demo('2026-003'));
    expect(text).toContain('kans 60%; verwachte waarde € 320.362,72');
    expect(text).toContain('Dreigend (verwacht, 60%)');
    expect(text).toContain('Maatschappelijke kosten over 24 maanden');
    expect(text).toContain('Alternatieven naast elkaar');
    expect(text).toContain('Mantelzorgunit in de tuin (voorgesteld)');
    expect(text).toContain('Uitbouw als Wmo-woonvoorziening');
    expect(text).toContain('€ 104.418,40');
    expect(text).toContain('Kostenregels alternatief 1: Uitbouw als Wmo-woonvoorziening');
    expect(text).toContain('vanaf maand 4');
  });

  it('breaks a long plan over pages between rows, numbering every page', async () => {
    const base = demo('2026-002');
    const lines = Array.from({ length: 60 }, (_, i) => ({
      description: `Kostenregel ${i + 1} met een omschrijving die over meer dan één regel loopt in de smalle kolom`,
      fundingStream: 'wmo' as const,
      unitPriceCents: 10_000 + i,
      quantity: 1,
      frequency: 'month' as const,
    }));
    const { pdf, text, pages } = await render({
      ...base,
      situation: Array.from({ length: 12 }, () => base.situation).join('\n'),
      selfActions: Array.from({ length: 40 }, (_, i) => ({ description: `Actie ${i + 1}: iets wat het gezin zelf doet, in eigen woorden`, owner: 'gezin' })),
      scenarios: { ...base.scenarios, plan: { name: 'Lang plan', lines } },
    });
    if (process.env.CANVAS_PDF_OUT) (await import('node:fs')).writeFileSync(`${process.env.CANVAS_PDF_OUT}.long.pdf`, pdf);
    expect(pages).toBe(11);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`pagina ${page} van ${pages}`);
    expect(text).not.toContain(`pagina ${pages + 1} van`);
    expect(text.match(/pagina \d+ van \d+/g)).toHaveLength(pages);
    expect(text).toContain('Kostenregel 60 met een omschrijving');
    expect(text).toContain('Actie 40: iets wat het gezin zelf doet');
    expect(text).toContain('Totaal (60 regels)');
  });

  it('prints a fresh concept with only its numbers, saying what is missing', async () => {
    const { text, pages } = await render({ caseNumber: 'K-1', clientNumber: 'C-1' });
    expect(pages).toBeLessThanOrEqual(2);
    for (const expected of ['Concept', 'Niet ingevuld', 'Geen acties.', 'Geen kostenregels.', '€ 0,00', 'Nog geen wettelijke grondslag vastgelegd.', 'Nog niet bekend', 'Geen knelpunten vastgelegd.']) {
      expect(text, expected).toContain(expected);
    }
  });

  it('survives text the standard fonts cannot print, and fields longer than a page', async () => {
    const huge = 'Heel lange tekst zonder einde. '.repeat(400);
    const { pdf, text } = await render({
      ...MOTHER_CHILD_HOUSE,
      perspective: `★ Samen wonen → veilig ≥ 1 jaar 😀 中 — “thuis”`,
      breakthrough: huge,
      bottlenecks: [{ description: huge.slice(0, 5000), rule: 'x', level: 'national', theme: 'other' }],
      treatment: Array.from({ length: 80 }, (_, i) => ({ description: `Behandeling ${i + 1}`, owner: '' })),
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text).toContain('* Samen wonen -> veilig >= 1 jaar ? ? — “thuis”');
    expect(text).toContain('Behandeling 80');
    expect(text).toContain('landelijk');
  });

  it('compresses by default', async () => {
    const { pdf } = await render(MOTHER_CHILD_HOUSE, {}, { ...context, compress: undefined });
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
    expect(extractText(pdf)).toContain('27.000,00');
  });
});

describe('canvasFileName', () => {
  it('makes a safe ASCII file name of any case number', () => {
    expect(canvasFileName('2026-001')).toBe('canvas-2026-001.pdf');
    expect(canvasFileName('Zaak "x"\r\n/../ë')).toBe('canvas-Zaak-x-e.pdf');
    expect(canvasFileName('///')).toBe('canvas-plan.pdf');
  });
});
