import type { BulkSession } from '../db/bulk.js';
import type { StageName } from './import-stage.js';

/**
 * Merges one file's staging rows into the real tables, in the file's transaction. Idempotent: a
 * row whose content is already stored is not touched (`IS DISTINCT FROM` in the upsert), so
 * importing a file twice reports everything `unchanged`. Within a batch the last row of a key wins.
 */
export interface MergeCounts {
  inserted: number;
  updated: number;
}

/** Per file of the batch (file_no → counts); a file absent here changed nothing. */
export type FileCounts = Map<number, MergeCounts>;

/**
 * Runs an upsert from `src` (the staging rows, one per key: the last one wins) and attributes each
 * inserted or updated row to the file it came from, by joining the returned keys back to `src`.
 */
async function upsert(session: BulkSession, tenantId: string, parts: { src: string; insert: string; keys: string[] }): Promise<FileCounts> {
  // Keys are never null, so `=` (a hash join; `is not distinct from` would be a nested loop).
  const join = parts.keys.map((key) => `up.${key} = src.${key}`).join(' and ');
  const rows = await session.query<{ file_no: number; inserted: number; updated: number }>(
    `with src as (${parts.src}), up as (${parts.insert} returning ${parts.keys.join(', ')}, (xmax = 0) as inserted)
     select src.file_no, count(*) filter (where up.inserted)::int as inserted, count(*) filter (where not up.inserted)::int as updated
     from up join src on ${join} group by src.file_no`,
    [tenantId],
  );
  return new Map(rows.map((row) => [row.file_no, { inserted: row.inserted, updated: row.updated }]));
}

/**
 * Gives every staged row its client: the BSN's key, else the client who already has this client
 * number (one known by BSN first), else the number's own key; and stores the clients.
 */
async function resolveClients(session: BulkSession, stage: string, tenantId: string, extra: { birthYear: boolean; addressKey: boolean }): Promise<void> {
  const birth = extra.birthYear ? 'max(birth_year)' : 'null::integer';
  const address = extra.addressKey ? 'max(address_key)' : 'null::text';
  const upsertClients = (where: string) => `insert into service_clients (tenant_id, client_key, client_number, birth_year, address_key)
    select $1, client_key, max(client_number), ${birth}, ${address} from ${stage} where ${where} group by client_key
    on conflict (tenant_id, client_key) do update set
      client_number = coalesce(excluded.client_number, service_clients.client_number),
      birth_year = coalesce(excluded.birth_year, service_clients.birth_year),
      address_key = coalesce(excluded.address_key, service_clients.address_key)
    where (service_clients.client_number, service_clients.birth_year, service_clients.address_key)
      is distinct from (coalesce(excluded.client_number, service_clients.client_number), coalesce(excluded.birth_year, service_clients.birth_year), coalesce(excluded.address_key, service_clients.address_key))`;
  await session.query(`update ${stage} set client_key = bsn_key where bsn_key is not null`);
  await session.query(upsertClients('client_key is not null'), [tenantId]);
  await session.query(
    `update ${stage} st set client_key = coalesce((select c.client_key from service_clients c
       where c.tenant_id = $1 and c.client_number = st.client_number order by (c.client_key = st.number_key) limit 1), st.number_key)
     where st.client_key is null`,
    [tenantId],
  );
  await session.query(upsertClients('bsn_key is null'), [tenantId]);
}

/** Keeps the effective period of CONTRACT.md (305/307 before the assignment's dates) in step. */
async function refreshPeriods(session: BulkSession, stage: string, tenantId: string): Promise<void> {
  await session.query(
    `update services s set start_date = coalesce(d.started_on, d.stop_started_on, s.assignment_start), end_date = coalesce(d.stopped_on, s.assignment_end)
     from service_deliveries d
     where s.tenant_id = $1 and d.tenant_id = $1 and d.service_id = s.service_id
       and s.service_id in (select service_id from ${stage})
       and (s.start_date, s.end_date) is distinct from (coalesce(d.started_on, d.stop_started_on, s.assignment_start), coalesce(d.stopped_on, s.assignment_end))`,
    [tenantId],
  );
}

/** A tariff changed: the cost price of the services with its product code (the trigger keeps it on service changes). */
async function refreshCostPrices(session: BulkSession, stage: string, tenantId: string): Promise<void> {
  await session.query(
    `update services set cost_price_cents = doorbraak_cost_price(tenant_id, provider, product_code, start_date, unit_price_cents)
     where tenant_id = $1 and product_code in (select distinct product_code from ${stage})
       and cost_price_cents is distinct from doorbraak_cost_price(tenant_id, provider, product_code, start_date, unit_price_cents)`,
    [tenantId],
  );
}

async function addProviders(session: BulkSession, stage: string, tenantId: string): Promise<void> {
  await session.query(
    `insert into providers (tenant_id, agb_code, pillar) select distinct $1, provider, pillar from ${stage} where provider <> '' on conflict do nothing`,
    [tenantId],
  );
}

const SERVICE_FIELDS = ['client_key', 'pillar', 'product_category', 'product_code', 'product_name', 'provider', 'assigned_on', 'assignment_start', 'assignment_end', 'volume', 'unit', 'frequency', 'unit_price_cents', 'amount_cents', 'message_date', 'source'];
const DECLARATION_FIELDS = ['service_id', 'client_key', 'provider', 'pillar', 'product_category', 'product_code', 'period_start', 'period_end', 'volume', 'unit', 'unit_price_cents', 'amount_cents', 'declared_on'];

const setAll = (fields: string[]) => fields.map((f) => `${f} = excluded.${f}`).join(', ');
const changed = (table: string, fields: string[]) => `(${fields.map((f) => `${table}.${f}`).join(', ')}) is distinct from (${fields.map((f) => `excluded.${f}`).join(', ')})`;

