import type { GripBudgetMonths, GripVariance } from './gripApi';

/** Pure: the rows the grip charts draw, from the API's answers (the components only render). */

export interface CumulativeRow {
  month: string;
  budget: number;
  /** Null after the peildatum's month: what is realised stops at the peildatum. */
  realised: number | null;
  positive: number;
  neutral: number;
  negative: number;
}

export function cumulativeRows(months: GripBudgetMonths['months'], date: string): CumulativeRow[] {
  const lastRealisedMonth = date.slice(0, 7);
  return months.map((m) => ({
    month: m.month,
    budget: m.budgetCents,
    realised: m.month <= lastRealisedMonth ? m.realisedCents : null,
    positive: m.forecast.positive,
    neutral: m.forecast.neutral,
    negative: m.forecast.negative,
  }));
}

export interface WaterfallStep {
  label: string;
  kind: 'total' | 'up' | 'down';
  /** Where the bar starts and ends, in cents. */
  from: number;
  to: number;
  amount: number;
}

/**
 * Base period's cost, then the volume, price and mix effects stacked on it, ending at the current
 * period's cost: volume + price + mix = the difference, so the last step lands on the current cost.
 */
export function waterfallSteps(v: Pick<GripVariance, 'base' | 'current' | 'volumeEffectCents' | 'priceEffectCents' | 'mixEffectCents'>): WaterfallStep[] {
  const steps: WaterfallStep[] = [{ label: 'Basisperiode', kind: 'total', from: 0, to: v.base.costCents, amount: v.base.costCents }];
  let level = v.base.costCents;
  for (const [label, amount] of [
    ['Volume', v.volumeEffectCents],
    ['Prijs', v.priceEffectCents],
    ['Mix', v.mixEffectCents],
  ] as const) {
    steps.push({ label, kind: amount < 0 ? 'down' : 'up', from: level, to: level + amount, amount });
    level += amount;
  }
  steps.push({ label: 'Huidige periode', kind: 'total', from: 0, to: v.current.costCents, amount: v.current.costCents });
  return steps;
}
