import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Pillar } from '../imports/domain/records.js';
import { addDays } from '../services/domain/cost.js';
import { invalid } from '../shared/errors.js';
import { monthEnd, monthIndex, monthLabel, monthStart } from './domain/months.js';
import type { GripFlows } from './grip.contract.js';
import { rows } from './grip.sql.js';

/**
 * In-, door- and uitstroom per month. A client's services (of the pillar, or of any) that overlap
 * or follow each other without a day between merge into one episode of support: inflow counts the
 * episodes that begin in the month, outflow those that end in it, clients those with support in it.
 * A prolongation (a new assignment the day after the old one ends) is neither in- nor outflow.
 */

export function resolveFlowsQuery(q: { pillar?: Pillar | undefined; from?: string | undefined; to?: string | undefined }, today: string) {
  const to = q.to ?? today;
  const from = q.from ?? monthStart(monthIndex(to) - 11);
  for (const [path, value] of [['from', from], ['to', to]] as const) {
    const year = Number(value.slice(0, 4));
    if (year < 2000 || year > 2100) throw invalid([{ path, message: 'Kies een datum tussen 2000 en 2100.' }]);
  }
  if (from > to) throw invalid([{ path: 'from', message: 'Het begin van de periode ligt na het einde.' }]);
  if (monthIndex(to) - monthIndex(from) > 120) throw invalid([{ path: 'from', message: 'Kies een periode van hooguit tien jaar.' }]);
  return { pillar: q.pillar ?? null, from, to };
}

export async function loadGripFlows(db: Db, tenantId: string, q: ReturnType<typeof resolveFlowsQuery>): Promise<GripFlows> {
  const first = monthIndex(q.from);
  const last = monthIndex(q.to);
  const months = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const windows = sql.join(months.map((m) => sql`(${m}::int, ${monthStart(m)}::date, ${monthEnd(m)}::date)`), sql`, `);
  const pillar = q.pillar ? sql`and pillar = ${q.pillar}` : sql``;
  const found = await rows<{ month: number; inflow: number; outflow: number; clients: number }>(
    db,
    sql`with s as (
        select client_key, start_date, coalesce(end_date, 'infinity'::date) as end_date from services
        where tenant_id = ${tenantId} ${pillar} and start_date <= ${addDays(monthEnd(last), 1)}::date
      ), marked as (
        select client_key, start_date, end_date,
          case when start_date <= max(end_date) over (partition by client_key order by start_date, end_date rows between unbounded preceding and 1 preceding) + 1
            then 0 else 1 end as starts
        from s
      ), numbered as (
        select client_key, start_date, end_date, sum(starts) over (partition by client_key order by start_date, end_date rows unbounded preceding) as episode from marked
      ), episodes as (
        select client_key, min(start_date) as start_date, max(end_date) as end_date from numbered group by client_key, episode
      ), m(month, f, t) as (values ${windows})
      select m.month,
        (select count(*) from episodes e where e.start_date between m.f and m.t)::int as inflow,
        (select count(*) from episodes e where e.end_date between m.f and m.t)::int as outflow,
        (select count(distinct client_key) from episodes e where e.start_date <= m.t and e.end_date >= m.f)::int as clients
      from m order by m.month`,
  );
  return found.map((row) => ({ month: monthLabel(Number(row.month)), inflow: row.inflow, outflow: row.outflow, clients: row.clients }));
}
