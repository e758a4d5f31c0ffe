import { scanForPersonalData } from '../../privacy/domain/guard.js';
import { planDocumentSchema, STRUCTURED_FIELDS, type PlanDocument } from './plan-document.js';

/** The file that `doorbraak export` writes and `doorbraak import` reads: plan documents only. */
export const EXPORT_FORMAT = 'doorbraak-plans';

export interface PlanExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: 1;
  exportedAt: string;
  tenant: { id: string; name: string };
  plans: PlanDocument[];
}

export interface RejectedPlan {
  index: number;
  caseNumber: string | null;
  reasons: string[];
}

export interface ImportCheck {
  accepted: PlanDocument[];
  rejected: RejectedPlan[];
}

/**
 * Splits an import into plans that may be imported and plans that may not, each with its reasons:
 * invalid documents, a BSN anywhere, or a case number the municipality (or the file) already has.
 */
export function checkImport(file: unknown, existingCaseNumbers: ReadonlySet<string>): ImportCheck {
  const plans = (file as { format?: unknown; plans?: unknown })?.format === EXPORT_FORMAT ? (file as { plans: unknown }).plans : undefined;
  if (!Array.isArray(plans)) throw new Error(`Dit is geen exportbestand van Doorbraak (verwacht "format": "${EXPORT_FORMAT}" met een lijst "plans").`);
  const seen = new Set(existingCaseNumbers);
  const result: ImportCheck = { accepted: [], rejected: [] };
  plans.forEach((candidate, index) => {
    const caseNumber = typeof candidate?.caseNumber === 'string' ? candidate.caseNumber : null;
    const parsed = planDocumentSchema.safeParse(candidate);
    if (!parsed.success) {
      result.rejected.push({ index, caseNumber, reasons: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(plan)'}: ${issue.message}`) });
      return;
    }
    const { errors } = scanForPersonalData(parsed.data, { structured: STRUCTURED_FIELDS });
    if (errors.length > 0) {
      result.rejected.push({ index, caseNumber, reasons: errors.map((e) => `${e.path}: ${e.message}`) });
      return;
    }
    if (seen.has(parsed.data.caseNumber)) {
      result.rejected.push({ index, caseNumber, reasons: [`caseNumber: casusnummer ${parsed.data.caseNumber} bestaat al.`] });
      return;
    }
    seen.add(parsed.data.caseNumber);
    result.accepted.push(parsed.data);
  });
  return result;
}
