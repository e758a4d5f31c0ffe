import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Pillar } from '../imports/domain/records.js';
import type { PillarSetCount } from './domain/overlap.js';
import { serviceCostSql } from './cost.sql.js';

/**
 * The read models over the municipality's own records: which households have support on a date,
 * from which pillars, and what it costs. One place defines "active on a date" and "the household of
 * a client on a date" (CONTRACT.md), so overlap and candidates can never disagree.
 */
async function rows<T>(db: Db, statement: SQL): Promise<T[]> {
  return ((await db.execute(statement)) as unknown as { rows: T[] }).rows;
}

/** The households record of a client valid on `date`, joined as `m` (none: nulls). */
function householdRecordOn(tenantId: string, date: string, clientKey: SQL): SQL {
  return sql`left join lateral (
        select hm.household_key from household_members hm
        where hm.tenant_id = ${tenantId} and hm.client_key = ${clientKey}
          and hm.valid_from <= ${date}::date and (hm.valid_to is null or hm.valid_to >= ${date}::date)
        order by hm.valid_from desc limit 1
      ) m on true`;
}

/** The household key from that record `m`, else the client row `c`'s hashed address, else the client alone. */
function householdKey(clientKey: SQL): SQL {
  return sql`coalesce('h' || m.household_key, 'a' || c.address_key, 'c' || ${clientKey})`;
}

/**
 * Services active on `date`, each with its client's household on that day: the households record
 * valid then, else the hashed BRP address, else the client alone. Prefixed so the kinds of key can
 * never collide; the key is opaque to users.
 */
export function activeWithHouseholds(tenantId: string, date: string): SQL {
  return sql`active as (
      select s.* from services s
      where s.tenant_id = ${tenantId} and s.start_date <= ${date}::date and (s.end_date is null or s.end_date >= ${date}::date)
    ), active_clients as (
      select distinct client_key from active
    ), households_on as (
      select ac.client_key, ${householdKey(sql`ac.client_key`)} as household_key
      from active_clients ac
      ${householdRecordOn(tenantId, date, sql`ac.client_key`)}
      left join service_clients c on c.tenant_id = ${tenantId} and c.client_key = ac.client_key
    ), per_household as (
      select h.household_key, array_agg(distinct a.pillar order by a.pillar) as pillars
      from active a join households_on h on h.client_key = a.client_key
      group by h.household_key
    )`;
}

export async function loadOverlap(db: Db, tenantId: string, date: string): Promise<{ sets: PillarSetCount[]; clients: number }> {
  const sets = await rows<{ pillars: Pillar[] | string; households: number }>(
    db,
    sql`with ${activeWithHouseholds(tenantId, date)}
      select pillars, count(*)::int as households from per_household group by pillars`,
  );
  const [clients] = await rows<{ n: number }>(
    db,
    sql`select count(distinct client_key)::int as n from services
        where tenant_id = ${tenantId} and start_date <= ${date}::date and (end_date is null or end_date >= ${date}::date)`,
  );
  return { sets: sets.map((set) => ({ pillars: pgArray(set.pillars) as Pillar[], households: set.households })), clients: clients?.n ?? 0 };
}

/** node-postgres parses text[]; PGlite too, but a custom driver may hand `{a,b}`. */
function pgArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
}

export interface CandidateRow {
  householdKey: string;
  pillars: Pillar[];
  clients: number;
  services: number;
  providers: number;
  annualCostCents: number;
}

