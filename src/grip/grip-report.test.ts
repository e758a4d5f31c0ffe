import { describe, expect, it } from 'vitest';
import { extractText, pageCount, pageTexts } from '../pdf/test/pdf-inspect.js';
import { buildGripReport, clientCount, dutchMoment, ratePercent, signedPercent, TOP_PROVIDERS, varianceFinding, type GripReportInput } from './domain/grip-report.js';
import { renderGripReportPdf } from './grip-report-pdf.js';
import { INPUT } from './test/grip-report-fixtures.js';

const report = buildGripReport(INPUT);
const figure = (key: string) => report.kerncijfers.figures.find((f) => f.key === key)!;

describe('buildGripReport', () => {
  it('titles the report with the moment, the year and the municipality', () => {
    expect(report.title).toBe('Griprapportage sociaal domein Gemeente Demodam, najaarsrapportage 2026');
    expect(report.peildatum).toBe('30 september 2026');
    expect(report.madeOn).toBe('2 oktober 2026');
    expect(report.momentLabel).toBe('Najaarsrapportage 2026');
    expect(report.dataOf).toBe('2 oktober 2026 om 06:05');
    expect(report.intro[0]).toContain('najaarsrapportage: de laatste bijstelling van de begroting 2026');
  });

  it('writes a different introduction for each moment of the P&C cycle', () => {
    const intro = (moment: GripReportInput['moment']) => buildGripReport({ ...INPUT, moment }).intro[0]!;
    expect(intro('begroting')).toContain('hoort bij de begroting');
    expect(intro('voorjaarsnota')).toContain('eerste bijstelling van de begroting 2026');
    expect(intro('jaarrekening')).toContain('jaarrekening 2026');
    expect(new Set((['begroting', 'voorjaarsnota', 'najaarsrapportage', 'jaarrekening'] as const).map(intro)).size).toBe(4);
    // A jaarrekening before the year is over says its figures are provisional; at 31 December it does not.
    expect(buildGripReport({ ...INPUT, moment: 'jaarrekening' }).intro.join(' ')).toContain('voorlopig');
    const yearEnd = { ...INPUT, moment: 'jaarrekening' as const, budget: { ...INPUT.budget, date: '2026-12-31' } };
    expect(buildGripReport(yearEnd).intro.join(' ')).not.toContain('voorlopig');
  });

  it('gives the key figures to the cent, straight from the totals', () => {
    // forecast = 600k + 50k + 380k + 20k (wmo) + 300k + 40k + 180k + 30.000,01 (jeugd) + 12.345,67 (not budgeted)
    expect(figure('budget')).toMatchObject({ label: 'Begroting 2026', value: '€ 1.500.000,00', raw: 1_500_000_00 });
    expect(figure('forecast')).toMatchObject({ value: '€ 1.612.345,68' });
    expect(figure('variance')).toMatchObject({ value: '€ 112.345,68', raw: 112_345_68 });
    expect(figure('realised').value).toBe('€ 912.345,67');
    expect(figure('lateClaims').value).toBe('€ 90.000,00');
    expect(figure('openCommitments').value).toBe('€ 560.000,00');
    expect(figure('newInflow').value).toBe('€ 50.000,01');
    expect(figure('openEnded').value).toBe('4');
    expect(report.kerncijfers.summary).toContain('een overschrijding van € 112.345,68 (+7,5 %)');
    expect(report.kerncijfers.summary).toContain('tussen € 1.597.345,68 en € 1.635.345,68');
  });

  it('says an underspend in words too', () => {
    const totals = { ...INPUT.budget.totals, budgetCents: 2_000_000_00, varianceCents: -387_654_32 };
    expect(buildGripReport({ ...INPUT, budget: { ...INPUT.budget, totals } }).kerncijfers.summary).toContain('een onderschrijding van € 387.654,32 (-19,4 %)');
  });

  it('lists every budget line with its variance, and a line without a budget has no percentage', () => {
    expect(report.lines.rows.map((r) => [r.name, r.note])).toEqual([
      ['Wmo begeleiding', 'WMO-01 · Wmo, productcategorie 02'],
      ['Jeugdhulp', 'JGD · Jeugd'],
      ['Niet begroot', 'jeugd:onbegroot · Jeugd'],
    ]);
    expect(report.lines.rows.map((r) => [r.variance, r.variancePercent, r.over])).toEqual([
      ['€ 50.000,00', '+5,0 %', true],
      ['€ 50.000,01', '+10,0 %', true],
      ['€ 12.345,67', '–', null],
    ]);
    expect(report.lines.total).toMatchObject({ name: 'Totaal', note: '3 begrotingsregels', budget: '€ 1.500.000,00', forecast: '€ 1.612.345,68' });
  });

  it("shows the three scenarios against the budget, with the growth assumptions", () => {
    expect(report.scenarios.rows.map((r) => [r.label, r.forecast, r.variance])).toEqual([
      ['Positief', '€ 1.597.345,68', '€ 97.345,68'],
      ['Neutraal', '€ 1.612.345,68', '€ 112.345,68'],
      ['Negatief', '€ 1.635.345,68', '€ 135.345,68'],
    ]);
    expect(report.scenarios.summary).toContain('In het negatieve scenario komt de uitgave € 135.345,68 boven de begroting uit');
    expect(report.scenarios.assumptions).toEqual([
      { pillar: 'Wmo', positive: '-2 %', negative: '+3 %' },
      { pillar: 'Jeugd', positive: '-1,5 %', negative: '+5 %' },
    ]);
    expect(buildGripReport({ ...INPUT, assumptions: undefined }).scenarios.assumptions).toEqual([]);
  });

  it('splits volume, price and mix per pillar, leaves out pillars without cost and withholds small counts', () => {
    expect(report.variance.period).toBe('1 januari 2026 t/m 30 september 2026');
    expect(report.variance.basePeriod).toBe('1 januari 2025 t/m 30 september 2025');
    expect(report.variance.rows.map((r) => r.label)).toEqual(['Wmo', 'Jeugd', 'Schuldhulp']);
    expect(report.variance.rows[1]).toMatchObject({ difference: '€ 20.000,00', volume: '€ 0,00', price: '€ 18.000,00', mix: '€ 2.000,00', baseClients: '400' });
    expect(report.variance.rows[2]).toMatchObject({ baseClients: '< 5', currentClients: '< 5' });
    expect(report.variance.total).toMatchObject({ label: 'Alle pijlers', difference: '€ 77.000,00', baseClients: '1403' });
    expect(report.variance.findings).toEqual([
      'Wmo: € 60.000,00 meer dan in dezelfde periode vorig jaar, vooral door meer cliënten (volume).',
      'Jeugd: € 20.000,00 meer dan in dezelfde periode vorig jaar, vooral door hogere kosten per cliënt binnen dezelfde productcategorie (prijs: duurder).',
      'Schuldhulp: € 3.000,00 minder dan in dezelfde periode vorig jaar, vooral door minder cliënten (volume).',
    ]);
  });

  it('lists the ten providers that declared most, with their totals over all providers', () => {
    expect(report.providers.rows).toHaveLength(TOP_PROVIDERS);
    expect(report.providers.rows.map((r) => r.provider)).toEqual(Array.from({ length: 10 }, (_, i) => String(10_000_011 - i)));
    expect(report.providers.rows[0]).toMatchObject({ pillars: 'Wmo', clients: '31', declared: '€ 110.000,00', realisationRate: '87,3 %', signals: '2' });
    expect(report.providers.intro).toContain('De 10 aanbieders met het hoogste gedeclareerde bedrag in 2026, van 12 aanbieders');
    // 66 × € 10.000 plus € 5 declared; each assigned € 1.000 more.
    expect(report.providers.totalDeclared).toBe('€ 660.005,00');
    expect(report.providers.totalAssigned).toBe('€ 672.005,00');
    const small = buildGripReport({ ...INPUT, providers: INPUT.providers.slice(-1) }).providers;
    expect(small.rows[0]).toMatchObject({ pillars: 'Jeugd, Wmo', clients: '< 5', realisationRate: '–' });
    expect(buildGripReport({ ...INPUT, providers: [] }).providers).toMatchObject({ rows: [], intro: 'In 2026 zijn nog geen aanbieders met toewijzingen of declaraties bekend.' });
  });

  it('counts signals for every type, zero where there are none', () => {
    expect(report.signals.rows).toHaveLength(7);
    expect(report.signals.rows.find((r) => r.type === 'open-ended')).toEqual({ type: 'open-ended', label: 'Toewijzing zonder einddatum', count: 4, open: 3 });
    expect(report.signals.rows.find((r) => r.type === 'import-failed')).toMatchObject({ count: 0, open: 0 });
    expect(report.signals).toMatchObject({ total: 6, open: 3 });
  });

  it('names the late-claims method and says how fresh the figures are', () => {
    expect(report.method.join(' ')).toContain('chain-ladder');
    expect(report.method.join(' ')).toContain('Bornhuetter-Ferguson');
    expect(report.freshness[0]).toBe('De cijfers zijn bijgewerkt met de laatste voltooide import, van 2 oktober 2026 om 06:05.');
    expect(report.freshness.join(' ')).not.toContain('Let op');
    const stale = buildGripReport({ ...INPUT, freshness: { lastImportAt: '2026-09-20T10:00:00Z', lastRun: { status: 'failed', startedAt: '2026-10-02T04:00:00Z', finishedAt: null } } });
    expect(stale.freshness.join(' ')).toContain('die import is 12 dagen oud');
    expect(stale.freshness.join(' ')).toContain('is mislukt');
    expect(buildGripReport({ ...INPUT, freshness: { lastImportAt: null, lastRun: null } }).freshness[0]).toContain('nog geen import voltooid');
  });
});

