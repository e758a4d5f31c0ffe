import { describe, expect, it } from 'vitest';
import { cumulativeRows, waterfallSteps } from './gripCharts';

const month = (m: string, realised: number) => ({ month: m, budgetCents: 100, realisedCents: realised, forecast: { positive: 90, neutral: 100, negative: 110 } });

describe('cumulativeRows', () => {
  it('draws realised up to the peildatum month only; budget and forecast for every month', () => {
    const rows = cumulativeRows([month('2026-06', 50), month('2026-07', 60), month('2026-08', 60)], '2026-07-15');
    expect(rows.map((r) => r.realised)).toEqual([50, 60, null]);
    expect(rows.map((r) => r.neutral)).toEqual([100, 100, 100]);
  });
});

describe('waterfallSteps', () => {
  it('stacks the effects on the base cost and ends on the current cost', () => {
    // 1000 → +300 volume → -100 price → +50 mix = 1250.
    const steps = waterfallSteps({ base: { clients: 10, costCents: 1000, costPerClientCents: 100 }, current: { clients: 13, costCents: 1250, costPerClientCents: 96 }, volumeEffectCents: 300, priceEffectCents: -100, mixEffectCents: 50 });
    expect(steps.map((s) => [s.label, s.kind, s.from, s.to])).toEqual([
      ['Basisperiode', 'total', 0, 1000],
      ['Volume', 'up', 1000, 1300],
      ['Prijs', 'down', 1300, 1200],
      ['Mix', 'up', 1200, 1250],
      ['Huidige periode', 'total', 0, 1250],
    ]);
  });
});