export async function mergeStage(session: BulkSession, stage: StageName, table: string, tenantId: string): Promise<FileCounts> {
  switch (stage) {
    case 'services': {
      await resolveClients(session, table, tenantId, { birthYear: true, addressKey: true });
      await addProviders(session, table, tenantId);
      return upsert(session, tenantId, {
        // Within a batch, too, the newest message about an assignment wins.
        src: `select distinct on (service_id) * from ${table} order by service_id, message_date desc nulls last, seq desc`,
        insert: `insert into services (tenant_id, service_id, ${SERVICE_FIELDS.join(', ')}, start_date, end_date)
         select $1, src.service_id, ${SERVICE_FIELDS.map((f) => `src.${f}`).join(', ')},
           coalesce(d.started_on, d.stop_started_on, src.assignment_start), coalesce(d.stopped_on, src.assignment_end)
         from src left join service_deliveries d on d.tenant_id = $1 and d.service_id = src.service_id
         on conflict (tenant_id, service_id) do update set ${setAll([...SERVICE_FIELDS, 'start_date', 'end_date'])}
         where (services.message_date is null or excluded.message_date is null or excluded.message_date >= services.message_date)
           and ${changed('services', [...SERVICE_FIELDS, 'start_date', 'end_date'])}`,
        keys: ['service_id'],
      });
    }
    case 'starts':
    case 'stops': {
      await resolveClients(session, table, tenantId, { birthYear: false, addressKey: false });
      await addProviders(session, table, tenantId);
      const fields = stage === 'starts' ? ['provider', 'started_on'] : ['provider', 'stop_started_on', 'stopped_on', 'stop_reason'];
      const result = await upsert(session, tenantId, {
        src: `select distinct on (service_id) * from ${table} order by service_id, seq desc`,
        insert: `insert into service_deliveries (tenant_id, service_id, ${fields.join(', ')})
         select $1, service_id, ${fields.join(', ')} from src
         on conflict (tenant_id, service_id) do update set ${setAll(fields)} where ${changed('service_deliveries', fields)}`,
        keys: ['service_id'],
      });
      await refreshPeriods(session, table, tenantId);
      return result;
    }
    case 'declarations':
      await resolveClients(session, table, tenantId, { birthYear: false, addressKey: false });
      await addProviders(session, table, tenantId);
      return upsert(session, tenantId, {
        src: `select distinct on (declaration_number, product_reference) * from ${table} order by declaration_number, product_reference, seq desc`,
        insert: `insert into declaration_lines (tenant_id, declaration_number, product_reference, ${DECLARATION_FIELDS.join(', ')})
         select $1, declaration_number, product_reference, ${DECLARATION_FIELDS.join(', ')} from src
         on conflict (tenant_id, declaration_number, product_reference) do update set ${setAll(DECLARATION_FIELDS)}
         where ${changed('declaration_lines', DECLARATION_FIELDS)}`,
        keys: ['declaration_number', 'product_reference'],
      });
    case 'households':
      await resolveClients(session, table, tenantId, { birthYear: false, addressKey: false });
      return upsert(session, tenantId, {
        src: `select distinct on (client_key, valid_from) * from ${table} order by client_key, valid_from, seq desc`,
        insert: `insert into household_members (tenant_id, client_key, household_key, valid_from, valid_to)
         select $1, client_key, household_key, valid_from, valid_to from src
         on conflict (tenant_id, client_key, valid_from) do update set household_key = excluded.household_key, valid_to = excluded.valid_to
         where ${changed('household_members', ['household_key', 'valid_to'])}`,
        keys: ['client_key', 'valid_from'],
      });
    case 'tariffs': {
      const fields = ['product_category', 'unit', 'unit_price_cents', 'valid_to'];
      const counts = await upsert(session, tenantId, {
        src: `select distinct on (provider, product_code, valid_from) * from ${table} order by provider, product_code, valid_from, seq desc`,
        insert: `insert into tariffs (tenant_id, provider, product_code, valid_from, ${fields.join(', ')})
         select $1, provider, product_code, valid_from, ${fields.join(', ')} from src
         on conflict (tenant_id, provider, product_code, valid_from) do update set ${setAll(fields)} where ${changed('tariffs', fields)}`,
        keys: ['provider', 'product_code', 'valid_from'],
      });
      await refreshCostPrices(session, table, tenantId);
      return counts;
    }
    case 'budgets': {
      const fields = ['name', 'pillar', 'product_category', 'amount_cents'];
      return upsert(session, tenantId, {
        src: `select distinct on (year, budget_line) * from ${table} order by year, budget_line, seq desc`,
        insert: `insert into budget_lines (tenant_id, year, budget_line, ${fields.join(', ')})
         select $1, year, budget_line, ${fields.join(', ')} from src
         on conflict (tenant_id, year, budget_line) do update set ${setAll(fields)} where ${changed('budget_lines', fields)}`,
        keys: ['year', 'budget_line'],
      });
    }
    case 'realisations':
      return upsert(session, tenantId, {
        src: `select distinct on (service_id, period_start, period_end) * from ${table} order by service_id, period_start, period_end, seq desc`,
        insert: `insert into realisations (tenant_id, service_id, period_start, period_end, amount_cents)
         select $1, service_id, period_start, period_end, amount_cents from src
         on conflict (tenant_id, service_id, period_start, period_end) do update set amount_cents = excluded.amount_cents
         where realisations.amount_cents is distinct from excluded.amount_cents`,
        keys: ['service_id', 'period_start', 'period_end'],
      });
  }
}
