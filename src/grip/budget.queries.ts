import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Pillar } from '../imports/domain/records.js';
import { servicePriceJoin } from '../services/cost.sql.js';
import { addDays } from '../services/domain/cost.js';
import type { CategoryAmount, CategoryMonthAmount } from './domain/forecast.js';
import type { TriangleCell } from './domain/late-claims.js';
import { monthEnd, monthStart, type MonthIndex } from './domain/months.js';
import { monthSql, num, pricedCost, pricedServices, rows } from './grip.sql.js';

/**
 * The aggregates of the budget ledger (grip/domain/forecast.ts), each one query over the tenant's
 * records by the one cost formula. `asOf` is what was known then: declarations that arrived later
 * are left out (the back-test in docs/grip.md asks the ledger as of 1 July).
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

/** Declared (323) and realised amounts for periods inside [from, to], by the month the period starts. */
export async function loadRealised(db: Db, tenantId: string, from: string, to: string, asOf: string): Promise<CategoryMonthAmount[]> {
  const found = await rows<CategoryMonthRow>(
    db,
    sql`select pillar, product_category, ${monthSql(sql`period_start`)} as month, sum(amount_cents) as amount
        from declaration_lines
        where tenant_id = ${tenantId} and period_start >= ${from}::date and period_end <= ${to}::date and declared_on <= ${asOf}::date
        group by 1, 2, 3
      union all
        select s.pillar, s.product_category, ${monthSql(sql`r.period_start`)} as month, sum(r.amount_cents) as amount
        from realisations r join services s on s.tenant_id = r.tenant_id and s.service_id = r.service_id
        where r.tenant_id = ${tenantId} and r.period_start >= ${from}::date and r.period_end <= ${to}::date
        group by 1, 2, 3`,
  );
  return found.map(categoryMonth);
}

/** The delay triangle: 323 amounts by pillar, period month and arrival month, periods since `since`. */
export async function loadTriangle(db: Db, tenantId: string, since: string, asOf: string): Promise<TriangleCell[]> {
  const found = await rows<{ pillar: string; period_month: number; arrival_month: number; amount: string | number }>(
    db,
    sql`select pillar, ${monthSql(sql`period_start`)} as period_month, ${monthSql(sql`declared_on`)} as arrival_month, sum(amount_cents) as amount
        from declaration_lines
        where tenant_id = ${tenantId} and period_start >= ${since}::date and declared_on <= ${asOf}::date
        group by 1, 2, 3`,
  );
  return found.map((row) => ({ pillar: row.pillar, periodMonth: Number(row.period_month), arrivalMonth: Number(row.arrival_month), amountCents: num(row.amount) }));
}

/** Pillars that have realisations (paid, so nothing of them comes late) since `since`. */
export async function loadRealisationPillars(db: Db, tenantId: string, since: string): Promise<Pillar[]> {
  const found = await rows<{ pillar: Pillar }>(
    db,
    sql`select distinct s.pillar from realisations r join services s on s.tenant_id = r.tenant_id and s.service_id = r.service_id
        where r.tenant_id = ${tenantId} and r.period_end >= ${since}::date`,
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
        select pillar, sum(amount_cents) as amount from declaration_lines
        where tenant_id = ${tenantId} and pillar in (${list}) and period_start >= ${from}::date and period_end <= ${to}::date and declared_on <= ${asOf}::date
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
 * in the 365 days up to `after`, and the cost over (after, yearEnd] of services already assigned
 * to start after it.
 */
export async function loadInflowBasis(db: Db, tenantId: string, after: string, yearLast: string): Promise<{ recentStartsAnnual: CategoryAmount[]; knownFutureStarts: CategoryAmount[] }> {
  const windowStart = addDays(after, -364);
  const nextDay = addDays(after, 1);
  const found = await rows<CategoryRow & { kind: 'recent' | 'future' }>(
    db,
    sql`with priced as materialized (
        select s.*, price.unit_price_cents as price from services s
        ${servicePriceJoin('s')}
        where s.tenant_id = ${tenantId} and s.start_date between ${windowStart}::date and ${yearLast}::date
      )
      select 'recent' as kind, pillar, product_category, sum(${pricedCost(sql`p.start_date`, sql`(p.start_date + 364)`)}) as amount
      from priced p where p.start_date <= ${after}::date group by 2, 3
      union all
      select 'future' as kind, pillar, product_category, sum(${pricedCost(sql`${nextDay}::date`, sql`${yearLast}::date`)}) as amount
      from priced p where p.start_date > ${after}::date group by 2, 3`,
  );
  return {
    recentStartsAnnual: found.filter((row) => row.kind === 'recent').map(category),
    knownFutureStarts: found.filter((row) => row.kind === 'future').map(category),
  };
}

/** Whether the tenant has anything in a year: budget lines, services active in it, declarations or realisations for it. */
export async function hasDataInYear(db: Db, tenantId: string, from: string, to: string, year: number): Promise<boolean> {
  const [found] = await rows<{ known: boolean }>(
    db,
    sql`select exists (select 1 from budget_lines where tenant_id = ${tenantId} and year = ${year})
        or exists (select 1 from services where tenant_id = ${tenantId} and start_date <= ${to}::date and (end_date is null or end_date >= ${from}::date))
        or exists (select 1 from declaration_lines where tenant_id = ${tenantId} and period_start between ${from}::date and ${to}::date)
        or exists (select 1 from realisations where tenant_id = ${tenantId} and period_start between ${from}::date and ${to}::date) as known`,
  );
  return Boolean(found?.known);
}
