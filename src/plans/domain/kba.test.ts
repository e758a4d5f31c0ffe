import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKba, expectedThreatened, lineCents, type CostLine } from './kba.js';
import { FREQUENCY_KEYS, FUNDING_STREAM_KEYS } from './vocabulary.js';

const line = (overrides: Partial<CostLine>): CostLine => ({ fundingStream: 'wmo', unitPriceCents: 0, quantity: 1, frequency: 'once', ...overrides });

describe('KBA worked examples', () => {
  it("computes the seed's case 1: return € 27.000, versus current € -43.000", () => {
    // Mother-child house (seed 002, case 1): huidig € 20.000, dreigend € 90.000, maatwerk € 63.000.
    const kba = computeKba({
      horizonMonths: 12,
      scenarios: {
        current: { lines: [line({ fundingStream: 'wmo', unitPriceCents: 2_000_000, frequency: 'year' })] },
        threatened: { lines: [line({ fundingStream: 'jeugdwet', unitPriceCents: 9_000_000, frequency: 'year' })] },
        plan: { lines: [line({ fundingStream: 'maatwerkbudget', unitPriceCents: 6_300_000, frequency: 'year' })] },
      },
    });
    expect(kba).toMatchObject({
      currentCents: 2_000_000,
      threatenedCents: 9_000_000,
      expectedThreatenedCents: 9_000_000,
      planCents: 6_300_000,
      returnCents: 2_700_000,
      versusCurrentCents: -4_300_000,
      maatwerkbudgetCents: 6_300_000,
    });
    expect(kba.byFundingStream).toEqual([
      { fundingStream: 'wmo', currentCents: 2_000_000, threatenedCents: 0, planCents: 0, returnCents: 0 },
      { fundingStream: 'jeugdwet', currentCents: 0, threatenedCents: 9_000_000, planCents: 0, returnCents: 9_000_000 },
      { fundingStream: 'maatwerkbudget', currentCents: 0, threatenedCents: 0, planCents: 6_300_000, returnCents: -6_300_000 },
    ]);
  });

  it('prices each frequency over the months inside the horizon', () => {
    // 4 hours a week at € 78 for a year: 7800 × 4 × (12 × 52/12) = 7800 × 4 × 52.
    expect(lineCents(line({ unitPriceCents: 7800, quantity: 4, frequency: 'week' }), 12)).toBe(1_622_400);
    // € 163,59 a day from month 6 in a 12-month horizon: 16359 × 6 × 365/12 = 2.985.517,5 → rounds up.
    expect(lineCents(line({ unitPriceCents: 16_359, frequency: 'day', startMonth: 6 }), 12)).toBe(2_985_518);
    // € 1.369 a month, months 10 to 16 of which only 10 and 11 fall in the horizon.
    expect(lineCents(line({ unitPriceCents: 136_900, frequency: 'month', startMonth: 10, months: 6 }), 12)).toBe(273_800);
    // € 1.100 a year for 3 months: a quarter.
    expect(lineCents(line({ unitPriceCents: 110_000, frequency: 'year', months: 3 }), 12)).toBe(27_500);
    // A once-off cost counts when it starts inside the horizon, never after.
    expect(lineCents(line({ unitPriceCents: 750_000, frequency: 'once', startMonth: 11 }), 12)).toBe(750_000);
    expect(lineCents(line({ unitPriceCents: 750_000, frequency: 'once', startMonth: 12 }), 12)).toBe(0);
    // Multi-year horizon: 36 months of a yearly cost is three years.
    expect(lineCents(line({ unitPriceCents: 2_800_000, frequency: 'year' }), 36)).toBe(8_400_000);
  });

  it('rounds half away from zero, on exact decimals', () => {
    expect(lineCents(line({ unitPriceCents: 1, quantity: 0.5 }))).toBe(1);
    expect(lineCents(line({ unitPriceCents: 3, quantity: 0.5 }))).toBe(2);
    // 0.1 × 5 is 0.5 exactly (in floating point 0.1 × 5 would still be 0.5, but 0.1 × 3 × 5 is not 1.5).
    expect(lineCents(line({ unitPriceCents: 15, quantity: 0.1 }))).toBe(2);
    // 2.675 hours at 1 cent… in floats 2.675 is 2.67499999; as the decimal people typed it rounds to 3.
    expect(lineCents(line({ unitPriceCents: 1, quantity: 2.675 }))).toBe(3);
    expect(lineCents(line({ unitPriceCents: 100, quantity: 0.005 }))).toBe(1);
  });

  it('weighs the threatened scenario by its probability', () => {
    // 0.3 × 90.000 + 0.7 × 20.000 = 41.000.
    const kba = computeKba({
      scenarios: {
        current: { lines: [line({ unitPriceCents: 2_000_000, frequency: 'year' })] },
        threatened: { probability: 0.3, lines: [line({ unitPriceCents: 9_000_000, frequency: 'year' })] },
        plan: { lines: [line({ unitPriceCents: 3_000_000, frequency: 'year' })] },
      },
    });
    expect(kba.expectedThreatenedCents).toBe(4_100_000);
    expect(kba.threatenedCents).toBe(9_000_000);
    expect(kba.returnCents).toBe(1_100_000);
    expect(kba.byFundingStream[0]).toMatchObject({ threatenedCents: 4_100_000, returnCents: 1_100_000 });
  });

  it('compares alternatives against the same expected threatened cost, and names unnamed ones', () => {
    const kba = computeKba({
      scenarios: {
        threatened: { lines: [line({ unitPriceCents: 1_000_000 })] },
        plan: { lines: [line({ unitPriceCents: 400_000 })] },
        alternatives: [{ name: 'Container in de tuin', lines: [line({ unitPriceCents: 250_000 })] }, { lines: [] }],
      },
    });
    expect(kba.alternatives).toEqual([
      { name: 'Container in de tuin', planCents: 250_000, returnCents: 750_000 },
      { name: 'Alternatief 2', planCents: 0, returnCents: 1_000_000 },
    ]);
  });

  it('is all zeros for an empty concept plan', () => {
    expect(computeKba({ scenarios: {} })).toEqual({
      horizonMonths: 12, currentCents: 0, threatenedCents: 0, expectedThreatenedCents: 0, planCents: 0,
      returnCents: 0, versusCurrentCents: 0, maatwerkbudgetCents: 0, byFundingStream: [], alternatives: [],
    });
  });
});

