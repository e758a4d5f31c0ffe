import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { loadBudget, loadYearTotals } from '../budget/budget.queries.js';
import type { PlanStatus } from '../plans/domain/statuses.js';
import { DOMAIN_KEYS, FUNDING_STREAM_KEYS, type Domain, type FundingStream } from '../plans/domain/vocabulary.js';
import { amsterdamDate, amsterdamMidnight, amsterdamYear } from '../shared/dates.js';
import { loadRealisedTotals } from '../services/realised.service.js';
import { DUE_WINDOW_DAYS } from '../followup/domain/schedule.js';
import { invalid } from '../shared/errors.js';
import { cachedDashboard, dashboardCacheKey, dashboardDataVersion } from './dashboard-cache.js';
import type { DashboardQuery } from './dashboard.contract.js';
import {
  averageCents,
  averageScore,
  countsByStatus,
  inVocabularyOrder,
  rankByCount,
  TOP_LEGAL_BASES,
  type Dashboard,
  type DashboardAggregates,
  type DashboardFilter,
} from './domain/dashboard.js';
import { parseDashboardFilter } from './domain/filter.js';

type Row = Record<string, unknown>;

/** The query of a dashboard route as a filter, or a 422 naming the field. */
export function dashboardFilter(query: DashboardQuery): DashboardFilter {
  const { filter, errors } = parseDashboardFilter(query);
  if (errors.length > 0) throw invalid(errors);
  return filter;
}

async function query<T extends Row>(db: Db, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));

/**
 * The tenant's plans in the filter: created in [from, to] (Amsterdam days, `to` inclusive), not
 * deleted, with one of the statuses. A CTE so every aggregate below reads the same selection.
 */
function selection(tenantId: string, filter: DashboardFilter): SQL {
  const conditions: SQL[] = [sql`p.tenant_id = ${tenantId}`, sql`p.deleted_at IS NULL`];
  const statuses = filter.statuses.length > 0 ? filter.statuses : ['-'];
  conditions.push(sql`p.status IN (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)})`);
  if (filter.from) conditions.push(sql`p.created_at >= ${amsterdamMidnight(filter.from).toISOString()}::timestamptz`);
  if (filter.to) conditions.push(sql`p.created_at < ${amsterdamMidnight(filter.to, 1).toISOString()}::timestamptz`);
  return sql`WITH sel AS (
    SELECT p.tenant_id, p.id, p.status, p.created_at, p.approved_at, p.document,
      p.kba_current_cents, p.kba_threatened_cents, p.kba_expected_threatened_cents,
      p.kba_plan_cents, p.kba_return_cents, p.kba_maatwerkbudget_cents
    FROM plans p WHERE ${sql.join(conditions, sql` AND `)})`;
}

/** The first day a timed measurement of a `sel` plan is on time (followup/domain/timing.ts, in SQL). */
const windowOpens = (months: '6 months' | '12 months') =>
  sql`(((sel.approved_at AT TIME ZONE 'Europe/Amsterdam')::date + ${sql.raw(`interval '${months}'`)})::date - ${sql.raw(String(DUE_WINDOW_DAYS))})`;

/** The maatwerkbudget year the dashboard shows: the year of `to`, otherwise the current year. */
export function dashboardYear(filter: Pick<DashboardFilter, 'to'>, now: Date): number {
  return filter.to ? Number(filter.to.slice(0, 4)) : amsterdamYear(now);
}

/** The dashboard of the tenant's data as it stands: from the cache unless a write changed a figure since (dashboard-cache.ts). */
export async function loadDashboard(db: Db, tenantId: string, filter: DashboardFilter, now: Date = new Date()): Promise<Dashboard> {
  const version = await dashboardDataVersion(db, tenantId);
  return cachedDashboard(db, dashboardCacheKey(tenantId, version, amsterdamDate(now), filter), () => computeDashboard(db, tenantId, filter, now));
}

