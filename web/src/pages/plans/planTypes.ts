import type { LegalSuggestion } from '../../../../src/library/legal-bases.contract';
import type { PriceItem } from '../../../../src/library/price-list.contract';
import type { Plan, PlanDocument, PlanList, PlanSummary } from '../../../../src/plans/plans.contract';

/**
 * The plan types of the web app: the server's contracts (`z.infer`), and the parts of the plan
 * document the canvas edits one by one, derived from it.
 */
export type { LegalSuggestion, Plan, PlanDocument, PlanList, PlanSummary, PriceItem };

type Scenarios = NonNullable<PlanDocument['scenarios']>;
export type CostLine = NonNullable<Scenarios['plan']>['lines'][number];
export type Action = NonNullable<PlanDocument['selfActions']>[number];
export type LegalBasisRef = NonNullable<PlanDocument['legalBases']>[number];
export type Professional = NonNullable<NonNullable<PlanDocument['involvement']>['professionals']>[number];
export type Bottleneck = NonNullable<PlanDocument['bottlenecks']>[number];
export type Alternative = NonNullable<Scenarios['alternatives']>[number];
