import { openPdf } from '../pdf/document.js';
import { Layout } from '../pdf/layout.js';
import { drawFooter, drawRunningHeader, forEachPage } from '../pdf/pages.js';
import { ACCENT, BAD, BOLD, INK, ITALIC, MARGIN, MUTED } from '../pdf/theme.js';
import { CONFIDENTIAL, statusLabel, type CanvasContext, type CanvasPlan } from './canvas-common.js';
import { drawKba } from './canvas-kba.js';
import { drawActions, drawBottlenecks, drawCore, drawInvolvement, drawLegitimacy } from './canvas-sections.js';

/**
 * The maatwerkcanvas as a printable A4 PDF for the doorbraaktafel, after the Maastricht canvas
 * (seed 002, Bijlage 1): header, tevredenheidscijfer, situatieschets, perspectief ★, doorbraak,
 * the three columns of actions, the kosten-batenanalyse, legitimiteit and betrokkenheid.
 * Drawn with the layout engine of src/pdf/: plan and context in, bytes out.
 */

export { CONFIDENTIAL, type CanvasContext, type CanvasPlan } from './canvas-common.js';

/**
 * Draws the canvas onto `doc`, from its current (empty) page on; `newPage` first adds a page, so
 * several canvases can follow an agenda in one document. Page numbers count this canvas's pages.
 */
export function drawCanvas(doc: PDFKit.PDFDocument, plan: CanvasPlan, context: CanvasContext, options: { newPage?: boolean } = {}) {
  if (options.newPage) doc.addPage();
  const range = doc.bufferedPageRange();
  const firstPage = range.start + range.count - 1;
  const l = new Layout(doc);
  l.y = MARGIN.top;
  drawHeader(l, plan, context);
  drawCore(l, plan);
  drawActions(l, plan);
  drawKba(l, plan);
  drawLegitimacy(l, plan);
  drawInvolvement(l, plan);
  drawBottlenecks(l, plan);
  drawPageFurniture(l, plan, context, firstPage);
}

export async function renderCanvasPdf(plan: CanvasPlan, context: CanvasContext): Promise<Buffer> {
  const { doc, done } = openPdf({ title: `Maatwerkcanvas casus ${plan.caseNumber}`, author: context.municipality, subject: CONFIDENTIAL, compress: context.compress });
  drawCanvas(doc, plan, context);
  doc.end();
  return done;
}

function printedDate(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    .format(date)
    .replace(' om ', ', ');
}

function drawHeader(l: Layout, plan: CanvasPlan, context: CanvasContext) {
  const { doc } = l;
  const top = 30;
  l.textAt('Maatwerkcanvas', l.left, top, l.width * 0.6, { font: BOLD, size: 22, color: ACCENT });
  l.textAt(context.municipality, l.left, top + 27, l.width * 0.6, { size: 11.5, color: INK });
  // The confidentiality mark, top right, framed.
  const markWidth = 168;
  const markX = l.right - markWidth;
  doc.rect(markX, top + 2, markWidth, 30).lineWidth(1).strokeColor(BAD).stroke();
  l.textAt('VERTROUWELIJK', markX, top + 7, markWidth, { font: BOLD, size: 9, color: BAD, align: 'center' });
  l.textAt('alleen voor de doorbraaktafel', markX, top + 18, markWidth, { size: 8, color: BAD, align: 'center' });
  l.y = top + 50;
  l.boxes([
    { label: 'Casusnummer', value: plan.caseNumber },
    { label: 'Cliëntnummer', value: plan.clientNumber },
    { label: 'Status', value: statusLabel(plan.status) },
    { label: 'Opgeslagen', value: plan.savedAt ? printedDate(new Date(plan.savedAt)) : '–' },
    { label: 'Opgesteld door', value: context.authorName || '–' },
    { label: 'Afgedrukt', value: printedDate(context.printedAt) },
  ], { gap: 4 });
  l.textAt('Het canvas bevat het cliëntnummer, geen namen. Niet verspreiden buiten de doorbraaktafel; vernietig afdrukken na de bespreking.', l.left, l.y - 2, l.width, {
    font: ITALIC,
    size: 7.8,
    color: MUTED,
  });
  l.y += 14;
}


/** Running header (from page 2) and footer with "pagina i van n", drawn once all pages exist. */
function drawPageFurniture(l: Layout, plan: CanvasPlan, context: CanvasContext, firstPage: number) {
  forEachPage(
    l.doc,
    (page, pages) => {
      drawFooter(l, `${CONFIDENTIAL} · casus ${plan.caseNumber} · cliënt ${plan.clientNumber}`, page, pages, { boldNumber: true });
      if (page > 1) drawRunningHeader(l, `Maatwerkcanvas casus ${plan.caseNumber} · ${context.municipality}`, plan.savedAt ? `${statusLabel(plan.status)} · opgeslagen ${printedDate(new Date(plan.savedAt))}` : statusLabel(plan.status));
    },
    firstPage,
  );
}
