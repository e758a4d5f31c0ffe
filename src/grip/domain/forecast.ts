import { PILLARS, type Pillar } from '../../imports/domain/records.js';
import { addDays, dayNumber, roundDiv } from '../../services/domain/cost.js';
import type { GrowthAssumption } from './assumptions.js';
import { BudgetLineMap, type BudgetLineDef } from './budget-lines.js';
import { arrivedShare, lateClaimFor, NO_ACTUALS, type Development } from './late-claims.js';
import { daysBetween, maxDate, monthEnd, monthIndex, monthLabel, monthStart, yearEnd, yearStart, type MonthIndex } from './months.js';

/**
 * The budget and commitments ledger of CONTRACT.md "Grip on the budget", from aggregates the
 * queries computed by the one cost formula: per budget line realised + late claims + open
 * commitments + new inflow = forecast (the neutral scenario), variance = forecast − budget.
 * Methods in docs/grip.md.
 */

/** Aggregates by pillar and product category (and month where it says so). */
export interface CategoryAmount {
  pillar: Pillar;
  productCategory: string;
  amountCents: number;
}
export interface CategoryMonthAmount extends CategoryAmount {
  month: MonthIndex;
}

export interface LedgerInputs {
  year: number;
  date: string;
  asOf: string;
  budgetLines: readonly BudgetLineDef[];
  /** Declared (323) and realised amounts for periods in [1 January, date], by the month the period starts. */
  realised: readonly CategoryMonthAmount[];
  /** The cost formula over the part of each month in [1 January, date] (the expected amount of late claims, per month: the chart). */
  expected: readonly CategoryMonthAmount[];
  /** Late claims per category computed at once (budget.queries.ts loadLateClaims); when given, the line totals use these. */
  lateClaims?: readonly CategoryAmount[];
  /** The cost formula over [date + 1, 31 December] of every assigned service. */
  commitments: readonly CategoryAmount[];
  /** The same per month (for the chart; optional). */
  commitmentsByMonth?: readonly CategoryMonthAmount[];
  /** Assignments without an end date running into the rest of the year. */
  openEnded: readonly CategoryAmount[];
  /** Σ annual cost of the services that started in the 365 days up to max(date, asOf). */
  recentStartsAnnual: readonly CategoryAmount[];
  /** The cost over (max(date, asOf), 31 December] of services already assigned that start after it (in commitments already). */
  knownFutureStarts: readonly CategoryAmount[];
  development: ReadonlyMap<Pillar, Development>;
  ratio: ReadonlyMap<Pillar, number>;
  assumptions: readonly GrowthAssumption[];
}

export interface LedgerFigures {
  budgetCents: number;
  realisedCents: number;
  lateClaimsCents: number;
  openCommitmentsCents: number;
  newInflowCents: number;
  forecastCents: number;
  varianceCents: number;
  scenarios: { positive: number; neutral: number; negative: number };
  openEndedServices: number;
}

export interface LedgerLine extends LedgerFigures {
  budgetLine: string;
  name: string;
  pillar: Pillar;
  productCategory: string;
}

export interface LedgerMonth {
  month: string;
  budgetCents: number;
  realisedCents: number;
  forecast: { positive: number; neutral: number; negative: number };
}

interface Accumulator {
  def: BudgetLineDef;
  realised: number;
  late: number;
  commitments: number;
  openEnded: number;
  recentStarts: number;
  knownFuture: number;
  months: Map<MonthIndex, { realised: number; late: number; commitments: number }>;
}

export interface Ledger {
  lines: LedgerLine[];
  totals: LedgerFigures;
  /** Per line id, the cumulative months of the year (the chart). */
  months(budgetLine?: string): LedgerMonth[];
}

