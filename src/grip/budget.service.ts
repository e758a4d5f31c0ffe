import type { Db } from '../db/client.js';
import { PILLARS, type Pillar } from '../imports/domain/records.js';
import { addDays } from '../services/domain/cost.js';
import { invalid, notFound } from '../shared/errors.js';
import { loadAssumptions } from './assumptions.service.js';
import {
  hasDataInYear,
  loadBudgetLineRows,
  loadCommitments,
  loadCostByMonth,
  loadInflowBasis,
  loadLateClaims,
  loadRatioWindow,
  loadRealisationPillars,
  loadRealised,
  loadTriangle,
} from './budget.queries.js';
import type { BudgetLineDef } from './domain/budget-lines.js';
import { buildLedger, type Ledger, type LedgerInputs } from './domain/forecast.js';
import { arrivedShare, BOOKED, declaredRatio, developmentFromTriangle, HISTORY_MONTHS, lagReaching, lateWeights, NO_ACTUALS, type Development } from './domain/late-claims.js';
import { maxDate, monthEnd, monthIndex, monthStart, yearEnd, yearStart } from './domain/months.js';
import type { GripBudget, GripBudgetMonths } from './grip.contract.js';

export interface BudgetQuery {
  year: number;
  date: string;
  /** What is known on this day (today): late claims and inflow count from here. */
  asOf: string;
}

/** `year` defaults to this year; `date` to today in the current year, 31 December before it, 1 January after it. */
export function resolveBudgetQuery(year: number | undefined, date: string | undefined, today: string): { year: number; date: string } {
  const y = year ?? (date ? Number(date.slice(0, 4)) : Number(today.slice(0, 4)));
  if (y < 2000 || y > 2100) throw invalid([{ path: 'date', message: 'Kies een peildatum tussen 2000 en 2100.' }]);
  if (date && Number(date.slice(0, 4)) !== y) throw invalid([{ path: 'date', message: `De peildatum moet in ${y} liggen.` }]);
  const currentYear = Number(today.slice(0, 4));
  return { year: y, date: date ?? (y === currentYear ? today : y < currentYear ? yearEnd(y) : yearStart(y)) };
}

/** A year the municipality has nothing for (no budget, no services, no declarations) is unknown: 422, not a page of zeros. */
export async function assertKnownYear(db: Db, tenantId: string, year: number, today: string): Promise<void> {
  if (year === Number(today.slice(0, 4))) return;
  if (await hasDataInYear(db, tenantId, yearStart(year), yearEnd(year), year)) return;
  throw invalid([{ path: 'year', message: `Voor ${year} zijn geen begroting en geen gegevens bekend.` }]);
}

export async function loadGripBudget(db: Db, tenantId: string, q: BudgetQuery): Promise<GripBudget> {
  const ledger = await loadLedger(db, tenantId, q, false);
  return { year: q.year, date: q.date, asOf: q.asOf, lines: ledger.lines, totals: ledger.totals };
}

/** The cumulative months of all lines, or of one (404 when the year has no such line). */
export async function loadGripBudgetMonths(db: Db, tenantId: string, q: BudgetQuery, budgetLine?: string): Promise<GripBudgetMonths> {
  const ledger = await loadLedger(db, tenantId, q, true);
  if (budgetLine !== undefined && !ledger.lines.some((line) => line.budgetLine === budgetLine)) throw notFound(`Begrotingsregel ${budgetLine} bestaat niet in ${q.year}.`);
  return { year: q.year, date: q.date, budgetLine: budgetLine ?? null, months: ledger.months(budgetLine) };
}

