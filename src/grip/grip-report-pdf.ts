import { openPdf } from '../pdf/document.js';
import { Layout, type Cell, type Column } from '../pdf/layout.js';
import { drawFooter, drawRunningHeader, forEachPage } from '../pdf/pages.js';
import { ACCENT, BAD, BAD_FILL, BOLD, GOOD, GOOD_FILL, MUTED } from '../pdf/theme.js';
import type { GripReportModel, LineRow } from './domain/grip-report.js';

/**
 * The griprapportage as an A4 PDF, laid out like the raadsrapportage (report/report-pdf.ts) with
 * the house style of src/pdf. Aggregates only, so not marked confidential. Colour is never the
 * only carrier: an over- or underspend also has its sign.
 */

/** What a section's heading keeps with it: its introduction and a table's title, header and first rows. */
const SECTION_KEEP = 140;

const money = (width: number, header: string): Column => ({ header, width, align: 'right' });
const overColor = (over: boolean | null) => (over === null ? undefined : over ? BAD : GOOD);
const lineName = (row: LineRow): Cell => ({ text: row.name, bold: true, note: row.note });

export async function renderGripReportPdf(report: GripReportModel, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { doc, done } = openPdf({ title: report.title, author: report.municipality, subject: 'Griprapportage sociaal domein, alleen totalen', compress: options.compress });
  const l = new Layout(doc);

  l.textAt('Griprapportage sociaal domein', l.left, 40, l.width, { font: BOLD, size: 22, color: ACCENT });
  l.textAt(report.subtitle, l.left, 68, l.width, { size: 13 });
  l.textAt(`Peildatum ${report.peildatum} · ${report.dataOf ? `gegevens van ${report.dataOf}` : 'nog geen gegevens geïmporteerd'} · opgesteld op ${report.madeOn}`, l.left, 88, l.width, { size: 9, color: MUTED });
  l.y = 110;

  l.heading('Inleiding');
  for (const text of report.intro) l.paragraph(text);

  kerncijfers(l, report);
  budgetLines(l, report);
  scenarios(l, report);
  volumePrice(l, report);
  providers(l, report);
  signals(l, report);

  l.heading('Actualiteit van de gegevens', { keep: 30 });
  for (const text of report.freshness) l.paragraph(text, { size: 9 });

  l.heading('Methode en verantwoording');
  for (const text of report.method) l.paragraph(text, { size: 9 });

  forEachPage(doc, (page, pages) => {
    if (page > 1) drawRunningHeader(l, `Griprapportage sociaal domein, ${report.municipality}`, report.momentLabel);
    drawFooter(l, report.title, page, pages);
  });
  doc.end();
  return done;
}

function kerncijfers(l: Layout, report: GripReportModel) {
  const { figures, summary } = report.kerncijfers;
  const pick = (key: string) => figures.find((f) => f.key === key)!;
  const variance = pick('variance');
  const over = (variance.raw ?? 0) > 0;
  l.heading('Kerncijfers', { keep: 80 });
  l.paragraph(summary);
  l.boxes([
    { label: pick('budget').label, value: pick('budget').value, big: true },
    { label: pick('forecast').label, value: pick('forecast').value, big: true },
    {
      label: variance.label,
      value: variance.value,
      big: true,
      sub: variance.raw === 0 ? 'op de begroting' : over ? 'overschrijding' : 'onderschrijding',
      ...(variance.raw === 0 ? {} : over ? { fill: BAD_FILL, color: BAD } : { fill: GOOD_FILL, color: GOOD }),
    },
    { label: pick('realised').label, value: pick('realised').value, big: true },
  ]);
  l.table([{ header: 'Onderwerp', width: 0.7 }, money(0.3, 'Waarde')], figures.map((f) => [f.label, { text: f.value, bold: true }]), { title: `Kerncijfers ${report.year}` });
}

function budgetLines(l: Layout, report: GripReportModel) {
  const { rows, total } = report.lines;
  const varianceCells = (row: LineRow): Cell[] => [
    { text: row.variance, color: overColor(row.over) },
    { text: row.variancePercent, color: overColor(row.over) },
  ];
  const columns = [{ header: 'Begrotingsregel', width: 0.34 }, money(0.18, 'Begroting'), money(0.18, 'Prognose'), money(0.18, 'Afwijking'), money(0.12, 'Afwijking %')];
  const cells = rows.map((row) => [lineName(row), row.budget, row.forecast, ...varianceCells(row)]);
  const intro = 'Per regel de begroting tegen de prognose, en hoe de prognose is opgebouwd. Uitgaven zonder begrotingsregel van het jaar staan op "Niet begroot".';
  // The heading keeps its introduction and the table's title, header and first rows with it.
  l.heading('Per begrotingsregel', { keep: l.measure(intro, l.width) + 30 + l.tableStart(columns, cells) });
  if (!rows.length) return l.paragraph('', { empty: `Voor ${report.year} zijn geen begrotingsregels en geen uitgaven bekend.` });
  l.paragraph(intro);
  l.table(columns, cells, { title: 'Begroting en prognose', footer: [total.name, total.budget, total.forecast, ...varianceCells(total)] });
  l.table(
    [{ header: 'Begrotingsregel', width: 0.25 }, money(0.15, 'Gerealiseerd'), money(0.15, 'Nakomend'), money(0.15, 'Verplichtingen'), money(0.15, 'Instroom'), money(0.15, 'Prognose')],
    rows.map((row) => [lineName(row), row.realised, row.lateClaims, row.openCommitments, row.newInflow, { text: row.forecast, bold: true }]),
    { title: 'Opbouw van de prognose', footer: [total.name, total.realised, total.lateClaims, total.openCommitments, total.newInflow, total.forecast] },
  );
}