export async function loadCandidates(db: Db, tenantId: string, date: string, minPillars: number, limit: number, offset: number): Promise<{ items: CandidateRow[]; total: number }> {
  const yearEnd = sql`(${date}::date + 364)`;
  const result = await rows<{ household_key: string; pillars: string[] | string; clients: number; services: number; providers: number; cost: string; total: number }>(
    db,
    sql`with ${activeWithHouseholds(tenantId, date)},
      chosen as (select household_key, pillars from per_household where cardinality(pillars) >= ${minPillars}),
      -- Materialized, so the cost below is computed for the chosen households' services only (not
      -- for every active service), and the plan stays cheap enough that PostgreSQL does not
      -- optimise and inline it with JIT (that alone took 1.1 s over a million records).
      chosen_services as materialized (
        select a.*, h.household_key from active a
        join households_on h on h.client_key = a.client_key
        join chosen ch on ch.household_key = h.household_key
      ), costed as (
        select a.household_key, a.client_key, a.provider, ${serviceCostSql(sql`${date}::date`, yearEnd, 'a')} as cost
        from chosen_services a
      ), totals as (
        select c.household_key, ch.pillars, count(distinct c.client_key)::int as clients, count(*)::int as services,
          count(distinct nullif(c.provider, ''))::int as providers, sum(c.cost)::bigint as cost
        from costed c join chosen ch on ch.household_key = c.household_key
        group by c.household_key, ch.pillars
      )
      select t.*, (select count(*)::int from chosen) as total from totals t
      order by t.cost desc, t.household_key asc
      limit ${limit} offset ${offset}`,
  );
  const [count] = result.length > 0 ? [{ n: result[0]!.total }] : await rows<{ n: number }>(db, sql`with ${activeWithHouseholds(tenantId, date)} select count(*)::int as n from per_household where cardinality(pillars) >= ${minPillars}`);
  return {
    items: result.map((row) => ({
      householdKey: row.household_key,
      pillars: pgArray(row.pillars) as Pillar[],
      clients: row.clients,
      services: row.services,
      providers: row.providers,
      annualCostCents: Number(row.cost),
    })),
    total: count?.n ?? 0,
  };
}

/**
 * Every client number known for the households' clients (from services and households records):
 * the clients with a service active on `date`, and for a households-file household every member
 * valid on `date`.
 */
export async function loadClientNumbers(db: Db, tenantId: string, date: string, householdKeys: readonly string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>(householdKeys.map((key) => [key, []]));
  if (householdKeys.length === 0) return found;
  // The key says what the household is (see activeWithHouseholds), so only those rows are read.
  const of = (prefix: string) => {
    const keys = householdKeys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(1));
    return keys.length > 0 ? sql.join(keys.map((key) => sql`${key}`), sql`, `) : sql`null`;
  };
  const result = await rows<{ household_key: string; client_number: string }>(
    db,
    sql`with members as (
        select 'h' || hm.household_key as household_key, hm.client_key from household_members hm
        where hm.tenant_id = ${tenantId} and hm.household_key in (${of('h')})
          and hm.valid_from <= ${date}::date and (hm.valid_to is null or hm.valid_to >= ${date}::date)
        union
        select 'a' || c.address_key, c.client_key from service_clients c where c.tenant_id = ${tenantId} and c.address_key in (${of('a')})
        union
        select 'c' || c.client_key, c.client_key from service_clients c where c.tenant_id = ${tenantId} and c.client_key in (${of('c')})
      )
      select distinct m.household_key, c.client_number from members m
      join service_clients c on c.tenant_id = ${tenantId} and c.client_key = m.client_key
      where c.client_number is not null
      order by m.household_key, c.client_number`,
  );
  for (const row of result) found.get(row.household_key)?.push(row.client_number);
  return found;
}

/**
 * The household key (as activeWithHouseholds makes it) of the client with this client number on
 * `date`, or null when the number is not in the municipality's records.
 */
export async function loadHouseholdKeyOfClient(db: Db, tenantId: string, clientNumber: string, date: string): Promise<string | null> {
  const [row] = await rows<{ household_key: string }>(
    db,
    sql`select ${householdKey(sql`c.client_key`)} as household_key
      from service_clients c
      ${householdRecordOn(tenantId, date, sql`c.client_key`)}
      where c.tenant_id = ${tenantId} and c.client_number = ${clientNumber}
      order by c.client_key limit 1`,
  );
  return row?.household_key ?? null;
}

export interface HouseholdService {
  serviceId: string;
  pillar: Pillar;
  productCategory: string;
  productCode: string | null;
  productName: string | null;
  startDate: string;
  endDate: string | null;
  unit: string | null;
  frequency: string | null;
  volume: number | null;
  unitPriceCents: number | null;
  amountCents: number | null;
}

