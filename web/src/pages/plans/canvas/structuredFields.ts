/**
 * The plan fields that hold identifiers, where digits are expected and only a BSN is refused: the
 * same set as STRUCTURED_FIELDS in src/plans/domain/plan-document.ts (a test keeps them equal).
 * Copied because importing that module would put zod (~26 kB gzipped) in the browser bundle.
 */
export const STRUCTURED_FIELDS: ReadonlySet<string> = new Set([
  'caseNumber',
  'clientNumber',
  'scenarios.current.lines.priceItemCode',
  'scenarios.threatened.lines.priceItemCode',
  'scenarios.plan.lines.priceItemCode',
  'scenarios.alternatives.lines.priceItemCode',
  'legalBases.article',
  'legalBases.bwbId',
]);