const arbLine = fc.record({
  fundingStream: fc.constantFrom(...FUNDING_STREAM_KEYS),
  unitPriceCents: fc.integer({ min: 0, max: 50_000_000 }),
  quantity: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 4000 }).map((n) => n / 100)),
  frequency: fc.constantFrom(...FREQUENCY_KEYS),
  startMonth: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  months: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
});
const arbLines = fc.array(arbLine, { maxLength: 12 });
const arbHorizon = fc.integer({ min: 1, max: 60 });
const arbProbability = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);

describe('KBA invariants', () => {
  it('scenario totals equal the sum of their lines, and stream rows add up to them', () => {
    fc.assert(
      fc.property(arbLines, arbLines, arbHorizon, (current, plan, horizonMonths) => {
        const kba = computeKba({ horizonMonths, scenarios: { current: { lines: current }, plan: { lines: plan } } });
        const sum = (lines: CostLine[]) => lines.reduce((total, l) => total + lineCents(l, horizonMonths), 0);
        expect(kba.currentCents).toBe(sum(current));
        expect(kba.planCents).toBe(sum(plan));
        expect(kba.byFundingStream.reduce((t, r) => t + r.currentCents, 0)).toBe(kba.currentCents);
        expect(kba.byFundingStream.reduce((t, r) => t + r.planCents, 0)).toBe(kba.planCents);
        expect(kba.maatwerkbudgetCents).toBe(sum(plan.filter((l) => l.fundingStream === 'maatwerkbudget')));
      }),
    );
  });

  it('clipping never adds cost: a longer horizon never makes a line cheaper', () => {
    fc.assert(
      fc.property(arbLine, arbHorizon, fc.integer({ min: 0, max: 24 }), (l, horizon, extra) => {
        expect(lineCents(l, horizon)).toBeLessThanOrEqual(lineCents(l, horizon + extra));
        expect(lineCents(l, horizon)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('is linear in the probability of the threatened scenario (up to a cent of rounding)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), arbProbability, (threatened, current, p) => {
        const expected = expectedThreatened(threatened, current, p);
        expect(Math.abs(expected - (p * threatened + (1 - p) * current))).toBeLessThanOrEqual(0.5 + 1e-6);
        expect(expectedThreatened(threatened, current, 0)).toBe(current);
        expect(expectedThreatened(threatened, current, 1)).toBe(threatened);
        expect(expected).toBeGreaterThanOrEqual(Math.min(threatened, current));
        expect(expected).toBeLessThanOrEqual(Math.max(threatened, current));
      }),
    );
  });

  it('does not depend on the order of the lines', () => {
    fc.assert(
      fc.property(arbLines, arbLines, arbLines, arbProbability, fc.integer({ min: 0, max: 2 ** 31 }), (current, threatened, plan, probability, seed) => {
        const shuffle = (lines: CostLine[]) => fc.sample(fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }), { seed, numRuns: 1 })[0]!;
        const scenarios = (c: CostLine[], t: CostLine[], p: CostLine[]) => ({ current: { lines: c }, threatened: { probability, lines: t }, plan: { lines: p } });
        expect(computeKba({ scenarios: scenarios(shuffle(current), shuffle(threatened), shuffle(plan)) })).toEqual(
          computeKba({ scenarios: scenarios(current, threatened, plan) }),
        );
      }),
    );
  });

  it('returns are expected threatened minus plan, in total and per stream', () => {
    fc.assert(
      fc.property(arbLines, arbLines, arbLines, arbProbability, (current, threatened, plan, probability) => {
        const kba = computeKba({ scenarios: { current: { lines: current }, threatened: { probability, lines: threatened }, plan: { lines: plan } } });
        expect(kba.returnCents).toBe(kba.expectedThreatenedCents - kba.planCents);
        expect(kba.versusCurrentCents).toBe(kba.currentCents - kba.planCents);
        for (const row of kba.byFundingStream) expect(row.returnCents).toBe(row.threatenedCents - row.planCents);
        // Rows are rounded per stream: together within half a cent per row of the total.
        const rows = kba.byFundingStream.reduce((t, r) => t + r.threatenedCents, 0);
        expect(Math.abs(rows - kba.expectedThreatenedCents)).toBeLessThanOrEqual(Math.ceil(kba.byFundingStream.length / 2));
      }),
    );
  });
});