/** Everything in SQL over the denormalised KBA and the document: no loop over plans in JavaScript. */
export async function computeDashboard(db: Db, tenantId: string, filter: DashboardFilter, now: Date = new Date()): Promise<Dashboard> {
  const sel = selection(tenantId, filter);
  const year = dashboardYear(filter, now);
  const [statusRows, streamRows, basisRows, domainRows, bottleneckRows, satisfactionRows, periodRows, budget, totals] = await Promise.all([
    query(db, sql`${sel} SELECT status, count(*)::int AS n,
        sum(kba_current_cents)::text AS current, sum(kba_threatened_cents)::text AS threatened,
        sum(kba_expected_threatened_cents)::text AS expected, sum(kba_plan_cents)::text AS plan,
        sum(kba_return_cents)::text AS ret, count(kba_return_cents)::int AS returns,
        sum(kba_maatwerkbudget_cents)::text AS mwb, count(*) FILTER (WHERE kba_maatwerkbudget_cents > 0)::int AS mwb_n,
        max(kba_maatwerkbudget_cents)::text AS mwb_max
      FROM sel GROUP BY status`),
    query(db, sql`${sel} SELECT s.funding_stream, sum(s.current_cents)::text AS current, sum(s.threatened_cents)::text AS threatened,
        sum(s.plan_cents)::text AS plan, sum(s.return_cents)::text AS ret
      FROM sel JOIN plan_kba_streams s ON s.tenant_id = sel.tenant_id AND s.plan_id = sel.id
      GROUP BY s.funding_stream`),
    // Legal bases, domains and bottlenecks come from plan_facts (derived on save), not from unpacking documents.
    query(db, sql`${sel} SELECT f.key AS regulation, f.detail AS article, count(*)::int AS n
      FROM sel JOIN plan_facts f ON f.tenant_id = sel.tenant_id AND f.plan_id = sel.id AND f.kind = 'legal_basis'
      GROUP BY 1, 2
      ORDER BY n DESC, f.key COLLATE "C", f.detail COLLATE "C" LIMIT ${TOP_LEGAL_BASES}`),
    query(db, sql`${sel} SELECT f.key AS domain, count(*)::int AS n
      FROM sel JOIN plan_facts f ON f.tenant_id = sel.tenant_id AND f.plan_id = sel.id AND f.kind = 'domain' GROUP BY 1`),
    query(db, sql`${sel} SELECT f.key AS theme, count(*)::int AS n
      FROM sel JOIN plan_facts f ON f.tenant_id = sel.tenant_id AND f.plan_id = sel.id AND f.kind = 'bottleneck' GROUP BY 1`),
    // A 6- or 12-month score counts only when it was measured on time: from its window's start
    // (due date minus DUE_WINDOW_DAYS, followup/domain/timing.ts) on. A confirmed early score is
    // kept on the plan but says nothing about the effect after 6 or 12 months. A late score counts:
    // the maatwerk then ran at least that long. SQL's date + interval clamps like addMonths.
    query(db, sql`${sel}, scores AS (
        SELECT sel.id, (sel.document->>'lifeSatisfaction')::int AS intake,
          m6.life_satisfaction AS m6, m12.life_satisfaction AS m12
        FROM sel
        LEFT JOIN plan_measurements m6 ON m6.tenant_id = sel.tenant_id AND m6.plan_id = sel.id AND m6.moment = '6m'
          AND m6.measured_on >= ${windowOpens('6 months')}
        LEFT JOIN plan_measurements m12 ON m12.tenant_id = sel.tenant_id AND m12.plan_id = sel.id AND m12.moment = '12m'
          AND m12.measured_on >= ${windowOpens('12 months')})
      SELECT coalesce(sum(intake), 0)::int AS intake_sum, count(intake)::int AS intake_n,
        coalesce(sum(m6), 0)::int AS m6_sum, count(m6)::int AS m6_n,
        coalesce(sum(m12), 0)::int AS m12_sum, count(m12)::int AS m12_n,
        count(*) FILTER (WHERE intake IS NOT NULL AND m12 IS NOT NULL)::int AS pairs
      FROM scores`),
    query(db, sql`${sel} SELECT to_char(created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month, status, count(*)::int AS n
      FROM sel GROUP BY 1, 2 ORDER BY 1`),
    loadBudget(db, tenantId, year),
    loadYearTotals(db, tenantId, year),
  ]);
  const realised = await loadRealisedTotals(db, tenantId, sel, amsterdamDate(now));

  const sumOf = (key: string) => statusRows.reduce((total, row) => total + num(row[key]), 0);
  const count = sumOf('n');
  const returnCount = sumOf('returns');
  const returnTotal = sumOf('ret');
  const budgetPlans = sumOf('mwb_n');
  const plannedBudget = sumOf('mwb');

  const months = new Map<string, Dashboard['byPeriod'][number]>();
  for (const row of periodRows) {
    const month = String(row.month);
    const entry = months.get(month) ?? { month, byStatus: countsByStatus(filter.statuses, []), count: 0 };
    entry.byStatus[String(row.status) as PlanStatus] = num(row.n);
    entry.count += num(row.n);
    months.set(month, entry);
  }
  const satisfaction = satisfactionRows[0] ?? {};

  return {
    plans: { count, byStatus: countsByStatus(filter.statuses, statusRows.map((row) => ({ status: String(row.status) as PlanStatus, count: num(row.n) }))) },
    currentCents: sumOf('current'),
    threatenedCents: sumOf('threatened'),
    expectedThreatenedCents: sumOf('expected'),
    planCents: sumOf('plan'),
    returns: { count: returnCount, totalCents: returnTotal, averageCents: averageCents(returnTotal, returnCount) },
    byFundingStream: inVocabularyOrder(
      streamRows.map((row) => ({
        fundingStream: String(row.funding_stream) as FundingStream,
        currentCents: num(row.current),
        threatenedCents: num(row.threatened),
        planCents: num(row.plan),
        returnCents: num(row.ret),
      })),
      (row) => row.fundingStream,
      FUNDING_STREAM_KEYS,
    ),
    topLegalBases: basisRows.map((row) => ({ regulation: String(row.regulation), article: String(row.article), count: num(row.n) })),
    domains: rankByCount(domainRows.map((row) => ({ domain: String(row.domain) as Domain, count: num(row.n) })), (row) => row.domain, DOMAIN_KEYS),
    budget: { year, budgetCents: budget.budgetCents, committedCents: totals.committedCents, paidCents: totals.paidCents },
    satisfaction: {
      intakeAverage: averageScore(num(satisfaction.intake_sum), num(satisfaction.intake_n)),
      after6mAverage: averageScore(num(satisfaction.m6_sum), num(satisfaction.m6_n)),
      after12mAverage: averageScore(num(satisfaction.m12_sum), num(satisfaction.m12_n)),
      pairs: num(satisfaction.pairs),
    },
    bottlenecks: rankByCount(bottleneckRows.map((row) => ({ theme: String(row.theme) as Domain, count: num(row.n) })), (row) => row.theme, DOMAIN_KEYS),
    budgetBySource: budget.sources,
    byPeriod: [...months.values()],
    realised,
    budgetByPlan: {
      count: budgetPlans,
      plannedCents: plannedBudget,
      averageCents: averageCents(plannedBudget, budgetPlans),
      largestCents: statusRows.reduce((max, row) => Math.max(max, num(row.mwb_max)), 0),
    },
  };
}

/** The aggregates a region may see: everything except the per-plan budget figures. */
export function withoutBudgetByPlan(dashboard: Dashboard): DashboardAggregates {
  const { budgetByPlan: _omitted, ...aggregates } = dashboard;
  void _omitted;
  return aggregates;
}
