import type { Flow } from './flow.js';
import { BOLD, FILL, INK, MUTED, REGULAR, RULE, type Align } from './theme.js';

export interface Column {
  header: string;
  /** Fraction of the width, or points when > 1. */
  width: number;
  align?: Align;
}

export interface Cell {
  text: string;
  bold?: boolean;
  muted?: boolean;
  color?: string;
  /** A second, smaller and muted line under the text (an owner, a code). */
  note?: string;
}

export type CellInput = string | Cell;

export interface TableOptions {
  /** A totals row, drawn bold under a heavier rule. */
  footer?: CellInput[];
  size?: number;
  /** A subheading kept together with the table's first rows. */
  title?: string;
}

const PAD_X = 4;
const PAD_Y = 3.5;
export const TABLE_SIZE = 8.8;

function tableMetrics(l: Flow, columns: Column[], rows: CellInput[][], footerInput: CellInput[] | undefined, size: number) {
  const total = l.width;
  const fixed = columns.reduce((sum, c) => sum + (c.width > 1 ? c.width : 0), 0);
  const fraction = columns.reduce((sum, c) => sum + (c.width <= 1 ? c.width : 0), 0);
  const widths = columns.map((c) => (c.width > 1 ? c.width : ((total - fixed) * c.width) / (fraction || 1)));
  const cellOf = (input: CellInput | undefined): Cell => (typeof input === 'string' ? { text: input } : (input ?? { text: '' }));
  const cellHeight = (cell: Cell, width: number, bold: boolean) =>
    l.measure(cell.text, width - 2 * PAD_X, bold || cell.bold ? BOLD : REGULAR, size) + (cell.note ? l.measure(cell.note, width - 2 * PAD_X, REGULAR, size - 1.3) : 0);
  const rowHeight = (cells: Cell[], bold = false) => Math.max(...cells.map((cell, i) => cellHeight(cell, widths[i]!, bold))) + 2 * PAD_Y;
  const header = columns.map((c) => ({ text: c.header }));
  const body = rows.map((row) => columns.map((_, i) => cellOf(row[i])));
  const footer = footerInput ? columns.map((_, i) => cellOf(footerInput[i])) : undefined;
  return {
    total,
    widths,
    rowHeight,
    header,
    body,
    footer,
    headerHeight: rowHeight(header, true),
    bodyHeights: body.map((cells) => rowHeight(cells)),
    footerHeight: footer ? rowHeight(footer, true) : 0,
  };
}

/** Height of a table's header and first rows: what a heading above it must keep with it. */
export function tableStart(l: Flow, columns: Column[], rows: CellInput[][], size = TABLE_SIZE) {
  const metrics = tableMetrics(l, columns, rows, undefined, size);
  return metrics.headerHeight + metrics.bodyHeights.slice(0, 3).reduce((a, b) => a + b, 0);
}

/** A table whose rows never split: a row that does not fit starts a new page under a repeated header. */
export function drawTable(l: Flow, columns: Column[], rows: CellInput[][], options: TableOptions = {}) {
  const size = options.size ?? TABLE_SIZE;
  const { total, widths, rowHeight, header, body, footer, headerHeight, bodyHeights, footerHeight } = tableMetrics(l, columns, rows, options.footer, size);

  const drawRow = (cells: Cell[], kind: 'header' | 'body' | 'footer') => {
    const height = rowHeight(cells, kind !== 'body');
    const y = l.y;
    if (kind === 'header') l.doc.rect(l.left, y, total, height).fill(FILL);
    let x = l.left;
    cells.forEach((cell, i) => {
      const width = widths[i]!;
      const align = columns[i]!.align ?? 'left';
      const font = kind === 'header' || kind === 'footer' || cell.bold ? BOLD : REGULAR;
      const color = kind === 'header' ? MUTED : (cell.color ?? (cell.muted ? MUTED : INK));
      const used = l.textAt(cell.text, x + PAD_X, y + PAD_Y, width - 2 * PAD_X, { font, size: kind === 'header' ? size - 0.8 : size, color, align });
      if (cell.note) l.textAt(cell.note, x + PAD_X, y + PAD_Y + used, width - 2 * PAD_X, { size: size - 1.3, color: MUTED, align });
      x += width;
    });
    const lineY = y + height;
    l.doc
      .moveTo(l.left, kind === 'footer' ? y : lineY)
      .lineTo(l.right, kind === 'footer' ? y : lineY)
      .lineWidth(kind === 'footer' ? 0.9 : 0.4)
      .strokeColor(kind === 'footer' ? INK : RULE)
      .stroke();
    l.y = lineY;
  };

  const titleHeight = options.title ? 20 : 0;
  // Widows and orphans: at least three rows (or all) under the title, at least two rows with the totals.
  const sum = (from: number, to: number) => bodyHeights.slice(from, to).reduce((a, b) => a + b, 0);
  const firstRows = Math.min(3, body.length);
  l.ensure(titleHeight + headerHeight + sum(0, firstRows) + (firstRows === body.length ? footerHeight : 0));
  if (options.title) {
    l.subheading(options.title, 0);
    l.y += 2;
  }
  drawRow(header, 'header');
  for (const [index, cells] of body.entries()) {
    const height = bodyHeights[index]!;
    if (height > l.pageHeight - headerHeight) {
      // Longer than a page: print the row as labelled paragraphs instead of cells.
      cells.forEach((cell, i) => {
        if (!cell.text) return;
        l.ensure(30);
        l.textAt(columns[i]!.header, l.left, l.y, total, { font: BOLD, size: size - 0.8, color: MUTED });
        l.y += 12;
        l.paragraph(cell.text, { size });
      });
      continue;
    }
    // The totals row never stands alone: the last two rows go with it.
    const need = body.length - index <= 2 && index >= firstRows ? sum(index, body.length) + footerHeight : height;
    if (need > l.room) {
      l.newPage();
      drawRow(header, 'header');
    }
    drawRow(cells, 'body');
  }
  if (footer) {
    if (footerHeight > l.room) {
      l.newPage();
      drawRow(header, 'header');
    }
    drawRow(footer, 'footer');
  }
  l.y += 8;
}