export function buildLedger(input: LedgerInputs): Ledger {
  const map = new BudgetLineMap(input.budgetLines);
  const accumulators = new Map<string, Accumulator>();
  const at = (pillar: Pillar, productCategory: string): Accumulator => {
    const def = map.lineFor(pillar, productCategory);
    let acc = accumulators.get(def.budgetLine);
    if (!acc) accumulators.set(def.budgetLine, (acc = { def, realised: 0, late: 0, commitments: 0, openEnded: 0, recentStarts: 0, knownFuture: 0, months: new Map() }));
    return acc;
  };
  const monthOf = (acc: Accumulator, month: MonthIndex) => {
    let row = acc.months.get(month);
    if (!row) acc.months.set(month, (row = { realised: 0, late: 0, commitments: 0 }));
    return row;
  };
  for (const def of input.budgetLines) at(def.pillar, def.productCategory);

  const dateMonth = monthIndex(input.date);
  const partialMonth = input.date !== monthEnd(dateMonth);
  for (const row of input.realised) {
    const acc = at(row.pillar, row.productCategory);
    acc.realised += row.amountCents;
    monthOf(acc, row.month).realised += row.amountCents;
  }
  for (const row of input.expected) {
    const development = input.development.get(row.pillar) ?? NO_ACTUALS;
    // The part of the peildatum's month up to the date: its declarations (for the whole month) are not in realised yet.
    const arrived = partialMonth && row.month === dateMonth && development.basis === 'history' ? 0 : arrivedShare(development, row.month, input.asOf);
    const late = lateClaimFor(row.amountCents, input.ratio.get(row.pillar) ?? 1, arrived);
    const acc = at(row.pillar, row.productCategory);
    acc.late += late;
    monthOf(acc, row.month).late += late;
  }
  if (input.lateClaims) {
    for (const acc of accumulators.values()) acc.late = 0;
    for (const row of input.lateClaims) at(row.pillar, row.productCategory).late += row.amountCents;
  }
  for (const row of input.commitments) at(row.pillar, row.productCategory).commitments += row.amountCents;
  for (const row of input.commitmentsByMonth ?? []) monthOf(at(row.pillar, row.productCategory), row.month).commitments += row.amountCents;
  for (const row of input.openEnded) at(row.pillar, row.productCategory).openEnded += row.amountCents;
  for (const row of input.recentStartsAnnual) at(row.pillar, row.productCategory).recentStarts += row.amountCents;
  for (const row of input.knownFutureStarts) at(row.pillar, row.productCategory).knownFuture += row.amountCents;

  const inflowStart = maxDate(input.date, input.asOf);
  const yearLast = yearEnd(input.year);
  const growth = new Map(input.assumptions.map((row) => [row.pillar, row]));
  const lines: LedgerLine[] = [];
  const inflowOf = new Map<string, number>();
  for (const acc of accumulators.values()) {
    const newInflowCents = newInflow(acc.recentStarts, acc.knownFuture, inflowStart, yearLast);
    inflowOf.set(acc.def.budgetLine, newInflowCents);
    const lateClaimsCents = Math.round(acc.late);
    lines.push({
      budgetLine: acc.def.budgetLine,
      name: acc.def.name,
      pillar: acc.def.pillar,
      productCategory: acc.def.productCategory,
      ...figures(acc.def.budgetCents, acc.realised, lateClaimsCents, acc.commitments, newInflowCents, acc.openEnded, growth.get(acc.def.pillar)),
    });
  }
  lines.sort(byPillarThenLine);
  const totals = sumFigures(lines);

  const months = (budgetLine?: string): LedgerMonth[] => {
    const chosen = [...accumulators.values()].filter((acc) => budgetLine === undefined || acc.def.budgetLine === budgetLine);
    return cumulativeMonths(input, chosen, inflowOf, growth, inflowStart);
  };
  return { lines, totals, months };
}

function figures(budgetCents: number, realisedCents: number, lateClaimsCents: number, openCommitmentsCents: number, newInflowCents: number, openEndedServices: number, growth?: GrowthAssumption): LedgerFigures {
  const open = lateClaimsCents + openCommitmentsCents + newInflowCents;
  const forecastCents = realisedCents + open;
  return {
    budgetCents,
    realisedCents,
    lateClaimsCents,
    openCommitmentsCents,
    newInflowCents,
    forecastCents,
    varianceCents: forecastCents - budgetCents,
    scenarios: {
      positive: realisedCents + grow(open, growth?.positiveBasisPoints ?? 0),
      neutral: forecastCents,
      negative: realisedCents + grow(open, growth?.negativeBasisPoints ?? 0),
    },
    openEndedServices,
  };
}

/** What is not yet realised, grown by basis points (hundredths of a percent), rounded half away from zero. */
export function grow(cents: number, basisPoints: number): number {
  return Number(roundDiv(BigInt(cents) * BigInt(10_000 + basisPoints), 10_000n));
}

