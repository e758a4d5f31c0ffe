import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Pillar } from '../imports/domain/records.js';
import { addDays } from '../services/domain/cost.js';
import type { CategoryAmount, CategoryMonthAmount } from './domain/forecast.js';
import type { LateWeight, TriangleCell } from './domain/late-claims.js';
import { monthEnd, monthIndex, monthStart, type MonthIndex } from './domain/months.js';
import { monthSql, num, pricedCost, pricedServices, rows } from './grip.sql.js';

/**
 * The aggregates of the budget ledger (grip/domain/forecast.ts): services by the one cost formula,
 * declared and realised amounts from grip_actuals (derived at every import). `asOf` is what was
 * known then: declarations that arrived later are left out (the back-test in docs/grip.md).
 */

type CategoryRow = { pillar: Pillar; product_category: string; amount: string | number };
type CategoryMonthRow = CategoryRow & { month: number };

const category = (row: CategoryRow): CategoryAmount => ({ pillar: row.pillar, productCategory: row.product_category, amountCents: num(row.amount) });
const categoryMonth = (row: CategoryMonthRow): CategoryMonthAmount => ({ ...category(row), month: Number(row.month) });

export async function loadBudgetLineRows(db: Db, tenantId: string, year: number) {
  return rows<{ budget_line: string; name: string; pillar: Pillar; product_category: string; amount_cents: string | number }>(
    db,
    sql`select budget_line, name, pillar, product_category, amount_cents from budget_lines where tenant_id = ${tenantId} and year = ${year} order by budget_line`,
  );
}

/** Declared (323) and realised amounts for periods inside [from, to], by the month the period starts (grip_actuals). */
export async function loadRealised(db: Db, tenantId: string, from: string, to: string, asOf: string): Promise<CategoryMonthAmount[]> {
  const found = await rows<CategoryMonthRow>(
    db,
    sql`select pillar, product_category, ${monthSql(sql`period_start`)} as month, sum(amount_cents) as amount
        from grip_actuals
        where tenant_id = ${tenantId} and period_start >= ${from}::date and period_end <= ${to}::date and (source = 'realisation' or declared_on <= ${asOf}::date)
        group by 1, 2, 3`,
  );
  return found.map(categoryMonth);
}

/** The delay triangle: 323 amounts by pillar, period month and arrival month, periods since `since` (grip_delays). */
export async function loadTriangle(db: Db, tenantId: string, since: string, asOf: string): Promise<TriangleCell[]> {
  const found = await rows<{ pillar: string; period_month: number; arrival_month: number; amount: string | number }>(
    db,
    sql`select pillar, period_month, ${monthSql(sql`declared_on`)} as arrival_month, sum(amount_cents) as amount
        from grip_delays
        where tenant_id = ${tenantId} and period_month >= ${monthIndex(since)} and declared_on <= ${asOf}::date
        group by 1, 2, 3`,
  );
  return found.map((row) => ({ pillar: row.pillar, periodMonth: Number(row.period_month), arrivalMonth: Number(row.arrival_month), amountCents: num(row.amount) }));
}

/** Pillars that have realisations (paid, so nothing of them comes late) since `since`. */
export async function loadRealisationPillars(db: Db, tenantId: string, since: string): Promise<Pillar[]> {
  const found = await rows<{ pillar: Pillar }>(
    db,
    sql`select distinct pillar from grip_actuals where tenant_id = ${tenantId} and source = 'realisation' and period_end >= ${since}::date`,
  );
  return found.map((row) => row.pillar);
}

/** Per pillar: declared for periods inside [from, to] and the cost formula over it (the declared ÷ assigned ratio). */
export async function loadRatioWindow(db: Db, tenantId: string, pillars: readonly Pillar[], from: string, to: string, asOf: string): Promise<Map<Pillar, { declared: number; assigned: number }>> {
  const out = new Map<Pillar, { declared: number; assigned: number }>();
  if (pillars.length === 0 || from > to) return out;
  const list = sql.join(pillars.map((pillar) => sql`${pillar}`), sql`, `);
  const found = await rows<{ pillar: Pillar; declared: string | number; assigned: string | number }>(
    db,
    sql`with ${pricedServices(tenantId, from, to, sql`s.pillar in (${list})`)},
      assigned as (select pillar, sum(${pricedCost(sql`${from}::date`, sql`${to}::date`)}) as amount from priced p group by 1),
      declared as (
        select pillar, sum(amount_cents) as amount from grip_actuals
        where tenant_id = ${tenantId} and source = 'declaration' and pillar in (${list}) and period_start >= ${from}::date and period_end <= ${to}::date and declared_on <= ${asOf}::date
        group by 1)
      select coalesce(a.pillar, d.pillar) as pillar, coalesce(d.amount, 0) as declared, coalesce(a.amount, 0) as assigned
      from assigned a full join declared d on d.pillar = a.pillar`,
  );
  for (const row of found) out.set(row.pillar, { declared: num(row.declared), assigned: num(row.assigned) });
  return out;
}

