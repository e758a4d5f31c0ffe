import { daysInMonth, monthIndex, monthStart as monthStartOf, type MonthIndex } from './months.js';

/**
 * Nakomende declaraties (late claims), docs/grip.md. Providers declare a month's care one to many
 * months later, so the latest months are incomplete on any date. From the history of when each
 * month's 323 amounts arrived (the delay triangle, per pillar) the chain-ladder method gives the
 * share of a month's final amount that has arrived after k months. What is still to come for a
 * month is then estimated Bornhuetter–Ferguson style: its expected amount (the cost formula over
 * the assigned services, times the pillar's historic declared/assigned ratio) times the share not
 * yet arrived. Unlike plain chain-ladder this stays sane for the current month, where almost
 * nothing has arrived and a ratio of observed amounts would explode.
 */

/** Lags beyond this many months count as arrived (a declaration later than two years is a correction). */
export const MAX_LAG = 24;
/** The triangle looks back this many months of periods. */
export const HISTORY_MONTHS = 36;

export interface TriangleCell {
  pillar: string;
  periodMonth: MonthIndex;
  arrivalMonth: MonthIndex;
  amountCents: number;
}

export interface Development {
  /** 'history': chain-ladder on the pillar's declarations; 'booked': only realisations (paid, so nothing late); 'none': no actuals at all (everything of past periods still to come). */
  basis: 'history' | 'booked' | 'none';
  /** shares[k]: share of a month's final amount arrived within k months after the month (k = 0…MAX_LAG). */
  shares: number[];
  /** The chain-ladder development factors f[k] = cumulative(k + 1) / cumulative(k). */
  factors: number[];
}

/**
 * Chain-ladder over complete cells only: the cell (period m, lag k) is complete when its arrival
 * month m + k has passed on `asOf`. Factors with no data are 1.
 */
export function developmentFromTriangle(cells: readonly TriangleCell[], asOf: string): Development {
  const asOfMonth = monthIndex(asOf);
  const byPeriod = new Map<MonthIndex, number[]>();
  for (const cell of cells) {
    const lag = Math.min(MAX_LAG, Math.max(0, cell.arrivalMonth - cell.periodMonth));
    let row = byPeriod.get(cell.periodMonth);
    if (!row) byPeriod.set(cell.periodMonth, (row = new Array<number>(MAX_LAG + 1).fill(0)));
    row[lag]! += cell.amountCents;
  }
  const cumulative = new Map<MonthIndex, number[]>();
  for (const [period, row] of byPeriod) {
    let sum = 0;
    cumulative.set(period, row.map((amount) => (sum += amount)));
  }
  // ratios[k] = Σ cumulative(k) ÷ Σ cumulative(k + 1) over the same periods (the inverse factor, so an
  // empty lag 0 — nothing ever arrives within the month — is a ratio of 0, not an infinite factor).
  const ratios: number[] = [];
  for (let k = 0; k < MAX_LAG; k++) {
    let next = 0;
    let current = 0;
    for (const [period, cum] of cumulative) {
      if (period + k + 1 >= asOfMonth) continue;
      next += cum[k + 1]!;
      current += cum[k]!;
    }
    ratios.push(next > 0 ? Math.max(0, current) / next : 1);
  }
  const shares = new Array<number>(MAX_LAG + 1).fill(1);
  for (let k = MAX_LAG - 1; k >= 0; k--) shares[k] = clampShare(shares[k + 1]! * ratios[k]!);
  const factors = ratios.map((ratio) => (ratio > 0 ? 1 / ratio : Number.POSITIVE_INFINITY));
  return { basis: 'history', shares, factors };
}

export const BOOKED: Development = { basis: 'booked', shares: new Array<number>(MAX_LAG + 1).fill(1), factors: new Array<number>(MAX_LAG).fill(1) };
export const NO_ACTUALS: Development = { basis: 'none', shares: new Array<number>(MAX_LAG + 1).fill(0), factors: new Array<number>(MAX_LAG).fill(1) };

/**
 * The share of period month `month` that has arrived by `asOf`: complete lags from the shares, the
 * running month pro rata of its elapsed days. A month after `asOf` has nothing yet.
 */
export function arrivedShare(development: Development, month: MonthIndex, asOf: string): number {
  if (development.basis !== 'history') return development.shares[0]!;
  const asOfMonth = monthIndex(asOf);
  const lastCompleteLag = asOfMonth - month - 1;
  if (lastCompleteLag + 1 < 0) return 0;
  const shareAt = (lag: number) => (lag < 0 ? 0 : development.shares[Math.min(MAX_LAG, lag)]!);
  const elapsed = Number(asOf.slice(8, 10)) / daysInMonth(asOfMonth);
  return shareAt(lastCompleteLag) + (shareAt(lastCompleteLag + 1) - shareAt(lastCompleteLag)) * elapsed;
}

function clampShare(share: number): number {
  return Math.min(1, Math.max(0, share));
}

/** The first lag at which at least `share` of a month's amount has arrived (for the mature window of the ratio). */
export function lagReaching(development: Development, share: number): number {
  const lag = development.shares.findIndex((value) => value >= share);
  return lag === -1 ? MAX_LAG : lag;
}

/**
 * The pillar's historic declared ÷ assigned ratio on mature months, which scales the expected
 * amount of a month: providers declare less than assigned (verzilvering < 1). Without a usable
 * history it is 1; it is held within [0.25, 2] so one odd year cannot swing the forecast.
 */
export function declaredRatio(declaredCents: number, assignedCents: number): number {
  if (assignedCents <= 0 || declaredCents <= 0) return 1;
  return Math.min(2, Math.max(0.25, declaredCents / assignedCents));
}

/** Bornhuetter–Ferguson: what is still to come for a period = expected × (1 − arrived share). */
export function lateClaimFor(expectedCents: number, ratio: number, arrived: number): number {
  return Math.max(0, expectedCents * ratio * (1 - arrived));
}

export interface LateWeight {
  pillar: string;
  month: MonthIndex;
  monthStart: string;
  /** ratio × (1 − arrived share): the part of a day's expected cost in this month still to come. */
  weight: number;
  /** Σ weight × days of the months before it in [1 January, date] (so a service's weighted days are two lookups). */
  cumulativeBefore: number;
}

/**
 * The late-claims weights per pillar and month of [1 January, date]: what a day of expected cost
 * in that month is worth in claims still to come. The part of the date's own month up to the date
 * has nothing arrived yet when the pillar has a declaration history (its lines cover the whole month).
 */
export function lateWeights(development: ReadonlyMap<string, Development>, ratio: ReadonlyMap<string, number>, pillars: readonly string[], yearFirstDay: string, date: string, asOf: string, dateMonthPartial: boolean): LateWeight[] {
  const out: LateWeight[] = [];
  const first = monthIndex(yearFirstDay);
  const last = monthIndex(date);
  for (const pillar of pillars) {
    const dev = development.get(pillar) ?? NO_ACTUALS;
    let cumulative = 0;
    for (let month = first; month <= last; month++) {
      const arrived = dateMonthPartial && month === last && dev.basis === 'history' ? 0 : arrivedShare(dev, month, asOf);
      const weight = (ratio.get(pillar) ?? 1) * (1 - arrived);
      const start = monthStartOf(month);
      out.push({ pillar, month, monthStart: start, weight, cumulativeBefore: cumulative });
      const days = month === last ? Number(date.slice(8, 10)) : daysInMonth(month);
      cumulative += weight * days;
    }
  }
  return out;
}
