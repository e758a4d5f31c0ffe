import type { PlanStatus } from '../../plans/domain/statuses.js';
import type { LegalBasisCount } from '../dashboard.contract.js';

/** The dashboard of CONTRACT.md ("Dashboard"): aggregates only, never case text or client numbers. */

export const DEFAULT_DASHBOARD_STATUSES: readonly PlanStatus[] = ['approved', 'in_progress', 'monitoring', 'closed'];

export type { BudgetByPlan, Dashboard, DashboardAggregates, FundingStreamTotals, LegalBasisCount } from '../dashboard.contract.js';

export interface DashboardFilter {
  from?: string;
  to?: string;
  statuses: readonly PlanStatus[];
}

export const TOP_LEGAL_BASES = 10;

/** total / count, rounded half away from zero to whole cents, in integers only; 0 for no plans. */
export function averageCents(totalCents: number, count: number): number {
  if (count === 0) return 0;
  const total = BigInt(totalCents);
  const n = BigInt(count);
  const sign = total < 0n ? -1n : 1n;
  const abs = total * sign;
  const rounded = (abs * 2n + n) / (2n * n);
  return Number(rounded * sign);
}

/** Average of life-satisfaction scores (1–10) to two decimals; null when there are none. */
export function averageScore(sum: number, count: number): number | null {
  if (count === 0) return null;
  return Math.round((sum * 100) / count) / 100;
}

/** Code-point order, identical to the database's `COLLATE "C"`, so ties rank the same everywhere. */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most used first; ties by regulation, then article. */
export function compareLegalBases(a: LegalBasisCount, b: LegalBasisCount): number {
  return b.count - a.count || byCodePoint(a.regulation, b.regulation) || byCodePoint(a.article, b.article);
}

/** The top legal bases of a set of plans; a plan counts once per (regulation, article). */
export function topLegalBases(plans: readonly { legalBases?: readonly { regulation: string; article: string }[] }[], limit = TOP_LEGAL_BASES): LegalBasisCount[] {
  const counts = new Map<string, LegalBasisCount>();
  for (const plan of plans) {
    const seen = new Set<string>();
    for (const basis of plan.legalBases ?? []) {
      const key = JSON.stringify([basis.regulation, basis.article]);
      if (seen.has(key)) continue;
      seen.add(key);
      const row = counts.get(key) ?? { regulation: basis.regulation, article: basis.article, count: 0 };
      row.count += 1;
      counts.set(key, row);
    }
  }
  return [...counts.values()].sort(compareLegalBases).slice(0, limit);
}

/** Rows ordered by count (descending), then by the order of the vocabulary. */
export function rankByCount<K extends string, T extends { count: number }>(rows: T[], keyOf: (row: T) => K, order: readonly K[]): T[] {
  const index = (key: K) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return [...rows].sort((a, b) => b.count - a.count || index(keyOf(a)) - index(keyOf(b)) || byCodePoint(keyOf(a), keyOf(b)));
}

/** Orders rows by the vocabulary (funding streams as the canvas lists them). */
export function inVocabularyOrder<K extends string, T>(rows: T[], keyOf: (row: T) => K, order: readonly K[]): T[] {
  const index = (key: K) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return [...rows].sort((a, b) => index(keyOf(a)) - index(keyOf(b)) || byCodePoint(keyOf(a), keyOf(b)));
}

/** Every requested status appears, with 0 when no plan has it. */
export function countsByStatus<S extends string>(statuses: readonly S[], rows: readonly { status: S; count: number }[]): Partial<Record<S, number>> {
  const result: Partial<Record<S, number>> = {};
  for (const status of statuses) result[status] = 0;
  for (const row of rows) result[row.status] = (result[row.status] ?? 0) + row.count;
  return result;
}
