import PDFDocument from 'pdfkit';
import { lineCents, type CostLine, type Kba } from '../plans/domain/kba.js';
import type { PlanDocument } from '../plans/domain/plan-document.js';
import { PLAN_STATUSES } from '../plans/domain/statuses.js';
import { BOTTLENECK_LEVELS, DOMAINS, FREQUENCIES, FUNDING_STREAMS, labelOf, type FundingStream } from '../plans/domain/vocabulary.js';
import { formatEuro } from '../shared/money.js';
import { pdfText } from './pdf-text.js';

/**
 * The maatwerkcanvas as a printable A4 PDF for the doorbraaktafel, after the Maastricht canvas
 * (seed 002, Bijlage 1): header, tevredenheidscijfer, situatieschets, perspectief ★, doorbraak,
 * the three columns of actions, the kosten-batenanalyse, legitimiteit and betrokkenheid.
 * Pure apart from pdfkit: plan and context in, bytes out. No browser, standard fonts only.
 */

/** The plan as the API presents it: the document plus status, version and the computed kba. */
export interface CanvasPlan extends PlanDocument {
  status: string;
  version: number;
  kba: Kba;
}

export interface CanvasContext {
  /** The municipality, e.g. "Gemeente Demodam". */
  municipality: string;
  printedAt: Date;
  /** The professional who wrote the plan (never a client's name). */
  authorName?: string | null;
  /** Off in tests, so the text can be read back from the content streams. */
  compress?: boolean;
}

export const CONFIDENTIAL = 'Vertrouwelijk – alleen voor de doorbraaktafel';

const INK = '#1b1f24';
const MUTED = '#5b6675';
const ACCENT = '#1d4f91';
const RULE = '#c8d0da';
const FILL = '#eef2f7';
const STAR = '#c07f00';
const STAR_FILL = '#fff6df';
const BREAK_FILL = '#e8f0fb';
const GOOD = '#176f2c';
const GOOD_FILL = '#e6f4ea';
const BAD = '#a8231a';
const BAD_FILL = '#fbeae8';

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';

const MARGIN = { top: 56, bottom: 58, left: 46, right: 46 };
const BODY = 9.5;
const LINE_GAP = 1.6;
const TABLE_PAD_X = 4;
const TABLE_PAD_Y = 3.5;

type Align = 'left' | 'right' | 'center';

interface Column {
  header: string;
  /** Fraction of the width, or points when > 1. */
  width: number;
  align?: Align;
}

interface Cell {
  text: string;
  bold?: boolean;
  muted?: boolean;
  color?: string;
  /** A second, smaller and muted line under the text (an owner, a code). */
  note?: string;
}

type CellInput = string | Cell;

const nl = (value: number, digits = 2) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits }).format(value);
const percent = (p: number) => `${nl(p * 100, 1)}%`;
const statusLabel = (status: string) => PLAN_STATUSES.find((s) => s.key === status)?.label ?? status;
const streamLabel = (stream: FundingStream) => labelOf(FUNDING_STREAMS, stream);

