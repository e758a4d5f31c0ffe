import { sql, type SQL } from 'drizzle-orm';
import { NO_START_DAYS } from './domain/signals.js';

/**
 * The six message-chain signals of CONTRACT.md as one union over the tenant's records, each row
 * with its identity (type, provider, assignment, since), its stable id (computed in SQL) and the
 * raw facts its Dutch detail is made of. It runs once per import (derived.queries.ts), not per read:
 * over a million declaration lines it takes seconds. `no-start` holds every 301 without a 305
 * (since = the assignment date); whether 30 days have passed is decided when the list is read.
 */
/** Inserts the tenant's signals as its records show them (derived.queries.ts deletes the old ones first). */
export function signalsInsertSql(tenantId: string): SQL {
  return sql`with ${signalUnionSql(tenantId)}
    insert into grip_signals (tenant_id, id, type, provider, assignment_number, since, lines, amount, declared, assigned, unit, start_date, end_date, product_code)
    select ${tenantId}, id, type, provider, assignment_number, since, lines, amount, declared, assigned, unit, start_date, end_date, product_code from signals
    on conflict do nothing`;
}

/** Signals shown on `today`: a no-start only after 30 days. */
export function visibleOn(today: string, alias = 'grip_signals'): SQL {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  return sql`(${col('type')} <> 'no-start' or ${col('since')} < ${today}::date - ${NO_START_DAYS}::int)`;
}