export async function loadLedger(db: Db, tenantId: string, q: BudgetQuery, withMonths: boolean): Promise<Ledger> {
  const from = yearStart(q.year);
  const to = yearEnd(q.year);
  const historyStart = monthStart(monthIndex(q.asOf) - HISTORY_MONTHS);
  const afterDate = addDays(q.date, 1);
  const inflowAfter = maxDate(q.date, q.asOf);
  // Two waves of queries: what needs nothing, then what needs the delay pattern (which months are
  // not fully arrived yet, and the mature window of the declared ÷ assigned ratio).
  const [budgetRows, realised, triangle, realisationPillars, assumptions, commitments, inflow, commitmentsByMonth] = await Promise.all([
    loadBudgetLineRows(db, tenantId, q.year),
    loadRealised(db, tenantId, from, q.date, q.asOf),
    loadTriangle(db, tenantId, historyStart, q.asOf),
    loadRealisationPillars(db, tenantId, historyStart),
    loadAssumptions(db, tenantId),
    loadCommitments(db, tenantId, afterDate, to),
    inflowAfter >= to ? Promise.resolve({ recentStartsAnnual: [], knownFutureStarts: [] }) : loadInflowBasis(db, tenantId, inflowAfter, to),
    withMonths ? loadCostByMonth(db, tenantId, monthsOf(afterDate, to), afterDate, to) : Promise.resolve(undefined),
  ]);
  const development = developments(triangle, realisationPillars, q.asOf);
  // The expected amount only matters for months not fully arrived yet.
  const months: number[] = [];
  for (let month = monthIndex(from); month <= monthIndex(q.date); month++) {
    const pending = PILLARS.some((pillar) => arrivedShare(development.get(pillar)!, month, q.asOf) < 0.9995) || month === monthIndex(q.date);
    if (pending) months.push(month);
  }
  // The line totals in one pass over the services, at a ratio of 1 (it is one factor per pillar,
  // applied after, so the two queries run side by side); per month only for the chart.
  const weights = lateWeights(development, new Map(), PILLARS, from, q.date, q.asOf, q.date !== monthEnd(monthIndex(q.date)));
  const [ratio, unscaled, expected] = await Promise.all([
    ratios(db, tenantId, development, firstPeriodMonths(triangle), q.asOf),
    loadLateClaims(db, tenantId, weights, from, q.date),
    withMonths ? loadCostByMonth(db, tenantId, months, from, q.date) : Promise.resolve([]),
  ]);
  const lateClaims = unscaled.map((row) => ({ ...row, amountCents: row.amountCents * (ratio.get(row.pillar) ?? 1) }));
  const budgetLines: BudgetLineDef[] = budgetRows.map((row) => ({ budgetLine: row.budget_line, name: row.name, pillar: row.pillar, productCategory: row.product_category, budgetCents: Number(row.amount_cents) }));
  const input: LedgerInputs = {
    year: q.year,
    date: q.date,
    asOf: q.asOf,
    budgetLines,
    realised,
    expected,
    lateClaims,
    commitments: commitments.commitments,
    openEnded: commitments.openEnded,
    ...inflow,
    ...(commitmentsByMonth ? { commitmentsByMonth } : {}),
    development,
    ratio,
    assumptions,
  };
  return buildLedger(input);
}

function developments(triangle: Awaited<ReturnType<typeof loadTriangle>>, realisationPillars: readonly Pillar[], asOf: string): Map<Pillar, Development> {
  const out = new Map<Pillar, Development>();
  for (const pillar of PILLARS) {
    const cells = triangle.filter((cell) => cell.pillar === pillar);
    out.set(pillar, cells.length > 0 ? developmentFromTriangle(cells, asOf) : realisationPillars.includes(pillar) ? BOOKED : NO_ACTUALS);
  }
  return out;
}

/**
 * The declared ÷ assigned ratio per pillar, over the twelve most recent months that are 99 %
 * arrived — but never before the pillar's first declared month: months before the municipality's
 * first imported 323 count assigned cost with nothing declared (the back-test in docs/grip.md).
 */
async function ratios(db: Db, tenantId: string, development: ReadonlyMap<Pillar, Development>, firstPeriod: ReadonlyMap<string, number>, asOf: string): Promise<Map<Pillar, number>> {
  const out = new Map<Pillar, number>();
  const byWindow = new Map<string, { first: number; last: number; pillars: Pillar[] }>();
  for (const pillar of PILLARS.filter((p) => development.get(p)!.basis === 'history')) {
    const last = monthIndex(asOf) - lagReaching(development.get(pillar)!, 0.99) - 1;
    const first = Math.max(last - 11, firstPeriod.get(pillar) ?? last - 11);
    if (first > last) continue;
    const key = `${first}|${last}`;
    const entry = byWindow.get(key) ?? { first, last, pillars: [] };
    entry.pillars.push(pillar);
    byWindow.set(key, entry);
  }
  await Promise.all(
    [...byWindow.values()].map(async ({ first, last, pillars }) => {
      const window = await loadRatioWindow(db, tenantId, pillars, monthStart(first), monthEnd(last), asOf);
      for (const pillar of pillars) {
        const found = window.get(pillar);
        out.set(pillar, found ? declaredRatio(found.declared, found.assigned) : 1);
      }
    }),
  );
  return out;
}

function firstPeriodMonths(triangle: Awaited<ReturnType<typeof loadTriangle>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const cell of triangle) out.set(cell.pillar, Math.min(out.get(cell.pillar) ?? cell.periodMonth, cell.periodMonth));
  return out;
}

function monthsOf(from: string, to: string): number[] {
  const out: number[] = [];
  if (from > to) return out;
  for (let month = monthIndex(from); month <= monthIndex(to); month++) out.push(month);
  return out;
}
