import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Pillar } from '../imports/domain/records.js';
import { notFound } from '../shared/errors.js';
import { costPerClient } from './domain/variance.js';
import { minDate, monthEnd, monthIndex, monthLabel, monthStart, yearEnd, yearStart } from './domain/months.js';
import { realisationRate } from './domain/providers.js';
import type { GripProvider, GripProviderDetail } from './grip.contract.js';
import { num, pricedCost, pricedServices, rows } from './grip.sql.js';
import { loadSignalCountsByProvider } from './signals.service.js';

/**
 * Providers (CONTRACT.md): per AGB code its clients, the cost of its services over the year
 * (assigned), its 323 lines for periods in the year (declared, also for unknown assignments) and
 * the realisation rate against the cost so far [1 January, min(today, 31 December)].
 */

interface ProviderRow {
  provider: string;
  pillars: Pillar[] | string;
  clients: number;
  assigned: string | number;
  so_far: string | number;
  declared: string | number;
}

function providerSql(tenantId: string, year: number, today: string, provider?: string) {
  const from = yearStart(year);
  const to = yearEnd(year);
  const soFarTo = minDate(today, to);
  const only = provider ? sql`s.provider = ${provider}` : sql`true`;
  const onlyLines = provider ? sql`provider = ${provider}` : sql`true`;
  return sql`with ${pricedServices(tenantId, from, to, only)},
    assigned as (
      select provider, array_agg(distinct pillar order by pillar) as pillars, count(distinct client_key)::int as clients,
        sum(${pricedCost(sql`${from}::date`, sql`${to}::date`)}) as assigned,
        sum(case when ${soFarTo}::date >= ${from}::date then ${pricedCost(sql`${from}::date`, sql`${soFarTo}::date`)} else 0 end) as so_far
      from priced p group by provider),
    declared as (
      select provider, array_agg(distinct pillar order by pillar) as pillars, sum(amount_cents) as declared from grip_actuals
      where tenant_id = ${tenantId} and source = 'declaration' and period_start >= ${from}::date and period_end <= ${to}::date and ${onlyLines}
      group by provider)
    select coalesce(a.provider, d.provider) as provider, coalesce(a.pillars, d.pillars) as pillars, coalesce(a.clients, 0) as clients,
      coalesce(a.assigned, 0) as assigned, coalesce(a.so_far, 0) as so_far, coalesce(d.declared, 0) as declared
    from assigned a full join declared d on d.provider = a.provider`;
}

const pgArray = (value: string[] | string): string[] => (Array.isArray(value) ? value : value.replace(/^\{|\}$/g, '').split(',').filter(Boolean));

function present(row: ProviderRow, signals: number): GripProvider {
  const assignedCents = num(row.assigned);
  return {
    provider: row.provider,
    pillars: pgArray(row.pillars) as Pillar[],
    clients: row.clients,
    assignedCents,
    declaredCents: num(row.declared),
    realisationRate: realisationRate(num(row.declared), num(row.so_far)),
    averageCostPerClientCents: costPerClient(assignedCents, row.clients),
    signals,
  };
}

export async function loadGripProviders(db: Db, tenantId: string, year: number, today: string): Promise<GripProvider[]> {
  const [found, signals] = await Promise.all([rows<ProviderRow>(db, providerSql(tenantId, year, today)), loadSignalCountsByProvider(db, tenantId, today)]);
  return found
    .map((row) => present(row, signals.get(row.provider)?.total ?? 0))
    .sort((a, b) => b.assignedCents - a.assignedCents || b.declaredCents - a.declaredCents || (a.provider < b.provider ? -1 : 1));
}

export async function loadGripProvider(db: Db, tenantId: string, year: number, today: string, provider: string): Promise<GripProviderDetail> {
  const from = yearStart(year);
  const to = yearEnd(year);
  const [[row], signals] = await Promise.all([rows<ProviderRow>(db, providerSql(tenantId, year, today, provider)), loadSignalCountsByProvider(db, tenantId, today)]);
  const known = row ?? (await providerExists(db, tenantId, provider));
  if (!known) throw notFound('Deze aanbieder komt in de gegevens van deze gemeente niet voor.');
  const providerOut = row ? present(row, signals.get(provider)?.total ?? 0) : present({ provider, pillars: [], clients: 0, assigned: 0, so_far: 0, declared: 0 }, signals.get(provider)?.total ?? 0);
  const months = Array.from({ length: 12 }, (_, i) => monthIndex(from) + i);
  const windows = sql.join(months.map((m) => sql`(${m}::int, ${monthStart(m)}::date, ${monthEnd(m)}::date)`), sql`, `);
  const [categories, monthly] = await Promise.all([
    rows<{ pillar: Pillar; product_category: string; clients: number; assigned: string | number; declared: string | number }>(
      db,
      sql`with ${pricedServices(tenantId, from, to, sql`s.provider = ${provider}`)},
        a as (select pillar, product_category, count(distinct client_key)::int as clients, sum(${pricedCost(sql`${from}::date`, sql`${to}::date`)}) as assigned from priced p group by 1, 2),
        d as (select pillar, product_category, sum(amount_cents) as declared from grip_actuals
              where tenant_id = ${tenantId} and source = 'declaration' and provider = ${provider} and period_start >= ${from}::date and period_end <= ${to}::date group by 1, 2)
        select coalesce(a.pillar, d.pillar) as pillar, coalesce(a.product_category, d.product_category) as product_category,
          coalesce(a.clients, 0) as clients, coalesce(a.assigned, 0) as assigned, coalesce(d.declared, 0) as declared
        from a full join d on d.pillar = a.pillar and d.product_category = a.product_category
        order by 4 desc, 1, 2`,
    ),
    rows<{ month: number; assigned: string | number; declared: string | number }>(
      db,
      sql`with ${pricedServices(tenantId, from, to, sql`s.provider = ${provider}`)},
        m(month, f, t) as (values ${windows}),
        a as (select m.month, sum(${pricedCost(sql`m.f`, sql`m.t`)}) as assigned from priced p join m on p.start_date <= m.t and (p.end_date is null or p.end_date >= m.f) group by 1),
        d as (select (extract(year from period_start)::int * 12 + extract(month from period_start)::int - 1) as month, sum(amount_cents) as declared
              from grip_actuals where tenant_id = ${tenantId} and source = 'declaration' and provider = ${provider} and period_start >= ${from}::date and period_end <= ${to}::date group by 1)
        select m.month, coalesce(a.assigned, 0) as assigned, coalesce(d.declared, 0) as declared
        from m left join a on a.month = m.month left join d on d.month = m.month order by m.month`,
    ),
  ]);
  return {
    year,
    provider: providerOut,
    byProductCategory: categories.map((c) => ({ pillar: c.pillar, productCategory: c.product_category, clients: c.clients, assignedCents: num(c.assigned), declaredCents: num(c.declared) })),
    months: monthly.map((m) => ({ month: monthLabel(Number(m.month)), assignedCents: num(m.assigned), declaredCents: num(m.declared) })),
    signalsByType: signals.get(provider)?.byType ?? [],
  };
}

async function providerExists(db: Db, tenantId: string, provider: string): Promise<boolean> {
  const [found] = await rows<{ known: boolean }>(
    db,
    sql`select exists (select 1 from providers where tenant_id = ${tenantId} and agb_code = ${provider})
      or exists (select 1 from grip_actuals where tenant_id = ${tenantId} and provider = ${provider}) as known`,
  );
  return Boolean(found?.known);
}