/** The cost formula per month over the part of each month in [from, to] (`months` chosen by the caller). */
export async function loadCostByMonth(db: Db, tenantId: string, months: readonly MonthIndex[], from: string, to: string): Promise<CategoryMonthAmount[]> {
  if (months.length === 0 || from > to) return [];
  const windows = months.map((month) => {
    const f = monthStart(month) < from ? from : monthStart(month);
    const t = monthEnd(month) > to ? to : monthEnd(month);
    return sql`(${month}::int, ${f}::date, ${t}::date)`;
  });
  const first = months.reduce((a, b) => Math.min(a, b));
  const last = months.reduce((a, b) => Math.max(a, b));
  const span = { from: monthStart(first) < from ? from : monthStart(first), to: monthEnd(last) > to ? to : monthEnd(last) };
  const found = await rows<CategoryMonthRow>(
    db,
    sql`with ${pricedServices(tenantId, span.from, span.to)},
      m(month, f, t) as (values ${sql.join(windows, sql`, `)})
      select p.pillar, p.product_category, m.month, sum(${pricedCost(sql`m.f`, sql`m.t`)}) as amount
      from priced p join m on p.start_date <= m.t and (p.end_date is null or p.end_date >= m.f) and m.f <= m.t
      group by 1, 2, 3`,
  );
  return found.map(categoryMonth);
}

/** Open commitments: the cost formula over [from, to] of every assigned service, and the open-ended ones among them. */
export async function loadCommitments(db: Db, tenantId: string, from: string, to: string): Promise<{ commitments: CategoryAmount[]; openEnded: CategoryAmount[] }> {
  if (from > to) return { commitments: [], openEnded: [] };
  const found = await rows<CategoryRow & { open_ended: number }>(
    db,
    sql`with ${pricedServices(tenantId, from, to)}
      select pillar, product_category, sum(${pricedCost(sql`${from}::date`, sql`${to}::date`)}) as amount, count(*) filter (where end_date is null)::int as open_ended
      from priced p group by 1, 2`,
  );
  return {
    commitments: found.map(category),
    openEnded: found.map((row) => ({ pillar: row.pillar, productCategory: row.product_category, amountCents: Number(row.open_ended) })),
  };
}

/**
 * The inflow basis: Σ annual cost (the formula over [start, start + 364]) of services that started
 * in the 365 days up to `after` (grip_starts), and the cost over (after, yearEnd] of services
 * already assigned to start after it.
 */
export async function loadInflowBasis(db: Db, tenantId: string, after: string, yearLast: string): Promise<{ recentStartsAnnual: CategoryAmount[]; knownFutureStarts: CategoryAmount[] }> {
  const nextDay = addDays(after, 1);
  const [recent, future] = await Promise.all([
    rows<CategoryRow>(
      db,
      sql`select pillar, product_category, sum(annual_cents) as amount from grip_starts
        where tenant_id = ${tenantId} and start_date between ${addDays(after, -364)}::date and ${after}::date group by 1, 2`,
    ),
    rows<CategoryRow>(
      db,
      sql`select pillar, product_category, sum(${pricedCost(sql`${nextDay}::date`, sql`${yearLast}::date`, 's')}) as amount from services s
        where s.tenant_id = ${tenantId} and s.start_date > ${after}::date and s.start_date <= ${yearLast}::date group by 1, 2`,
    ),
  ]);
  return { recentStartsAnnual: recent.map(category), knownFutureStarts: future.map(category) };
}