export function sumFigures(lines: readonly LedgerFigures[]): LedgerFigures {
  const total: LedgerFigures = { budgetCents: 0, realisedCents: 0, lateClaimsCents: 0, openCommitmentsCents: 0, newInflowCents: 0, forecastCents: 0, varianceCents: 0, scenarios: { positive: 0, neutral: 0, negative: 0 }, openEndedServices: 0 };
  for (const line of lines) {
    total.budgetCents += line.budgetCents;
    total.realisedCents += line.realisedCents;
    total.lateClaimsCents += line.lateClaimsCents;
    total.openCommitmentsCents += line.openCommitmentsCents;
    total.newInflowCents += line.newInflowCents;
    total.forecastCents += line.forecastCents;
    total.varianceCents += line.varianceCents;
    total.scenarios.positive += line.scenarios.positive;
    total.scenarios.neutral += line.scenarios.neutral;
    total.scenarios.negative += line.scenarios.negative;
    total.openEndedServices += line.openEndedServices;
  }
  return total;
}

/**
 * New inflow (docs/grip.md): assignments keep starting at the pace of the last 365 days, each
 * costing what a recent start costs a year. Starts on every day t of (S, 31 December] accrue
 * (t − S) days of that cost by year end: Σ annual ÷ 365² × R(R + 1)/2 for R remaining days. What
 * is already assigned to start after S is in the commitments, so it is subtracted.
 */
export function newInflow(recentStartsAnnualCents: number, knownFutureCents: number, after: string, yearLast: string): number {
  const remaining = after >= yearLast ? 0 : daysBetween(addDays(after, 1), yearLast);
  if (remaining === 0 || recentStartsAnnualCents <= 0) return 0;
  const predicted = Number(roundDiv(BigInt(recentStartsAnnualCents) * BigInt(remaining) * BigInt(remaining + 1), 2n * 365n * 365n));
  return Math.max(0, predicted - knownFutureCents);
}

/** The share of the year's new inflow that falls in a month: Σ (t − S) over its days after S. */
function inflowWeight(month: MonthIndex, after: string): number {
  const s = dayNumber(after);
  const first = Math.max(dayNumber(monthStart(month)), s + 1);
  const last = dayNumber(monthEnd(month));
  if (last < first) return 0;
  const n = last - first + 1;
  return n * (first - s + (last - s)) / 2;
}

function cumulativeMonths(input: LedgerInputs, chosen: Accumulator[], inflowOf: ReadonlyMap<string, number>, growth: ReadonlyMap<Pillar, GrowthAssumption>, inflowStart: string): LedgerMonth[] {
  const first = monthIndex(yearStart(input.year));
  const daysInYear = daysBetween(yearStart(input.year), yearEnd(input.year));
  const weights = Array.from({ length: 12 }, (_, i) => inflowWeight(first + i, inflowStart));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const budget = chosen.reduce((sum, acc) => sum + acc.def.budgetCents, 0);
  const running = { realised: 0, neutral: 0, positive: 0, negative: 0 };
  const out: LedgerMonth[] = [];
  for (let i = 0; i < 12; i++) {
    const month = first + i;
    for (const acc of chosen) {
      const row = acc.months.get(month) ?? { realised: 0, late: 0, commitments: 0 };
      const inflow = weightSum > 0 ? ((inflowOf.get(acc.def.budgetLine) ?? 0) * weights[i]!) / weightSum : 0;
      const open = row.late + row.commitments + inflow;
      const g = growth.get(acc.def.pillar);
      running.realised += row.realised;
      running.neutral += row.realised + open;
      running.positive += row.realised + open * (1 + (g?.positiveBasisPoints ?? 0) / 10_000);
      running.negative += row.realised + open * (1 + (g?.negativeBasisPoints ?? 0) / 10_000);
    }
    out.push({
      month: monthLabel(month),
      budgetCents: Math.round((budget * daysBetween(yearStart(input.year), monthEnd(month))) / daysInYear),
      realisedCents: running.realised,
      forecast: { positive: Math.round(running.positive), neutral: Math.round(running.neutral), negative: Math.round(running.negative) },
    });
  }
  return out;
}

function byPillarThenLine(a: LedgerLine, b: LedgerLine): number {
  const pillar = PILLARS.indexOf(a.pillar) - PILLARS.indexOf(b.pillar);
  if (pillar !== 0) return pillar;
  // Within a pillar: its product categories, then the pillar's own line, then what is not budgeted.
  const rank = (line: LedgerLine) => (line.budgetLine.endsWith(':onbegroot') ? 2 : line.productCategory === '' ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  return a.budgetLine < b.budgetLine ? -1 : a.budgetLine > b.budgetLine ? 1 : 0;
}
