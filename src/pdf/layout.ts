import { Flow } from './flow.js';
import { drawTable, tableStart, TABLE_SIZE, type CellInput, type Column, type TableOptions } from './table.js';

/**
 * src/pdf/ — the PDF layout engine of every Doorbraak document (canvas, agenda, raadsrapportage,
 * signal): A4 on pdfkit, the standard fonts only, no browser. Pure apart from pdfkit: data in,
 * bytes out.
 *
 * - document.ts `openPdf(info)`: the document (margins, metadata, buffered pages) and its bytes.
 * - layout.ts `Layout`: draws top-down and breaks pages itself: `textAt`, `paragraph`, `heading`,
 *   `subheading`, `callout`, `boxes` (flow.ts) and `table` (table.ts: rows never split, the header
 *   repeats on every page, a totals row never stands alone).
 * - pages.ts: `forEachPage` once all pages exist, `drawFooter` ("pagina i van n"), `drawRunningHeader`.
 * - text.ts `pdfText`: what Helvetica (WinAnsi) can print of any text.
 * - theme.ts: margins, fonts, sizes and colours. test/pdf-inspect.ts reads the text back in tests.
 *
 * What a document says, and in what order, stays with its capability (src/canvas/canvas-pdf.ts,
 * src/tables/agenda-pdf.ts, src/report/report-pdf.ts, src/patterns/signal-pdf.ts).
 */
export class Layout extends Flow {
  /** Height of a table's header and first rows: what a heading above it must keep with it. */
  tableStart(columns: Column[], rows: CellInput[][], size = TABLE_SIZE) {
    return tableStart(this, columns, rows, size);
  }

  /** A table whose rows never split: a row that does not fit starts a new page under a repeated header. */
  table(columns: Column[], rows: CellInput[][], options: TableOptions = {}) {
    drawTable(this, columns, rows, options);
  }
}

export type { Box, TextOptions } from './flow.js';
export type { Cell, CellInput, Column, TableOptions } from './table.js';