function signalUnionSql(tenantId: string): SQL {
  return sql`signal_rows as (
    -- no-start: a 301 assignment without a 305 (the 30 days are counted when read).
    select 'no-start'::text as type, s.provider, s.service_id as assignment_number,
      coalesce(s.assigned_on, s.message_date, s.assignment_start) as since,
      null::bigint as lines, null::bigint as amount, null::numeric as declared, null::numeric as assigned, null::text as unit,
      s.assignment_start as start_date, s.assignment_end as end_date, s.product_code
    from services s
    left join service_deliveries d on d.tenant_id = s.tenant_id and d.service_id = s.service_id
    where s.tenant_id = ${tenantId} and s.source in ('wmo301', 'jw301') and d.started_on is null
    union all
    -- declared-above-assigned, per period for volumes per day/week/month; over the whole
    -- assignment for a total (frequency 6) or a budget.
    select 'declared-above-assigned', l.provider, l.service_id, l.period_start, l.lines, l.amount, l.declared,
      l.volume::numeric * l.d * l.per / l.days, l.unit, l.start_date, l.period_end, l.product_code
    from (
      select dl.provider, dl.service_id, dl.period_start, dl.period_end, count(*) as lines, sum(dl.amount_cents) as amount,
        sum(case when dl.amount_cents < 0 then -1 else 1 end * ${converted}) as declared,
        sv.unit, sv.start_date, sv.end_date, sv.product_code, sv.volume,
        -- per day: v·d; per week: v·d/7; per month: v·d·12/365 (the cost formula's volumes)
        case sv.frequency when '4' then 12 else 1 end as per,
        case sv.frequency when '2' then 7 when '4' then 365 else 1 end as days,
        greatest(0, least(coalesce(sv.end_date, dl.period_end), dl.period_end) - greatest(sv.start_date, dl.period_start) + 1) as d
      from declaration_lines dl join services sv on sv.tenant_id = dl.tenant_id and sv.service_id = dl.service_id
      where dl.tenant_id = ${tenantId} and sv.frequency in ('1', '2', '4') and sv.volume is not null and ${convertible}
      group by dl.provider, dl.service_id, dl.period_start, dl.period_end, sv.unit, sv.start_date, sv.end_date, sv.product_code, sv.volume, sv.frequency
    ) l
    where l.d > 0 and l.declared * l.days > l.volume::numeric * l.d * l.per
    union all
    -- (end_date null here: the detail then speaks of the whole assignment)
    select 'declared-above-assigned', t.provider, t.service_id, t.first_period, t.lines, t.amount, t.declared, t.assigned, t.unit, t.start_date, null, t.product_code
    from (
      select dl.provider, dl.service_id, min(dl.period_start) as first_period, count(*) as lines, sum(dl.amount_cents) as amount,
        case when sv.volume is null then sum(dl.amount_cents)::numeric / 100 else sum(case when dl.amount_cents < 0 then -1 else 1 end * ${converted}) end as declared,
        case when sv.volume is null then sv.amount_cents::numeric / 100 else sv.volume::numeric end as assigned,
        case when sv.volume is null then '83' else sv.unit end as unit, sv.start_date, sv.end_date, sv.product_code
      from declaration_lines dl join services sv on sv.tenant_id = dl.tenant_id and sv.service_id = dl.service_id
      where dl.tenant_id = ${tenantId}
        and ((sv.frequency = '6' and sv.volume is not null and ${convertible}) or (sv.amount_cents is not null and sv.volume is null))
      group by dl.provider, dl.service_id, sv.volume, sv.amount_cents, sv.unit, sv.start_date, sv.end_date, sv.product_code
    ) t where t.declared > t.assigned
    union all
    -- declared-without-assignment: 323 lines whose ToewijzingNummer is unknown (or absent).
    select 'declared-without-assignment', dl.provider, dl.service_id, min(dl.period_start), count(*), sum(dl.amount_cents), null, null, null, null, null, null
    from declaration_lines dl
    left join services s on s.tenant_id = dl.tenant_id and s.service_id = dl.service_id
    where dl.tenant_id = ${tenantId} and s.service_id is null
    group by dl.provider, dl.service_id
    union all
    -- declared-outside-period: lines of a known assignment for days outside its (effective) period.
    select 'declared-outside-period', dl.provider, dl.service_id, min(dl.period_start), count(*), sum(dl.amount_cents), null, null, null, s.start_date, s.end_date, s.product_code
    from declaration_lines dl
    join services s on s.tenant_id = dl.tenant_id and s.service_id = dl.service_id
    where dl.tenant_id = ${tenantId} and (dl.period_start < s.start_date or (s.end_date is not null and dl.period_end > s.end_date))
    group by dl.provider, dl.service_id, s.start_date, s.end_date, s.product_code
    union all
    -- open-ended: no end date.
    select 'open-ended', s.provider, s.service_id, s.start_date, null, null, null, null, null, s.start_date, null, s.product_code
    from services s where s.tenant_id = ${tenantId} and s.end_date is null
    union all
    -- missing-tariff: no own unit price and no tariff of its provider (or every provider) on its start.
    select 'missing-tariff', s.provider, s.service_id, s.start_date, null, null, null, null, s.unit, s.start_date, s.end_date, s.product_code
    from services s
    where s.tenant_id = ${tenantId} and s.cost_price_cents is null and coalesce(s.unit, '') <> '83' and not (s.amount_cents is not null and s.volume is null)
  ), signals as (
    select substr(encode(sha256(convert_to(r.type || '|' || coalesce(r.provider, '') || '|' || coalesce(r.assignment_number, '') || '|' || to_char(r.since, 'YYYY-MM-DD'), 'UTF8')), 'hex'), 1, 24) as id, r.*
    from signal_rows r
  )`;
}

/** A 323 line's volume in the assignment's unit: the same unit, or minutes and hours converted. */
const converted = sql.raw(`(case when dl.unit = sv.unit then dl.volume::numeric when sv.unit = '04' and dl.unit = '01' then dl.volume::numeric / 60 when sv.unit = '01' and dl.unit = '04' then dl.volume::numeric * 60 end)`);
const convertible = sql.raw(`(dl.unit = sv.unit or (sv.unit = '04' and dl.unit = '01') or (sv.unit = '01' and dl.unit = '04'))`);


