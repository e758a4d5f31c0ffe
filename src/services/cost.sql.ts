import { sql, type SQL } from 'drizzle-orm';

/**
 * The cost formula of services/domain/cost.ts in SQL, for aggregates over a million services.
 * PostgreSQL's round(numeric) rounds half away from zero, as the contract wants. `s` is a row
 * of `services`; its `cost_price_cents` is the unit price (its own, else the tariff on its start
 * date), kept by a trigger (migration 0007) and by the tariffs import (imports/import-merge.ts).
 * services.sql.test.ts holds it equal to the TypeScript formula on random services.
 */
export function serviceCostSql(from: SQL, to: SQL, s = 's', price: SQL = sql.raw(`${s}.cost_price_cents`)): SQL {
  const col = (name: string) => sql.raw(`${s}.${name}`);
  const d = sql`greatest(0, least(coalesce(${col('end_date')}, ${to}), ${to}) - greatest(${col('start_date')}, ${from}) + 1)`;
  const total = sql`(${col('end_date')} - ${col('start_date')} + 1)`;
  const startsInside = sql`(${col('start_date')} between ${from} and ${to})`;
  const u = sql`(case when ${col('unit')} = '83' then 100 else coalesce(${price}, 0) end)::numeric`;
  const uv = sql`(${u} * coalesce(${col('volume')}, 0))`;
  return sql`(case
    when ${col('amount_cents')} is not null and ${col('volume')} is null then
      case when ${col('end_date')} is null then (case when ${startsInside} then ${col('amount_cents')} else 0 end)
      else round(${col('amount_cents')}::numeric * ${d} / ${total}) end
    when ${col('frequency')} = '1' then ${uv} * ${d}
    when ${col('frequency')} = '2' then round(${uv} * ${d} / 7)
    when ${col('frequency')} = '4' then round(${uv} * ${d} * 12 / 365)
    when ${col('frequency')} = '6' then
      case when ${col('end_date')} is null then (case when ${startsInside} then ${uv} else 0 end)
      else round(${uv} * ${d} / ${total}) end
    else 0 end)`;
}

