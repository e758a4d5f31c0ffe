import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { servicePriceJoin, serviceCostSql } from '../services/cost.sql.js';

/** The plumbing every grip query shares: rows out, a month index in SQL, services with their unit price. */
export async function rows<T>(db: Db, statement: SQL): Promise<T[]> {
  return ((await db.execute(statement)) as unknown as { rows: T[] }).rows;
}

/** `year * 12 + month - 1` of a date column, as in grip/domain/months.ts. */
export function monthSql(column: SQL): SQL {
  return sql`(extract(year from ${column})::int * 12 + extract(month from ${column})::int - 1)`;
}

/**
 * `priced`: the tenant's services overlapping [from, to] with the unit price the cost formula
 * uses (own, else the tariff), materialized so the tariff lookup runs once per service.
 */
export function pricedServices(tenantId: string, from: string, to: string, where: SQL = sql`true`): SQL {
  return sql`priced as materialized (
    select s.*, price.unit_price_cents as price from services s
    ${servicePriceJoin('s')}
    where s.tenant_id = ${tenantId} and s.start_date <= ${to}::date and (s.end_date is null or s.end_date >= ${from}::date) and ${where}
  )`;
}

/** The cost formula over [from, to] for a row of `priced` named `p`. */
export function pricedCost(from: SQL, to: SQL, alias = 'p'): SQL {
  return serviceCostSql(from, to, alias, sql.raw(`${alias}.price`));
}

export const num = (value: string | number | null | undefined): number => (value === null || value === undefined ? 0 : Number(value));
