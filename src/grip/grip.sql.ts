import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { serviceCostSql } from '../services/cost.sql.js';

/** The plumbing every grip query shares: rows out, a month index in SQL, services with their unit price. */
export async function rows<T>(db: Db, statement: SQL): Promise<T[]> {
  return ((await db.execute(statement)) as unknown as { rows: T[] }).rows;
}

/** `year * 12 + month - 1` of a date column, as in grip/domain/months.ts. */
export function monthSql(column: SQL): SQL {
  return sql`(extract(year from ${column})::int * 12 + extract(month from ${column})::int - 1)`;
}

/** `priced`: the tenant's services overlapping [from, to] (their cost price is on the row). */
export function pricedServices(tenantId: string, from: string, to: string, where: SQL = sql`true`): SQL {
  return sql`priced as (
    select s.* from services s
    where s.tenant_id = ${tenantId} and s.start_date <= ${to}::date and (s.end_date is null or s.end_date >= ${from}::date) and ${where}
  )`;
}

/** The cost formula over [from, to] for a row of `priced` named `p`. */
export function pricedCost(from: SQL, to: SQL, alias = 'p'): SQL {
  return serviceCostSql(from, to, alias);
}

export const num = (value: string | number | null | undefined): number => (value === null || value === undefined ? 0 : Number(value));
