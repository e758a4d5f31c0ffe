import { PILLARS } from '../../imports/domain/records.js';
import type { BudgetLineOut, GripRegion } from '../grip.contract.js';

type PillarTotals = GripRegion['municipalities'][number]['byPillar'];

/** Per pillar, always all five in the fixed order, the sum of its budget lines: what the region sees of a municipality's lines. */
export function pillarTotals(lines: readonly BudgetLineOut[]): PillarTotals {
  return PILLARS.map((pillar) => {
    const own = lines.filter((line) => line.pillar === pillar);
    const sum = (pick: (line: BudgetLineOut) => number) => own.reduce((total, line) => total + pick(line), 0);
    return {
      pillar,
      budgetCents: sum((line) => line.budgetCents),
      realisedCents: sum((line) => line.realisedCents),
      forecastCents: sum((line) => line.forecastCents),
      varianceCents: sum((line) => line.varianceCents),
    };
  });
}
