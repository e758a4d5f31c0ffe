import { computeKba } from './domain/kba.js';
import { STRUCTURED_FIELDS } from './domain/plan-document.js';
import type { PlanStatus } from './domain/statuses.js';
import { scanForPersonalData } from '../privacy/domain/guard.js';
import type { Plan, PlanSummary } from './plans.contract.js';
import type { plans } from './plans.schema.js';

type PlanRow = typeof plans.$inferSelect;

/** The plan as the API returns it (`planOut`): the document plus what the server adds (read-only on PUT). */
export function presentPlan(row: PlanRow): Plan {
  return {
    ...row.document,
    id: row.id,
    status: row.status as PlanStatus,
    version: row.version,
    authorId: row.authorId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    savedAt: (row.savedAt ?? row.createdAt).toISOString(),
    kba: computeKba(row.document),
    privacyWarnings: scanForPersonalData(row.document, { structured: STRUCTURED_FIELDS }).warnings,
  };
}

/** A list row (`planSummaryOut`): identifiers and totals, no case text. */
export function presentPlanSummary(row: PlanRow): PlanSummary {
  const kba = computeKba(row.document);
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    clientNumber: row.document.clientNumber,
    status: row.status as PlanStatus,
    version: row.version,
    authorId: row.authorId,
    domains: row.document.domains ?? [],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    kba: { planCents: kba.planCents, returnCents: kba.returnCents, maatwerkbudgetCents: kba.maatwerkbudgetCents },
  };
}