/** The services of one household active on `date`, with the unit price their cost uses. */
export async function loadHouseholdServices(db: Db, tenantId: string, date: string, householdKey: string): Promise<HouseholdService[]> {
  const result = await rows<Record<string, unknown>>(
    db,
    sql`with ${activeWithHouseholds(tenantId, date)}
      select a.service_id, a.pillar, a.product_category, a.product_code, a.product_name, a.start_date::text as start_date,
        a.end_date::text as end_date, a.unit, a.frequency, a.volume, a.cost_price_cents as unit_price_cents, a.amount_cents
      from active a join households_on h on h.client_key = a.client_key
      where h.household_key = ${householdKey}
      order by a.pillar, a.start_date, a.service_id`,
  );
  const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return result.map((row) => ({
    serviceId: String(row.service_id),
    pillar: row.pillar as Pillar,
    productCategory: String(row.product_category),
    productCode: (row.product_code as string | null) ?? null,
    productName: (row.product_name as string | null) ?? null,
    startDate: String(row.start_date),
    endDate: (row.end_date as string | null) ?? null,
    unit: (row.unit as string | null) ?? null,
    frequency: (row.frequency as string | null) ?? null,
    volume: num(row.volume),
    unitPriceCents: num(row.unit_price_cents),
    amountCents: num(row.amount_cents),
  }));
}

/**
 * What a plan's household cost in [from, to]: declarations (323) and realisations whose period
 * overlaps the window, per pillar. The household is that of the clients with this client number
 * on `from` (households record, else address, else the client), with all its members.
 */
export async function loadRealisedByPillar(db: Db, tenantId: string, clientNumber: string, from: string, to: string): Promise<{ linked: boolean; clients: number; lines: number; byPillar: { pillar: Pillar; cents: number }[] }> {
  const household = sql`me as (
      select client_key, address_key from service_clients where tenant_id = ${tenantId} and client_number = ${clientNumber}
    ), keys as (
      select coalesce('h' || m.household_key, 'a' || me.address_key, 'c' || me.client_key) as key from me
      left join lateral (
        select hm.household_key from household_members hm
        where hm.tenant_id = ${tenantId} and hm.client_key = me.client_key
          and hm.valid_from <= ${from}::date and (hm.valid_to is null or hm.valid_to >= ${from}::date)
        order by hm.valid_from desc limit 1
      ) m on true
    ), members as (
      select client_key from me
      union select c.client_key from service_clients c where c.tenant_id = ${tenantId} and ('a' || c.address_key) in (select key from keys)
      union select hm.client_key from household_members hm where hm.tenant_id = ${tenantId} and ('h' || hm.household_key) in (select key from keys)
        and hm.valid_from <= ${from}::date and (hm.valid_to is null or hm.valid_to >= ${from}::date)
    )`;
  const [counts] = await rows<{ clients: number }>(db, sql`with ${household} select count(*)::int as clients from members`);
  const result = await rows<{ pillar: Pillar; cents: string; lines: number }>(
    db,
    sql`with ${household}, spent as (
        select d.pillar, d.amount_cents from declaration_lines d
        where d.tenant_id = ${tenantId} and d.client_key in (select client_key from members)
          and d.period_start <= ${to}::date and d.period_end >= ${from}::date
        union all
        select s.pillar, r.amount_cents from realisations r
        join services s on s.tenant_id = r.tenant_id and s.service_id = r.service_id
        where r.tenant_id = ${tenantId} and s.client_key in (select client_key from members)
          and r.period_start <= ${to}::date and r.period_end >= ${from}::date
      )
      select pillar, sum(amount_cents)::text as cents, count(*)::int as lines from spent group by pillar order by pillar`,
  );
  const clients = counts?.clients ?? 0;
  return {
    linked: clients > 0,
    clients,
    lines: result.reduce((sum, row) => sum + row.lines, 0),
    byPillar: result.map((row) => ({ pillar: row.pillar, cents: Number(row.cents) })),
  };
}
