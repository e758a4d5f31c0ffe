import type { Kba } from '../../../../src/plans/domain/kba';
import type { PlanDocument } from '../../../../src/plans/domain/plan-document';
import type { PlanStatus } from '../../../../src/plans/domain/statuses';
import type { Domain, Frequency, FundingStream } from '../../../../src/plans/domain/vocabulary';
import type { PrivacyWarning } from '../../../../src/privacy/domain/guard';

export type { PlanDocument };

/** GET /api/v1/plans/:id: the document plus what the server adds. */
export type Plan = PlanDocument & {
  id: string;
  status: PlanStatus;
  version: number;
  authorId: string;
  createdAt: string;
  updatedAt: string;
  kba: Kba;
  privacyWarnings: PrivacyWarning[];
};

/** A row of GET /api/v1/plans: identifiers and totals, no case text. */
export interface PlanSummary {
  id: string;
  caseNumber: string;
  clientNumber: string;
  status: PlanStatus;
  version: number;
  domains: Domain[];
  createdAt: string;
  updatedAt: string;
  kba: { planCents: number; returnCents: number; maatwerkbudgetCents: number };
}

type Scenarios = NonNullable<PlanDocument['scenarios']>;
export type CostLine = NonNullable<Scenarios['plan']>['lines'][number];
export type Action = NonNullable<PlanDocument['selfActions']>[number];
export type LegalBasisRef = NonNullable<PlanDocument['legalBases']>[number];
export type Professional = NonNullable<NonNullable<PlanDocument['involvement']>['professionals']>[number];
export type Bottleneck = NonNullable<PlanDocument['bottlenecks']>[number];
export type Alternative = NonNullable<Scenarios['alternatives']>[number];

export interface PriceItem {
  code: string;
  name: string;
  unit: string;
  unitPriceCents: number;
  frequency: Frequency;
  fundingStream: FundingStream;
  domain: Domain;
  year: number;
  confidence: string;
  source: string;
}

export interface LegalSuggestion {
  code: string;
  regulation: string;
  shortName: string;
  article: string;
  bwbId: string | null;
  url: string | null;
  description: string;
  score: number;
  reasons: string[];
}
