import type { Solution, SolutionSource, SolutionStatus } from './inspiration.contract.js';
import type { inspirationSolutions } from './inspiration.schema.js';

type SolutionRow = typeof inspirationSolutions.$inferSelect;

export interface Viewer {
  id: string;
  tenantId: string;
}

/**
 * A solution as another municipality may see it: no client or case number (never stored), and the
 * plan it came from only for the municipality that wrote it.
 */
export function presentSolution(row: SolutionRow, municipality: string, viewer: Viewer): Solution {
  const own = row.tenantId === viewer.tenantId;
  return {
    id: row.id,
    title: row.title,
    situation: row.situation,
    breakthrough: row.breakthrough,
    legalBases: row.legalBases,
    kba: row.kba ?? null,
    domains: row.domains,
    fundingStreams: row.fundingStreams,
    // The table stores text; only these values are ever written (the answer schema checks it).
    status: row.status as SolutionStatus,
    source: row.source as SolutionSource,
    region: row.region,
    municipality,
    ownMunicipality: own,
    mine: own && row.submittedBy === viewer.id,
    planId: own ? row.planId : null,
    submittedAt: row.submittedAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewNote: own ? row.reviewNote : '',
  };
}

