import { pdfText } from './text.js';
import { ACCENT, BODY, BOLD, FILL, INK, ITALIC, LINE_GAP, MARGIN, MUTED, REGULAR, RULE, type Align } from './theme.js';

export interface TextOptions {
  font?: string;
  size?: number;
  color?: string;
  align?: Align;
}

export interface Box {
  label: string;
  value: string;
  sub?: string;
  fill?: string;
  color?: string;
  /** An amount or short value: one line, shrunk to fit, from 14 pt. */
  big?: boolean;
}

/**
 * Text flowing top-down over A4 pages: tracks `y`, starts a new page before a block that would
 * not fit, and measures before it draws. Tables are added by `Layout` (layout.ts).
 */
export class Flow {
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
  textAt(text: string, x: number, y: number, width: number, options: TextOptions = {}) {
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

  /**
   * A section title with a rule, kept together with at least `keep` points of what follows.
   * `icon` draws a mark of 17 points wide before the title (the standard fonts have few symbols).
   */
  heading(title: string, options: { keep?: number; icon?: (doc: PDFKit.PDFDocument, x: number, y: number) => void } = {}) {
    this.ensure(26 + (options.keep ?? 40));
    this.y += 6;
    const y = this.y;
    let x = this.left;
    if (options.icon) {
      options.icon(this.doc, x, y);
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

  /** A row of labelled values in boxes: a header's fields, a row of totals. */
  boxes(items: Box[], options: { gap?: number } = {}) {
    const gap = options.gap ?? 6;
    const width = (this.width - gap * (items.length - 1)) / items.length;
    const pad = 6;
    const inner = width - 2 * pad;
    // Amounts and short values stay on one line (shrunk if needed); longer text wraps.
    const sizeOf = (item: Box) => (item.big ? fitSize(this.doc, item.value, inner, 14) : 10.5);
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
}

/** The largest size ≤ `size` at which `text` fits on one line of `width`. */
function fitSize(doc: PDFKit.PDFDocument, text: string, width: number, size: number) {
  let s = size;
  doc.font(BOLD);
  while (s > 7 && doc.fontSize(s).widthOfString(pdfText(text)) > width) s -= 0.5;
  return s;
}
