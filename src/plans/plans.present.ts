import { computeKba } from './domain/kba.js';
import { STRUCTURED_FIELDS, type PlanDocument } from './domain/plan-document.js';
import { scanForPersonalData } from '../privacy/domain/guard.js';
import type { plans } from './plans.schema.js';

type PlanRow = typeof plans.$inferSelect;

/** The plan as the API returns it: the document plus what the server adds (read-only on PUT). */
export function presentPlan(row: PlanRow) {
  return {
    ...row.document,
    id: row.id,
    status: row.status,
    version: row.version,
    authorId: row.authorId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    kba: computeKba(row.document),
    privacyWarnings: scanForPersonalData(row.document, { structured: STRUCTURED_FIELDS }).warnings,
  };
}

/** A list row: identifiers and totals, no case text. */
export function presentPlanSummary(row: PlanRow) {
  const kba = computeKba(row.document);
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    clientNumber: row.document.clientNumber,
    status: row.status,
    version: row.version,
    authorId: row.authorId,
    domains: row.document.domains ?? [],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    kba: { planCents: kba.planCents, returnCents: kba.returnCents, maatwerkbudgetCents: kba.maatwerkbudgetCents },
  };
}

export const SERVER_FIELDS = ['id', 'status', 'version', 'authorId', 'createdAt', 'updatedAt', 'kba', 'privacyWarnings'] as const;

export type PresentedPlan = ReturnType<typeof presentPlan>;
export type { PlanDocument };
