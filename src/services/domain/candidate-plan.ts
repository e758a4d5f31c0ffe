import { annualCost, roundDiv, type CostedService } from './cost.js';
import { PILLAR_FUNDING_STREAM } from './overlap.js';
import type { Pillar } from '../../imports/domain/records.js';

export interface CandidateService extends CostedService {
  pillar: Pillar;
  productCategory: string;
  productCode: string | null;
  productName: string | null;
}

/**
 * The current scenario of a plan started from a candidate (CONTRACT.md): one line per service
 * active on `date`, priced per month at a twelfth of its annual cost.
 */
export function currentScenarioLines(services: readonly CandidateService[], date: string) {
  return services.map((service) => ({
    description: service.productName ?? service.productCode ?? `Productcategorie ${service.productCategory}`,
    fundingStream: PILLAR_FUNDING_STREAM[service.pillar],
    frequency: 'month' as const,
    quantity: 1,
    unitPriceCents: Number(roundDiv(BigInt(annualCost(service, date)), 12n)),
  }));
}
