import type { Flow } from './flow.js';
import { BOLD, MARGIN, MUTED, RULE } from './theme.js';

/**
 * Visits the buffered pages from `first` on (all pages by default), once they all exist, to draw
 * running headers and footers. Inside `draw` the top and bottom margins are lifted, so writing
 * in them does not make pdfkit start another page. `page` counts from 1 at `first`.
 */
export function forEachPage(doc: PDFKit.PDFDocument, draw: (page: number, pages: number) => void, first = doc.bufferedPageRange().start) {
  const range = doc.bufferedPageRange();
  const end = range.start + range.count;
  for (let i = first; i < end; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: margins.left, right: margins.right };
    draw(i - first + 1, end - first);
    doc.page.margins = margins;
  }
}

/** A footer under a thin rule: `text` on the left, "pagina i van n" on the right. Call it inside `forEachPage`. */
export function drawFooter(l: Flow, text: string, page: number, pages: number, options: { boldNumber?: boolean } = {}) {
  const footerY = l.doc.page.height - MARGIN.bottom + 16;
  l.doc.moveTo(l.left, footerY - 5).lineTo(l.right, footerY - 5).lineWidth(0.5).strokeColor(RULE).stroke();
  l.textAt(text, l.left, footerY, l.width * 0.75, { size: 7.5, color: MUTED });
  l.textAt(`pagina ${page} van ${pages}`, l.left + l.width * 0.75, footerY, l.width * 0.25, {
    ...(options.boldNumber ? { font: BOLD } : {}),
    size: 7.5,
    color: MUTED,
    align: 'right',
  });
}

/** A running header above a thin rule, from the second page on: `left` and `right` texts. */
export function drawRunningHeader(l: Flow, left: string, right: string) {
  l.textAt(left, l.left, 28, l.width * 0.7, { size: 7.5, color: MUTED });
  l.textAt(right, l.left + l.width * 0.7, 28, l.width * 0.3, { size: 7.5, color: MUTED, align: 'right' });
  l.doc.moveTo(l.left, 40).lineTo(l.right, 40).lineWidth(0.5).strokeColor(RULE).stroke();
}
