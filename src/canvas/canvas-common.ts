import type { Kba } from '../plans/domain/kba.js';
import type { PlanDocument } from '../plans/domain/plan-document.js';
import { PLAN_STATUSES } from '../plans/domain/statuses.js';
import { FUNDING_STREAMS, labelOf, type FundingStream } from '../plans/domain/vocabulary.js';

/** What the canvas sections (canvas-sections.ts, canvas-kba.ts) and the page (canvas-pdf.ts) share. */

/** The plan as the API presents it: the document plus status, version and the computed kba. */
export interface CanvasPlan extends PlanDocument {
  status: string;
  version: number;
  /** When this version was saved (ISO): what the PDF shows instead of the internal version number. */
  savedAt?: string;
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

/** The canvas's own colours, beside the house palette of src/pdf/theme.ts. */
export const STAR = '#c07f00';
export const STAR_FILL = '#fff6df';
export const BREAK_FILL = '#e8f0fb';

export const nl = (value: number, digits = 2) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: digits }).format(value);
export const percent = (p: number) => `${nl(p * 100, 1)}%`;
export const statusLabel = (status: string) => PLAN_STATUSES.find((s) => s.key === status)?.label ?? status;
export const streamLabel = (stream: FundingStream) => labelOf(FUNDING_STREAMS, stream);

export function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}