/** Whether the tenant has anything in a year: budget lines, services active in it, declarations or realisations for it. */
export async function hasDataInYear(db: Db, tenantId: string, from: string, to: string, year: number): Promise<boolean> {
  const [found] = await rows<{ known: boolean }>(
    db,
    sql`select exists (select 1 from budget_lines where tenant_id = ${tenantId} and year = ${year})
        or exists (select 1 from services where tenant_id = ${tenantId} and start_date <= ${to}::date and (end_date is null or end_date >= ${from}::date))
        or exists (select 1 from grip_actuals where tenant_id = ${tenantId} and period_start between ${from}::date and ${to}::date) as known`,
  );
  return Boolean(found?.known);
}

/**
 * Late claims per category in one pass: each service's expected cost per day (the cost formula is
 * linear in its days) times the late-claims weights of its days, as two lookups in the cumulative
 * weights (grip/domain/late-claims.ts lateWeights). A total without an end date (frequency 6, a
 * budget) counts whole on its start day. Floating point: this is an estimate, rounded per line.
 */
export async function loadLateClaims(db: Db, tenantId: string, weights: readonly LateWeight[], from: string, date: string): Promise<CategoryAmount[]> {
  if (weights.length === 0 || from > date) return [];
  // Arrays indexed by pillar × 12 + month of the year (1-based), so each service needs no join.
  const pillars = [...new Set(weights.map((w) => w.pillar))];
  const size = pillars.length * 12;
  const weight = new Array<number>(size).fill(0);
  const cumulative = new Array<number>(size).fill(0);
  for (const w of weights) {
    const index = pillars.indexOf(w.pillar) * 12 + Number(w.monthStart.slice(5, 7)) - 1;
    weight[index] = w.weight;
    cumulative[index] = w.cumulativeBefore;
  }
  const year = from.slice(0, 4);
  // As PostgreSQL array literals: drizzle would spread a JavaScript array into a row.
  const weightArray = `{${weight.join(',')}}`;
  const cumulativeArray = `{${cumulative.join(',')}}`;
  const pillarBase = sql.raw(`(case s.pillar ${pillars.map((p, i) => `when '${p.replace(/'/g, "''")}' then ${i * 12}`).join(' ')} end)`);
  const uv = sql`(case when s.unit = '83' then 100 else coalesce(s.cost_price_cents, 0) end)::float8 * coalesce(s.volume, 0)`;
  const days = sql`(s.end_date - s.start_date + 1)::float8`;
  const found = await rows<CategoryRow>(
    db,
    sql`with s as (
        select s.pillar, s.product_category, s.start_date, greatest(s.start_date, ${from}::date) as f, least(coalesce(s.end_date, ${date}::date), ${date}::date) as l,
          ${pillarBase} as base,
          case
            when s.amount_cents is not null and s.volume is null then (case when s.end_date is null then null else s.amount_cents::float8 / ${days} end)
            when s.frequency = '1' then ${uv}
            when s.frequency = '2' then ${uv} / 7
            when s.frequency = '4' then ${uv} * 12 / 365
            when s.frequency = '6' then (case when s.end_date is null then null else ${uv} / ${days} end)
            else 0 end as rate,
          case
            when s.amount_cents is not null and s.volume is null and s.end_date is null then s.amount_cents::float8
            when s.frequency = '6' and s.end_date is null and not (s.amount_cents is not null and s.volume is null) then ${uv}
          end as point
        from services s
        where s.tenant_id = ${tenantId} and s.pillar in (${sql.join(pillars.map((p) => sql`${p}`), sql`, `)}) and s.start_date <= ${date}::date and (s.end_date is null or s.end_date >= ${from}::date)
      ), m as (
        select *, base + extract(month from f)::int as fi, base + extract(month from l)::int as li,
          f - make_date(${Number(year)}, extract(month from f)::int, 1) as f_days, l - make_date(${Number(year)}, extract(month from l)::int, 1) + 1 as l_days
        from s where l >= f
      )
      select pillar, product_category, sum(
        -- a point cost counts on its start day, which is f when it starts in the window
        case when point is not null then (case when start_date >= ${from}::date then point * (${weightArray}::float8[])[fi] else 0 end)
        else rate * (((${cumulativeArray}::float8[])[li] + (${weightArray}::float8[])[li] * l_days) - ((${cumulativeArray}::float8[])[fi] + (${weightArray}::float8[])[fi] * f_days)) end) as amount
      from m group by 1, 2`,
  );
  return found.map(category);
}
