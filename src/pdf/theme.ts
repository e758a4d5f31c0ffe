/** The house style of every Doorbraak PDF: A4 margins, the standard fonts, sizes and colours. */

export const REGULAR = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
export const ITALIC = 'Helvetica-Oblique';

export const MARGIN = { top: 56, bottom: 58, left: 46, right: 46 };
/** Body text size and the gap between its lines, in points. */
export const BODY = 9.5;
export const LINE_GAP = 1.6;

export const INK = '#1b1f24';
export const MUTED = '#5b6675';
export const ACCENT = '#1d4f91';
export const RULE = '#c8d0da';
/** Boxes and table headers. */
export const FILL = '#eef2f7';
/** A good outcome (a positive return, agreement) and a bad one. */
export const GOOD = '#176f2c';
export const GOOD_FILL = '#e6f4ea';
export const BAD = '#a8231a';
export const BAD_FILL = '#fbeae8';

export type Align = 'left' | 'right' | 'center';
