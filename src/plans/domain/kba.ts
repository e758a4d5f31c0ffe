import { FUNDING_STREAM_KEYS, type FundingStream, type Frequency } from './vocabulary.js';
import { add, fromDecimal, mul, ONE, rational, roundHalfAwayFromZero, sub, type Rational, ZERO } from './rational.js';

/** The cost-benefit analysis (kosten-batenanalyse) of CONTRACT.md, to the cent. Pure. */

export interface CostLine {
  description?: string;
  fundingStream: FundingStream;
  unitPriceCents: number;
  quantity: number;
  frequency: Frequency;
  startMonth?: number;
  months?: number;
}

export interface Scenario {
  name?: string;
  lines: CostLine[];
}

export interface KbaInput {
  horizonMonths?: number;
  scenarios?: {
    current?: Scenario;
    threatened?: Scenario & { probability?: number };
    plan?: Scenario;
    alternatives?: Scenario[];
  };
}

export interface FundingStreamRow {
  fundingStream: FundingStream;
  currentCents: number;
  threatenedCents: number;
  planCents: number;
  returnCents: number;
}

export interface Kba {
  horizonMonths: number;
  currentCents: number;
  threatenedCents: number;
  expectedThreatenedCents: number;
  planCents: number;
  returnCents: number;
  versusCurrentCents: number;
  maatwerkbudgetCents: number;
  byFundingStream: FundingStreamRow[];
  alternatives: { name: string; planCents: number; returnCents: number }[];
}

export const DEFAULT_HORIZON_MONTHS = 12;

/** Occurrences per month of each frequency; `once` is handled apart. */
const PER_MONTH: Record<Exclude<Frequency, 'once'>, Rational> = {
  year: rational(1, 12),
  month: ONE,
  week: rational(52, 12),
  day: rational(365, 12),
};

/** Months of the line that fall inside [0, horizon). */
export function monthsInHorizon(line: Pick<CostLine, 'startMonth' | 'months'>, horizonMonths: number): Rational {
  const start = fromDecimal(line.startMonth ?? 0);
  const horizon = rational(horizonMonths);
  const end = line.months === undefined ? horizon : add(start, fromDecimal(line.months));
  const clippedStart = max(start, ZERO);
  const clippedEnd = min(end, horizon);
  const span = sub(clippedEnd, clippedStart);
  return span.n * span.d > 0n ? span : ZERO;
}

export function occurrences(line: CostLine, horizonMonths: number): Rational {
  if (line.frequency === 'once') return (line.startMonth ?? 0) < horizonMonths ? ONE : ZERO;
  return mul(monthsInHorizon(line, horizonMonths), PER_MONTH[line.frequency]);
}

/** unitPriceCents × quantity × occurrences, rounded to whole cents (half away from zero). */
export function lineCents(line: CostLine, horizonMonths: number = DEFAULT_HORIZON_MONTHS): number {
  return roundHalfAwayFromZero(mul(rational(line.unitPriceCents), fromDecimal(line.quantity), occurrences(line, horizonMonths)));
}

type StreamTotals = Map<FundingStream, number>;

function totalsByStream(lines: readonly CostLine[], horizonMonths: number): StreamTotals {
  const totals: StreamTotals = new Map();
  for (const line of lines) {
    totals.set(line.fundingStream, (totals.get(line.fundingStream) ?? 0) + lineCents(line, horizonMonths));
  }
  return totals;
}

const sum = (totals: StreamTotals) => [...totals.values()].reduce((a, b) => a + b, 0);

/** p × threatened + (1 − p) × current, rounded to whole cents. */
export function expectedThreatened(threatenedCents: number, currentCents: number, probability: number): number {
  const p = fromDecimal(probability);
  return roundHalfAwayFromZero(add(mul(p, rational(threatenedCents)), mul(sub(ONE, p), rational(currentCents))));
}

export function computeKba(input: KbaInput): Kba {
  const horizonMonths = input.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  const { current, threatened, plan, alternatives = [] } = input.scenarios ?? {};
  const probability = threatened?.probability ?? 1;
  const byCurrent = totalsByStream(current?.lines ?? [], horizonMonths);
  const byThreatened = totalsByStream(threatened?.lines ?? [], horizonMonths);
  const byPlan = totalsByStream(plan?.lines ?? [], horizonMonths);

  const currentCents = sum(byCurrent);
  const threatenedCents = sum(byThreatened);
  const planCents = sum(byPlan);
  const expectedThreatenedCents = expectedThreatened(threatenedCents, currentCents, probability);

  const present = new Set([...byCurrent.keys(), ...byThreatened.keys(), ...byPlan.keys()]);
  const byFundingStream = FUNDING_STREAM_KEYS.filter((stream) => present.has(stream)).map((fundingStream) => {
    const streamCurrent = byCurrent.get(fundingStream) ?? 0;
    const streamThreatened = expectedThreatened(byThreatened.get(fundingStream) ?? 0, streamCurrent, probability);
    const streamPlan = byPlan.get(fundingStream) ?? 0;
    return {
      fundingStream,
      currentCents: streamCurrent,
      threatenedCents: streamThreatened,
      planCents: streamPlan,
      returnCents: streamThreatened - streamPlan,
    };
  });

  return {
    horizonMonths,
    currentCents,
    threatenedCents,
    expectedThreatenedCents,
    planCents,
    returnCents: expectedThreatenedCents - planCents,
    versusCurrentCents: currentCents - planCents,
    maatwerkbudgetCents: byPlan.get('maatwerkbudget') ?? 0,
    byFundingStream,
    alternatives: alternatives.map((alternative, index) => {
      const altPlan = sum(totalsByStream(alternative.lines, horizonMonths));
      return { name: alternative.name || `Alternatief ${index + 1}`, planCents: altPlan, returnCents: expectedThreatenedCents - altPlan };
    }),
  };
}

const compare = (a: Rational, b: Rational) => a.n * b.d - b.n * a.d;
const max = (a: Rational, b: Rational) => (compare(a, b) >= 0n ? a : b);
const min = (a: Rational, b: Rational) => (compare(a, b) <= 0n ? a : b);