describe('formatting helpers', () => {
  it('formats percentages, counts and moments the Dutch way', () => {
    expect(signedPercent(1, 3)).toBe('+33,3 %');
    expect(signedPercent(-1, 8)).toBe('-12,5 %');
    expect(signedPercent(0, 8)).toBe('0,0 %');
    expect(signedPercent(5, 0)).toBe('–');
    expect(ratePercent(1.2345)).toBe('123,5 %');
    expect(ratePercent(0)).toBe('0,0 %');
    expect([0, 1, 4, 5].map(clientCount)).toEqual(['0', '< 5', '< 5', '5']);
    // Winter and summer time.
    expect(dutchMoment('2026-01-15T23:30:00Z')).toBe('16 januari 2026 om 00:30');
    expect(dutchMoment('2026-07-01T04:00:00Z')).toBe('1 juli 2026 om 06:00');
  });

  it('has no finding without a difference', () => {
    expect(varianceFinding('Wmo', { ...INPUT.variance.total, differenceCents: 0 })).toBeNull();
  });
});

describe('renderGripReportPdf', () => {
  it('prints every section with its figures, and nothing that identifies a client', async () => {
    const pdf = await renderGripReportPdf(report, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = extractText(pdf);
    for (const expected of [
      'Griprapportage sociaal domein',
      'Gemeente Demodam, najaarsrapportage 2026',
      'Kerncijfers',
      'Per begrotingsregel',
      'Wmo begeleiding',
      "De drie scenario's",
      'Volume × prijs per pijler',
      'Aanbieders',
      'Signalen uit de berichtenketen',
      'Methode en verantwoording',
      'Actualiteit van de gegevens',
      '€ 1.612.345,68',
      '€ 112.345,68',
      '10000011',
      'Toewijzing zonder einddatum',
    ]) {
      expect(text.replace(/\n/g, ' ')).toContain(expected);
    }
    const pages = pageTexts(pdf);
    expect(pages.length).toBe(pageCount(pdf));
    expect(pages.at(-1)!.join(' ')).toContain(`pagina ${pages.length} van ${pages.length}`);
  });

  it('still renders a report of a municipality without any data', async () => {
    const empty: GripReportInput = {
      ...INPUT,
      budget: { ...INPUT.budget, lines: [], totals: { ...INPUT.budget.totals, budgetCents: 0, realisedCents: 0, lateClaimsCents: 0, openCommitmentsCents: 0, newInflowCents: 0, forecastCents: 0, varianceCents: 0, scenarios: { positive: 0, neutral: 0, negative: 0 }, openEndedServices: 0 } },
      variance: { total: { ...INPUT.variance.total, base: { clients: 0, costCents: 0, costPerClientCents: 0 }, current: { clients: 0, costCents: 0, costPerClientCents: 0 } }, byPillar: [] },
      providers: [],
      signals: [],
      freshness: { lastImportAt: null, lastRun: null },
    };
    const text = extractText(await renderGripReportPdf(buildGripReport(empty), { compress: false })).replace(/\n/g, ' ');
    expect(text).toContain('geen begrotingsregels en geen uitgaven bekend');
    expect(text).toContain('In beide perioden zijn geen kosten bekend.');
    expect(text).toContain('nog geen import voltooid');
  });
});
