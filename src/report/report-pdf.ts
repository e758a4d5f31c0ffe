import { openPdf } from '../pdf/document.js';
import { Layout } from '../pdf/layout.js';
import { pdfText } from '../pdf/text.js';
import type { ReportModel } from './domain/report-model.js';

/** The raadsrapportage as an A4 PDF, with the canvas's layout helpers; aggregates only, so not confidential. */

const ACCENT = '#1d4f91';
const MUTED = '#5b6675';
const RULE = '#c8d0da';
const STORY_FILL = '#e8f0fb';

export async function renderReportPdf(report: ReportModel, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { doc, done } = openPdf({ title: report.title, author: report.municipality, compress: options.compress });
  doc.info.Subject = pdfText(`Raadsrapportage maatwerk, ${report.period.label}`);
  const l = new Layout(doc);

  l.textAt('Raadsrapportage maatwerk', l.left, 40, l.width, { font: 'Helvetica-Bold', size: 22, color: ACCENT });
  l.textAt(`${report.municipality}, ${report.period.label}`, l.left, 68, l.width, { size: 13 });
  l.textAt(`Opgesteld op ${report.madeOn}`, l.left, 88, l.width, { size: 9, color: MUTED });
  l.y = 110;

  l.heading('Inleiding');
  for (const text of report.inleiding) l.paragraph(text);

  const { kerncijfers, knelpunten } = report;
  l.heading('Kerncijfers', { keep: 80 });
  l.paragraph(kerncijfers.summary);
  const pick = (key: string) => kerncijfers.figures.find((f) => f.key === key)!;
  l.boxes(
    [pick('plans'), pick('executed'), pick('returnTotal'), pick('returnAverage')].map((f) => ({ label: f.label, value: f.value, big: true })),
  );
  l.table(
    [
      { header: 'Onderwerp', width: 0.7 },
      { header: 'Waarde', width: 0.3, align: 'right' },
    ],
    kerncijfers.figures.map((f) => [f.label, { text: f.value, bold: true }]),
    { title: `Kerncijfers ${report.period.label}` },
  );
  l.table(
    [
      { header: 'Moment', width: 0.7 },
      { header: 'Gemiddelde', width: 0.3, align: 'right' },
    ],
    kerncijfers.satisfaction.map((s) => [s.moment, { text: s.average, bold: true }]),
    { title: 'Tevredenheid met het leven (gemiddeld rapportcijfer)' },
  );
  l.paragraph(`Huishoudens met een cijfer bij de start én na 12 maanden: ${kerncijfers.satisfactionPairs}.`, { color: MUTED });

  l.heading('Knelpunten', { keep: 60 });
  l.paragraph('Waar regels en systemen de voor de hand liggende oplossing in de weg zitten.');
  if (knelpunten.themes.length) {
    l.table(
      [
        { header: 'Thema', width: 0.7 },
        { header: 'Aantal', width: 0.3, align: 'right' },
      ],
      knelpunten.themes.map((t) => [t.label, String(t.count)]),
      { title: 'Knelpunten per thema (aantal vastgelegde knelpunten)' },
    );
  } else l.paragraph('', { empty: 'In deze periode zijn geen knelpunten vastgelegd.' });
  if (knelpunten.patterns.length) {
    l.table(
      [
        { header: 'Patroon', width: 0.36 },
        { header: 'Thema', width: 0.2 },
        { header: 'Niveau', width: 0.13 },
        { header: 'Fase', width: 0.19 },
        { header: 'Plannen', width: 0.12, align: 'right' },
      ],
      knelpunten.patterns.map((p) => [{ text: p.title, bold: true }, p.theme, p.level, p.phase, String(p.planCount)]),
      { title: 'Knellende patronen (systeemleren)' },
    );
  } else l.paragraph('', { empty: 'Er zijn nog geen knellende patronen vastgelegd.' });

  l.heading('Oplossingen', { keep: 60 });
  if (!report.oplossingen.length) l.paragraph('', { empty: 'Er zijn nog geen oplossingen gepubliceerd.' });
  for (const story of report.oplossingen) {
    l.subheading(story.title, 40);
    l.paragraph(`Situatie: ${story.situation}`);
    l.callout(`Doorbraak: ${story.breakthrough}`, STORY_FILL, ACCENT, { size: 9.5 });
    if (story.expectedReturn) l.paragraph(`Verwacht rendement: ${story.expectedReturn}`, { color: MUTED });
  }

  l.heading('Verantwoording');
  for (const text of report.verantwoording) l.paragraph(text, { size: 9 });

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the margins must not make pdfkit start another page.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    const footerY = doc.page.height - 42;
    doc.moveTo(l.left, footerY - 5).lineTo(l.right, footerY - 5).lineWidth(0.5).strokeColor(RULE).stroke();
    l.textAt(report.title, l.left, footerY, l.width * 0.75, { size: 7.5, color: MUTED });
    l.textAt(`pagina ${i - range.start + 1} van ${range.count}`, l.left + l.width * 0.75, footerY, l.width * 0.25, { size: 7.5, color: MUTED, align: 'right' });
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}
