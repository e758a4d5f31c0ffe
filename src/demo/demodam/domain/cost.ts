import type { Frequency, Unit } from '../../../imports/domain/records.js';
import { serviceCost } from '../../../services/domain/cost.js';
import { isoOf, type Day } from './days.js';

/**
 * The one cost formula (services/domain/cost.ts, CONTRACT.md "Cost of a service over a period")
 * on the generator's day numbers: budgets are set against what the generated services cost, and
 * realisations are what they cost per month, as the grip pages will count them.
 */
export interface Costable {
  start: Day;
  end: Day | null;
  unit?: Unit;
  frequency?: Frequency;
  volume?: number;
  /** A budget over the whole period instead of a volume. */
  amountCents?: number;
}

export function costCents(service: Costable, unitPriceCents: number, from: Day, to: Day): number {
  return serviceCost(
    {
      startDate: isoOf(service.start),
      endDate: service.end === null ? null : isoOf(service.end),
      unit: service.unit ?? null,
      frequency: service.frequency ?? null,
      volume: service.volume ?? null,
      unitPriceCents,
      amountCents: service.amountCents ?? null,
    },
    isoOf(from),
    isoOf(to),
  );
}