function printedDate(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    .format(date)
    .replace(' om ', ', ');
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Draws top-down, tracking `y`, breaking pages before blocks that would not fit. */
export class Layout {
  readonly doc: PDFKit.PDFDocument;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
  }

  get left() {
    return MARGIN.left;
  }
  get width() {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  get right() {
    return this.left + this.width;
  }
  get bottom() {
    return this.doc.page.height - MARGIN.bottom;
  }
  get pageHeight() {
    return this.bottom - MARGIN.top;
  }
  get y() {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }
  get room() {
    return this.bottom - this.y;
  }

  newPage() {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number) {
    if (height > this.room && this.y > MARGIN.top + 1) this.newPage();
  }

  font(name: string, size: number, color = INK) {
    this.doc.font(name).fontSize(size).fillColor(color);
    return this;
  }

  measure(text: string, width: number, font = REGULAR, size = BODY) {
    this.doc.font(font).fontSize(size);
    return this.doc.heightOfString(pdfText(text) || ' ', { width, lineGap: LINE_GAP });
  }

  /** Text at (x, y); returns the height used. Leaves the cursor where it was and never breaks the page. */
  textAt(text: string, x: number, y: number, width: number, options: { font?: string; size?: number; color?: string; align?: Align } = {}) {
    const { font = REGULAR, size = BODY, color = INK, align = 'left' } = options;
    this.font(font, size, color);
    const value = pdfText(text) || ' ';
    const height = this.doc.heightOfString(value, { width, lineGap: LINE_GAP });
    const cursor = this.doc.y;
    this.doc.text(value, x, y, { width, align, lineGap: LINE_GAP, height: height + 2 });
    this.doc.y = cursor;
    return height;
  }

  /** Flowing text that may run over pages (pdfkit breaks it line by line). */
  paragraph(text: string | undefined, options: { font?: string; size?: number; color?: string; indent?: number; empty?: string } = {}) {
    const value = pdfText(text).trim();
    const indent = options.indent ?? 0;
    if (!value) {
      this.ensure(16);
      this.textAt(options.empty ?? 'Niet ingevuld.', this.left + indent, this.y, this.width - indent, { font: ITALIC, color: MUTED });
      this.y += this.measure(options.empty ?? 'Niet ingevuld.', this.width - indent) + 4;
      return;
    }
    this.font(options.font ?? REGULAR, options.size ?? BODY, options.color ?? INK);
    this.ensure(Math.min(this.doc.heightOfString(value, { width: this.width - indent, lineGap: LINE_GAP }), 3 * (BODY + 4)));
    this.doc.text(value, this.left + indent, this.y, { width: this.width - indent, lineGap: LINE_GAP, paragraphGap: 3 });
    this.y += 4;
  }

  /** A section title with a rule, kept together with at least `keep` points of what follows. */
  heading(title: string, options: { keep?: number; star?: boolean } = {}) {
    this.ensure(26 + (options.keep ?? 40));
    this.y += 6;
    const y = this.y;
    let x = this.left;
    if (options.star) {
      drawStar(this.doc, x + 6, y + 6.5, 6.5);
      x += 17;
    }
    this.textAt(title, x, y, this.width - (x - this.left), { font: BOLD, size: 12, color: ACCENT });
    this.y = y + 17;
    this.doc.moveTo(this.left, this.y).lineTo(this.right, this.y).lineWidth(0.6).strokeColor(RULE).stroke();
    this.y += 6;
  }

  subheading(title: string, keep = 30) {
    this.ensure(16 + keep);
    this.y += 3;
    this.textAt(title, this.left, this.y, this.width, { font: BOLD, size: 10, color: INK });
    this.y += 14;
  }

  /** Text in a tinted box with a coloured bar; falls back to flowing text when longer than a page. */
  callout(text: string | undefined, fill: string, bar: string, options: { size?: number; empty?: string } = {}) {
    const value = pdfText(text).trim();
    const size = options.size ?? 10.5;
    if (!value) return this.paragraph('', { empty: options.empty });
    const pad = 8;
    const inner = this.width - 2 * pad - 4;
    const height = this.measure(value, inner, REGULAR, size) + 2 * pad;
    if (height > this.pageHeight) return this.paragraph(value, { size });
    this.ensure(height + 4);
    const y = this.y;
    this.doc.rect(this.left, y, this.width, height).fill(fill);
    this.doc.rect(this.left, y, 3, height).fill(bar);
    this.textAt(value, this.left + pad + 4, y + pad, inner, { size });
    this.y = y + height + 6;
  }

  /** A row of labelled values in boxes: the canvas's header fields, the kba totals. */
  boxes(items: { label: string; value: string; sub?: string; fill?: string; color?: string; big?: boolean }[], options: { gap?: number } = {}) {
    const gap = options.gap ?? 6;
    const width = (this.width - gap * (items.length - 1)) / items.length;
    const pad = 6;
    const inner = width - 2 * pad;
    // Amounts and short values stay on one line (shrunk if needed); longer text wraps.
    const sizeOf = (item: (typeof items)[number]) => (item.big ? fitSize(this.doc, item.value, inner, 14) : 10.5);
    const labelHeight = Math.max(...items.map((item) => this.measure(item.label, inner, REGULAR, 7.5)));
    const heights = items.map(
      (item) => labelHeight + 2 + this.measure(item.value, inner, BOLD, sizeOf(item)) + (item.sub ? this.measure(item.sub, inner, REGULAR, 7.8) + 2 : 0) + 2 * pad,
    );
    const height = Math.max(...heights);
    this.ensure(height + 6);
    const y = this.y;
    items.forEach((item, index) => {
      const x = this.left + index * (width + gap);
      this.doc.rect(x, y, width, height).fill(item.fill ?? FILL);
      this.textAt(item.label, x + pad, y + pad, inner, { size: 7.5, color: MUTED });
      const valueY = y + pad + labelHeight + 2;
      const valueHeight = this.textAt(item.value, x + pad, valueY, inner, { font: BOLD, size: sizeOf(item), color: item.color ?? INK });
      if (item.sub) this.textAt(item.sub, x + pad, valueY + valueHeight + 2, inner, { size: 7.8, color: MUTED });
    });
    this.y = y + height + 8;
  }

  /** Height of a table's header and first rows: what a heading above it must keep with it. */
  tableStart(columns: Column[], rows: CellInput[][], size = 8.8) {
    const metrics = this.tableMetrics(columns, rows, undefined, size);
    return metrics.headerHeight + metrics.bodyHeights.slice(0, 3).reduce((a, b) => a + b, 0);
  }

  private tableMetrics(columns: Column[], rows: CellInput[][], footerInput: CellInput[] | undefined, size: number) {
    const total = this.width;
    const fixed = columns.reduce((sum, c) => sum + (c.width > 1 ? c.width : 0), 0);
    const fraction = columns.reduce((sum, c) => sum + (c.width <= 1 ? c.width : 0), 0);
    const widths = columns.map((c) => (c.width > 1 ? c.width : ((total - fixed) * c.width) / (fraction || 1)));
    const cellOf = (input: CellInput | undefined): Cell => (typeof input === 'string' ? { text: input } : (input ?? { text: '' }));
    const cellHeight = (cell: Cell, width: number, bold: boolean) =>
      this.measure(cell.text, width - 2 * TABLE_PAD_X, bold || cell.bold ? BOLD : REGULAR, size) +
      (cell.note ? this.measure(cell.note, width - 2 * TABLE_PAD_X, REGULAR, size - 1.3) : 0);
    const rowHeight = (cells: Cell[], bold = false) => Math.max(...cells.map((cell, i) => cellHeight(cell, widths[i]!, bold))) + 2 * TABLE_PAD_Y;
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

  /** A table whose rows never split: a row that does not fit starts a new page under a repeated header. */
  table(columns: Column[], rows: CellInput[][], options: { footer?: CellInput[]; size?: number; title?: string } = {}) {
    const size = options.size ?? 8.8;
    const { total, widths, rowHeight, header, body, footer, headerHeight, bodyHeights, footerHeight } = this.tableMetrics(columns, rows, options.footer, size);
    const padX = TABLE_PAD_X;
    const padY = TABLE_PAD_Y;

    const drawRow = (cells: Cell[], kind: 'header' | 'body' | 'footer') => {
      const height = rowHeight(cells, kind !== 'body');
      const y = this.y;
      if (kind === 'header') this.doc.rect(this.left, y, total, height).fill(FILL);
      let x = this.left;
      cells.forEach((cell, i) => {
        const width = widths[i]!;
        const align = columns[i]!.align ?? 'left';
        const font = kind === 'header' || kind === 'footer' || cell.bold ? BOLD : REGULAR;
        const color = kind === 'header' ? MUTED : (cell.color ?? (cell.muted ? MUTED : INK));
        const used = this.textAt(cell.text, x + padX, y + padY, width - 2 * padX, { font, size: kind === 'header' ? size - 0.8 : size, color, align });
        if (cell.note) this.textAt(cell.note, x + padX, y + padY + used, width - 2 * padX, { size: size - 1.3, color: MUTED, align });
        x += width;
      });
      const lineY = y + height;
      this.doc
        .moveTo(this.left, kind === 'footer' ? y : lineY)
        .lineTo(this.right, kind === 'footer' ? y : lineY)
        .lineWidth(kind === 'footer' ? 0.9 : 0.4)
        .strokeColor(kind === 'footer' ? INK : RULE)
        .stroke();
      this.y = lineY;
    };

    const titleHeight = options.title ? 20 : 0;
    // Widows and orphans: at least three rows (or all) under the title, at least two rows with the totals.
    const sum = (from: number, to: number) => bodyHeights.slice(from, to).reduce((a, b) => a + b, 0);
    const firstRows = Math.min(3, body.length);
    this.ensure(titleHeight + headerHeight + sum(0, firstRows) + (firstRows === body.length ? footerHeight : 0));
    if (options.title) {
      this.subheading(options.title, 0);
      this.y += 2;
    }
    drawRow(header, 'header');
    for (const [index, cells] of body.entries()) {
      const height = bodyHeights[index]!;
      if (height > this.pageHeight - headerHeight) {
        // Longer than a page: print the row as labelled paragraphs instead of cells.
        cells.forEach((cell, i) => {
          if (!cell.text) return;
          this.ensure(30);
          this.textAt(columns[i]!.header, this.left, this.y, total, { font: BOLD, size: size - 0.8, color: MUTED });
          this.y += 12;
          this.paragraph(cell.text, { size });
        });
        continue;
      }
      // The totals row never stands alone: the last two rows go with it.
      const need = body.length - index <= 2 && index >= firstRows ? sum(index, body.length) + footerHeight : height;
      if (need > this.room) {
        this.newPage();
        drawRow(header, 'header');
      }
      drawRow(cells, 'body');
    }
    if (footer) {
      if (footerHeight > this.room) {
        this.newPage();
        drawRow(header, 'header');
      }
      drawRow(footer, 'footer');
    }
    this.y += 8;
  }
}

/** The largest size ≤ `size` at which `text` fits on one line of `width`. */
function fitSize(doc: PDFKit.PDFDocument, text: string, width: number, size: number) {
  let s = size;
  doc.font(BOLD);
  while (s > 7 && doc.fontSize(s).widthOfString(pdfText(text)) > width) s -= 0.5;
  return s;
}

/** The canvas's ★, drawn: the standard fonts have no star glyph. */
function drawStar(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number) {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  doc.polygon(...points).fill(STAR);
}

function describeHousehold(household: PlanDocument['household']): string {
  if (!household) return 'Niet ingevuld';
  return `${plural(household.adults, 'volwassene', 'volwassenen')}, ${plural(household.children, 'kind', 'kinderen')}`;
}

function costLineCells(line: CostLine & { priceItemCode?: string; vat?: boolean }, horizonMonths: number): CellInput[] {
  const frequency = labelOf(FREQUENCIES, line.frequency);
  const calculation = `${formatEuro(line.unitPriceCents)} × ${nl(line.quantity, 4)} ${frequency}`;
  const period: string[] = [];
  if ((line.startMonth ?? 0) > 0) period.push(`vanaf maand ${(line.startMonth ?? 0) + 1}`);
  if (line.months !== undefined && line.frequency !== 'once') period.push(`${plural(line.months, 'maand', 'maanden')}`);
  const notes = [line.priceItemCode ? `prijslijst ${line.priceItemCode}` : 'handmatig', line.vat ? 'incl. btw' : ''].filter(Boolean).join(' · ');
  return [
    { text: line.description || '(geen omschrijving)', note: notes },
    streamLabel(line.fundingStream),
    { text: calculation, note: period.join(', ') || undefined },
    { text: formatEuro(lineCents(line, horizonMonths)), bold: true },
  ];
}

const COST_COLUMNS: Column[] = [
  { header: 'Omschrijving', width: 0.4 },
  { header: 'Geldstroom', width: 0.2 },
  { header: 'Prijs × aantal × frequentie', width: 0.24 },
  { header: 'Totaal', width: 0.16, align: 'right' },
];

export interface PdfInfo {
  title: string;
  author: string;
  compress?: boolean;
}

/** An A4 document with the canvas's margins and metadata, and a promise of its bytes once `end()` is called. */
export function openPdf(info: PdfInfo): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    compress: info.compress ?? true,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: pdfText(info.title),
      Author: pdfText(info.author),
      Subject: CONFIDENTIAL,
      Creator: 'Doorbraak',
      Producer: 'Doorbraak',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

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
  const { doc, done } = openPdf({ title: `Maatwerkcanvas casus ${plan.caseNumber}`, author: context.municipality, compress: context.compress });
  drawCanvas(doc, plan, context);
  doc.end();
  return done;
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
    { label: 'Versie', value: String(plan.version) },
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

function drawCore(l: Layout, plan: CanvasPlan) {
  const domains = (plan.domains ?? []).map((d) => labelOf(DOMAINS, d));
  const satisfaction = plan.lifeSatisfaction;
  l.boxes([
    {
      label: 'Tevredenheidscijfer',
      value: satisfaction ? `${satisfaction} / 10` : '–',
      sub: 'Hoe tevreden is het huishouden over het leven?',
      big: true,
      fill: satisfaction ? (satisfaction < 5.5 ? BAD_FILL : GOOD_FILL) : FILL,
    },
    { label: 'Huishouden', value: describeHousehold(plan.household), big: false },
    { label: 'Leefgebieden', value: domains.length ? domains.join(', ') : 'Niet ingevuld' },
  ]);

  l.heading('Situatieschets');
  l.paragraph(plan.situation);

  const professionals = plan.involvement?.professionals ?? [];
  const professionalColumns: Column[] = [
    { header: 'Organisatie', width: 0.45 },
    { header: 'Rol', width: 0.4 },
    { header: 'Steunt het plan', width: 0.15 },
  ];
  const professionalRows = professionals.map((p) => [p.organisation, p.role, agreement(p.agrees)]);
  l.heading('Betrokken organisaties en professionals', { keep: professionals.length ? l.tableStart(professionalColumns, professionalRows) : 20 });
  if (professionals.length === 0) l.paragraph('', { empty: 'Nog geen organisaties of professionals vastgelegd.' });
  else l.table(professionalColumns, professionalRows);

  l.heading('Perspectief', { star: true, keep: 50 });
  l.textAt('Waar wil het huishouden over een jaar staan, in eigen woorden?', l.left, l.y - 2, l.width, { font: ITALIC, size: 8, color: MUTED });
  l.y += 11;
  l.callout(plan.perspective, STAR_FILL, STAR);

  l.heading('Doorbraak', { keep: 50 });
  l.textAt('Wat moet er doorbroken worden om daar te komen?', l.left, l.y - 2, l.width, { font: ITALIC, size: 8, color: MUTED });
  l.y += 11;
  l.callout(plan.breakthrough, BREAK_FILL, ACCENT);
}

function agreement(agrees: boolean | undefined): Cell {
  if (agrees === true) return { text: 'ja', color: GOOD, bold: true };
  if (agrees === false) return { text: 'nee', color: BAD, bold: true };
  return { text: 'onbekend', muted: true };
}

function drawActions(l: Layout, plan: CanvasPlan) {
  const columns = [
    { title: 'Zelf doen', sub: 'huishouden en netwerk', items: plan.selfActions ?? [] },
    { title: 'Ondersteuning', sub: '', items: plan.support ?? [] },
    { title: 'Behandeling', sub: '', items: plan.treatment ?? [] },
  ];
  l.heading('Acties', { keep: 60 });
  const gap = 8;
  const width = (l.width - 2 * gap) / 3;
  const pad = 5;
  const itemHeight = (item: { description: string; owner: string }) =>
    l.measure(item.description, width - 2 * pad - 8) + (item.owner ? l.measure(item.owner, width - 2 * pad - 8, ITALIC, 7.8) : 0) + 5;
  const empty = 'Geen acties.';
  const heights = columns.map((c) => (c.items.length ? c.items.reduce((sum, item) => sum + itemHeight(item), 0) : l.measure(empty, width)) + 4);
  const headerHeight = 18;
  const height = Math.max(...heights);

  if (headerHeight + height <= l.pageHeight) {
    // Three columns side by side, as on the paper canvas.
    l.ensure(headerHeight + height);
    const top = l.y;
    columns.forEach((column, index) => {
      const x = l.left + index * (width + gap);
      l.doc.rect(x, top, width, headerHeight).fill(ACCENT);
      l.textAt(column.title, x + pad, top + 4.5, width - 2 * pad, { font: BOLD, size: 9.5, color: '#ffffff' });
      l.doc.rect(x, top + headerHeight, width, height).lineWidth(0.5).strokeColor(RULE).stroke();
      let y = top + headerHeight + 4;
      if (column.items.length === 0) l.textAt(empty, x + pad, y, width - 2 * pad, { font: ITALIC, color: MUTED });
      for (const item of column.items) {
        l.doc.circle(x + pad + 2, y + 5, 1.4).fill(ACCENT);
        const used = l.textAt(item.description, x + pad + 8, y, width - 2 * pad - 8);
        if (item.owner) l.textAt(item.owner, x + pad + 8, y + used, width - 2 * pad - 8, { font: ITALIC, size: 7.8, color: MUTED });
        y += itemHeight(item);
      }
    });
    l.y = top + headerHeight + height + 8;
    return;
  }
  // Too long for one page: a table that breaks between rows.
  const rows: CellInput[][] = [];
  const count = Math.max(...columns.map((c) => c.items.length));
  for (let i = 0; i < count; i++) {
    rows.push(columns.map((c) => (c.items[i] ? { text: c.items[i]!.description, note: c.items[i]!.owner || undefined } : '')));
  }
  l.table(
    columns.map((c) => ({ header: c.title, width: 1 / 3 })),
    rows,
    { size: BODY },
  );
}

function drawKba(l: Layout, plan: CanvasPlan) {
  const { kba } = plan;
  const scenarios = plan.scenarios ?? {};
  const probability = scenarios.threatened?.probability ?? 1;
  const horizon = kba.horizonMonths;
  const planName = scenarios.plan?.name?.trim() || 'Maatwerk';

  l.heading('Kosten-batenanalyse', { keep: 90 });
  l.textAt(
    `Maatschappelijke kosten over ${plural(horizon, 'maand', 'maanden')}, per scenario en per geldstroom. Rendement = dreigend − maatwerk.`,
    l.left,
    l.y - 2,
    l.width,
    { font: ITALIC, size: 8, color: MUTED },
  );
  l.y += 12;

  const threatenedSub =
    probability < 1
      ? `kans ${percent(probability)}; verwachte waarde ${formatEuro(kba.expectedThreatenedCents)}`
      : 'als er niets verandert';
  const good = kba.returnCents >= 0;
  l.boxes([
    { label: 'Huidig', value: formatEuro(kba.currentCents), sub: 'wat nu wordt ingezet', big: true },
    { label: 'Dreigend', value: formatEuro(kba.threatenedCents), sub: threatenedSub, big: true },
    { label: 'Maatwerk', value: formatEuro(kba.planCents), sub: planName, big: true },
    {
      label: 'Rendement',
      value: formatEuro(kba.returnCents),
      sub: probability < 1 ? 'verwacht dreigend − maatwerk' : 'dreigend − maatwerk',
      big: true,
      fill: good ? GOOD_FILL : BAD_FILL,
      color: good ? GOOD : BAD,
    },
  ]);
  const versus = kba.versusCurrentCents;
  const versusText =
    versus >= 0
      ? `Ten opzichte van huidig: ${formatEuro(versus)} goedkoper dan nu.`
      : `Ten opzichte van huidig: het maatwerk kost ${formatEuro(-versus)} meer dan nu (huidig − maatwerk = ${formatEuro(versus)}); het bespaart op het dreigende pad.`;
  l.paragraph(versusText, { size: 9 });
  l.paragraph(`Gevraagd uit het maatwerkbudget: ${formatEuro(kba.maatwerkbudgetCents)}.`, { font: BOLD, size: 9 });

  if (kba.byFundingStream.length > 0) {
    l.table(
      [
        { header: 'Geldstroom', width: 0.28 },
        { header: 'Huidig', width: 0.18, align: 'right' },
        { header: probability < 1 ? `Dreigend (verwacht, ${percent(probability)})` : 'Dreigend', width: 0.18, align: 'right' },
        { header: 'Maatwerk', width: 0.18, align: 'right' },
        { header: 'Rendement', width: 0.18, align: 'right' },
      ],
      kba.byFundingStream.map((row) => [
        streamLabel(row.fundingStream),
        formatEuro(row.currentCents),
        formatEuro(row.threatenedCents),
        formatEuro(row.planCents),
        { text: formatEuro(row.returnCents), color: row.returnCents >= 0 ? GOOD : BAD },
      ]),
      {
        footer: [
          'Totaal',
          formatEuro(kba.currentCents),
          formatEuro(kba.expectedThreatenedCents),
          formatEuro(kba.planCents),
          { text: formatEuro(kba.returnCents), color: good ? GOOD : BAD },
        ],
        title: 'Per geldstroom: waar kosten en besparingen landen',
      },
    );
    if (probability < 1) {
      l.paragraph(
        `Dreigend per geldstroom is de verwachte waarde: ${percent(probability)} × dreigend + ${percent(1 - probability)} × huidig. Door afronding kunnen rijen een cent afwijken van het totaal.`,
        { size: 7.8, color: MUTED },
      );
    }
  }

  const alternatives = scenarios.alternatives ?? [];
  if (alternatives.length > 0) {
    const title = 'Alternatieven naast elkaar';
    const options = [
      { name: `${planName} (voorgesteld)`, lines: scenarios.plan?.lines ?? [], planCents: kba.planCents, returnCents: kba.returnCents },
      ...alternatives.map((alternative, index) => ({
        name: kba.alternatives[index]?.name ?? alternative.name,
        lines: alternative.lines,
        planCents: kba.alternatives[index]?.planCents ?? 0,
        returnCents: kba.alternatives[index]?.returnCents ?? 0,
      })),
    ];
    if (options.length <= 4) {
      const streams = FUNDING_STREAMS.map((s) => s.key).filter((stream) => options.some((o) => o.lines.some((line) => line.fundingStream === stream)));
      const perStream = (lines: CostLine[], stream: FundingStream) =>
        lines.filter((line) => line.fundingStream === stream).reduce((sum, line) => sum + lineCents(line, horizon), 0);
      const share = 0.7 / options.length;
      l.table(
        [{ header: 'Kosten per geldstroom', width: 0.3 }, ...options.map((o) => ({ header: o.name, width: share, align: 'right' as const }))],
        [
          ...streams.map((stream) => [streamLabel(stream), ...options.map((o) => formatEuro(perStream(o.lines, stream)))]),
          ['Totaal kosten', ...options.map((o) => ({ text: formatEuro(o.planCents), bold: true }))],
          ['Rendement (t.o.v. dreigend)', ...options.map((o) => ({ text: formatEuro(o.returnCents), bold: true, color: o.returnCents >= 0 ? GOOD : BAD }))],
          ['Ten opzichte van huidig', ...options.map((o) => formatEuro(kba.currentCents - o.planCents))],
        ],
        { title },
      );
    } else {
      l.table(
        [
          { header: 'Scenario', width: 0.4 },
          { header: 'Kosten', width: 0.2, align: 'right' },
          { header: 'Rendement', width: 0.2, align: 'right' },
          { header: 'T.o.v. huidig', width: 0.2, align: 'right' },
        ],
        options.map((o) => [o.name, formatEuro(o.planCents), { text: formatEuro(o.returnCents), color: o.returnCents >= 0 ? GOOD : BAD }, formatEuro(kba.currentCents - o.planCents)]),
        { title },
      );
    }
  }

  const sections: { title: string; lines: CostLine[]; totalCents: number }[] = [
    { title: 'Kostenregels huidig: wat nu wordt ingezet', lines: scenarios.current?.lines ?? [], totalCents: kba.currentCents },
    {
      title: `Kostenregels dreigend: als er niets verandert${probability < 1 ? ` (kans ${percent(probability)})` : ''}`,
      lines: scenarios.threatened?.lines ?? [],
      totalCents: kba.threatenedCents,
    },
    { title: `Kostenregels maatwerk: ${planName}`, lines: scenarios.plan?.lines ?? [], totalCents: kba.planCents },
    ...alternatives.map((alternative, index) => ({
      title: `Kostenregels alternatief ${index + 1}: ${kba.alternatives[index]?.name ?? alternative.name}`,
      lines: alternative.lines,
      totalCents: kba.alternatives[index]?.planCents ?? 0,
    })),
  ];
  for (const section of sections) {
    if (section.lines.length === 0) {
      l.subheading(section.title, 16);
      l.paragraph('', { empty: 'Geen kostenregels.' });
      continue;
    }
    l.table(
      COST_COLUMNS,
      section.lines.map((line) => costLineCells(line, horizon)),
      { title: section.title, footer: [`Totaal (${plural(section.lines.length, 'regel', 'regels')})`, '', '', formatEuro(section.totalCents)] },
    );
  }
}

function drawLegitimacy(l: Layout, plan: CanvasPlan) {
  const bases = plan.legalBases ?? [];
  const columns: Column[] = [
    { header: 'Regeling en artikel', width: 0.36 },
    { header: 'Motivering', width: 0.64 },
  ];
  const rows: CellInput[][] = bases.map((base) => [
    { text: [base.regulation, base.article ? `art. ${base.article}` : ''].filter(Boolean).join(', '), bold: true, note: base.bwbId || undefined },
    base.motivation || '–',
  ]);
  l.heading('Legitimiteit', { keep: 11 + (bases.length ? l.tableStart(columns, rows, 9) : 20) });
  l.textAt('Op welke wet, welk artikel of welke regel berust dit maatwerk, en waarom?', l.left, l.y - 2, l.width, { font: ITALIC, size: 8, color: MUTED });
  l.y += 11;
  if (bases.length === 0) return l.paragraph('', { empty: 'Nog geen wettelijke grondslag vastgelegd.' });
  l.table(columns, rows, { size: 9 });
}

function drawInvolvement(l: Layout, plan: CanvasPlan) {
  const involvement = plan.involvement ?? {};
  const professionals = involvement.professionals ?? [];
  l.heading('Betrokkenheid', { keep: 50 });
  const agrees = involvement.householdAgrees;
  const supporting = professionals.filter((p) => p.agrees === true).length;
  l.boxes([
    {
      label: 'Huishouden stemt in met het plan',
      value: agrees === true ? 'Ja' : agrees === false ? 'Nee' : 'Nog niet bekend',
      fill: agrees === true ? GOOD_FILL : agrees === false ? BAD_FILL : FILL,
      color: agrees === true ? GOOD : agrees === false ? BAD : INK,
    },
    {
      label: 'Professionals die het plan steunen',
      value: professionals.length ? `${supporting} van ${professionals.length}` : 'Geen vastgelegd',
    },
  ]);
  l.subheading('Het huishouden zelf', 20);
  l.paragraph(involvement.householdView, { empty: 'Niet ingevuld.' });
  l.subheading('Netwerk', 20);
  l.paragraph(involvement.network, { empty: 'Niet ingevuld.' });
}

function drawBottlenecks(l: Layout, plan: CanvasPlan) {
  const bottlenecks = plan.bottlenecks ?? [];
  const columns: Column[] = [
    { header: 'Thema', width: 0.16 },
    { header: 'Niveau', width: 0.11 },
    { header: 'Knellende regel', width: 0.25 },
    { header: 'Omschrijving', width: 0.48 },
  ];
  const rows = bottlenecks.map((b) => [labelOf(DOMAINS, b.theme), labelOf(BOTTLENECK_LEVELS, b.level), b.rule || '–', b.description]);
  l.heading('Knelpunten (systeemleren)', { keep: bottlenecks.length ? l.tableStart(columns, rows) : 20 });
  if (bottlenecks.length === 0) return l.paragraph('', { empty: 'Geen knelpunten vastgelegd.' });
  l.table(columns, rows);
}

/** Running header (from page 2) and footer with "pagina i van n", drawn once all pages exist. */
function drawPageFurniture(l: Layout, plan: CanvasPlan, context: CanvasContext, firstPage: number) {
  const { doc } = l;
  const range = doc.bufferedPageRange();
  const end = range.start + range.count;
  for (let i = firstPage; i < end; i++) {
    doc.switchToPage(i);
    // Writing inside the margins must not make pdfkit start another page.
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: margins.left, right: margins.right };
    const footerY = doc.page.height - MARGIN.bottom + 16;
    doc.moveTo(l.left, footerY - 5).lineTo(l.right, footerY - 5).lineWidth(0.5).strokeColor(RULE).stroke();
    l.textAt(`${CONFIDENTIAL} · casus ${plan.caseNumber} · cliënt ${plan.clientNumber}`, l.left, footerY, l.width * 0.75, { size: 7.5, color: MUTED });
    l.textAt(`pagina ${i - firstPage + 1} van ${end - firstPage}`, l.left + l.width * 0.75, footerY, l.width * 0.25, { font: BOLD, size: 7.5, color: MUTED, align: 'right' });
    if (i > firstPage) {
      l.textAt(`Maatwerkcanvas casus ${plan.caseNumber} · ${context.municipality}`, l.left, 28, l.width * 0.7, { size: 7.5, color: MUTED });
      l.textAt(`${statusLabel(plan.status)} · versie ${plan.version}`, l.left + l.width * 0.7, 28, l.width * 0.3, { size: 7.5, color: MUTED, align: 'right' });
      doc.moveTo(l.left, 40).lineTo(l.right, 40).lineWidth(0.5).strokeColor(RULE).stroke();
    }
    doc.page.margins = margins;
  }
}