function scenarios(l: Layout, report: GripReportModel) {
  const { rows, summary, assumptions } = report.scenarios;
  l.heading("De drie scenario's", { keep: SECTION_KEEP });
  l.paragraph(summary);
  l.table(
    [{ header: 'Scenario', width: 0.16 }, { header: 'Uitgangspunt', width: 0.44 }, money(0.2, 'Prognose'), money(0.2, 'Afwijking')],
    rows.map((row) => [{ text: row.label, bold: true }, row.explanation, row.forecast, { text: row.variance, color: overColor(row.over) }]),
    { title: `Prognose ${report.year} per scenario` },
  );
  if (report.lines.rows.length) {
    l.table(
      [{ header: 'Begrotingsregel', width: 0.34 }, money(0.22, 'Positief'), money(0.22, 'Neutraal'), money(0.22, 'Negatief')],
      report.lines.rows.map((row) => [lineName(row), row.scenarios.positive, row.scenarios.neutral, row.scenarios.negative]),
      { title: "Scenario's per begrotingsregel", footer: ['Totaal', report.lines.total.scenarios.positive, report.lines.total.scenarios.neutral, report.lines.total.scenarios.negative] },
    );
  }
  if (assumptions.length) {
    l.table(
      [{ header: 'Pijler', width: 0.4 }, money(0.3, 'Groei positief'), money(0.3, 'Groei negatief')],
      assumptions.map((a) => [a.pillar, a.positive, a.negative]),
      { title: 'Groeiaannames per pijler' },
    );
  }
}

function volumePrice(l: Layout, report: GripReportModel) {
  const { rows, total, findings, period, basePeriod } = report.variance;
  l.heading('Volume × prijs per pijler', { keep: SECTION_KEEP });
  l.paragraph(`Wordt de hulp complexer, of duurder? De kosten van ${period} tegen die van ${basePeriod}, gesplitst in volume, prijs en mix.`);
  if (!rows.length) return l.paragraph('', { empty: 'In beide perioden zijn geen kosten bekend.' });
  for (const finding of findings) l.paragraph(finding);
  l.table(
    [{ header: 'Pijler', width: 0.16 }, money(0.14, 'Vorig jaar'), money(0.14, 'Dit jaar'), money(0.14, 'Verschil'), money(0.14, 'Volume'), money(0.14, 'Prijs'), money(0.14, 'Mix')],
    rows.map((row) => [{ text: row.label, bold: true }, row.baseCost, row.currentCost, row.difference, row.volume, row.price, row.mix]),
    { title: 'Verschil in kosten en de drie effecten', size: 8.2, footer: [total.label, total.baseCost, total.currentCost, total.difference, total.volume, total.price, total.mix] },
  );
  l.table(
    [{ header: 'Pijler', width: 0.2 }, money(0.2, 'Cliënten vorig jaar'), money(0.2, 'Cliënten dit jaar'), money(0.2, 'Per cliënt vorig jaar'), money(0.2, 'Per cliënt dit jaar')],
    rows.map((row) => [{ text: row.label, bold: true }, row.baseClients, row.currentClients, row.baseCostPerClient, row.currentCostPerClient]),
    { title: 'Cliënten en kosten per cliënt', footer: [total.label, total.baseClients, total.currentClients, total.baseCostPerClient, total.currentCostPerClient] },
  );
}

function providers(l: Layout, report: GripReportModel) {
  const { intro, rows, totalAssigned, totalDeclared } = report.providers;
  l.heading('Aanbieders', { keep: SECTION_KEEP });
  l.paragraph(intro);
  if (!rows.length) return;
  l.table(
    [
      { header: 'Aanbieder (AGB)', width: 0.17 },
      { header: 'Pijlers', width: 0.13 },
      money(0.1, 'Cliënten'),
      money(0.18, 'Toegewezen'),
      money(0.18, 'Gedeclareerd'),
      money(0.13, 'Verzilvering'),
      money(0.11, 'Signalen'),
    ],
    rows.map((row) => [{ text: row.provider, bold: true }, row.pillars, row.clients, row.assigned, row.declared, row.realisationRate, row.signals]),
    { title: `Aanbieders met het hoogste gedeclareerde bedrag`, footer: ['Alle aanbieders', '', '', totalAssigned, totalDeclared, '', ''] },
  );
}

function signals(l: Layout, report: GripReportModel) {
  const { intro, rows, total, open } = report.signals;
  l.heading('Signalen uit de berichtenketen', { keep: SECTION_KEEP });
  l.paragraph(intro);
  l.table(
    [{ header: 'Signaal', width: 0.64 }, money(0.18, 'Totaal'), money(0.18, 'Open')],
    rows.map((row) => [row.label, String(row.count), String(row.open)]),
    { title: 'Signalen per type', footer: ['Totaal', String(total), String(open)] },
  );
}
