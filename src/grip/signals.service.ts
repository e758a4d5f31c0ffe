import { and, eq } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notFound } from '../shared/errors.js';
import { detailText, SIGNAL_ORDER } from './domain/signals.js';
import type { GripSignal, GripSignals, SignalType } from './grip.contract.js';
import { gripSignalHandling } from './grip.schema.js';
import { num, rows } from './grip.sql.js';
import { visibleOn } from './signals.queries.js';
import { loadImportFailedSignals } from './import-failed.signals.js';

export interface SignalsQuery {
  type?: SignalType | undefined;
  provider?: string | undefined;
  status: 'all' | 'open' | 'handled';
  limit: number;
  offset: number;
}

interface SignalRow {
  id: string;
  type: SignalType;
  provider: string | null;
  assignment_number: string | null;
  since: string;
  lines: string | number | null;
  amount: string | number | null;
  declared: string | number | null;
  assigned: string | number | null;
  unit: string | null;
  start_date: string | null;
  end_date: string | null;
  product_code: string | null;
  note: string | null;
  handled_by: string | null;
  handled_at: string | Date | null;
}

const orderSql = sql.raw(
  `case type ${SIGNAL_ORDER.map((type, i) => `when '${type}' then ${i}`).join(' ')} else 99 end, since desc, provider nulls first, assignment_number nulls first, id`,
);

function detail(row: SignalRow): string {
  switch (row.type) {
    case 'no-start':
      return detailText.noStart(row.since);
    case 'declared-above-assigned':
      return detailText.aboveAssigned(row.since, row.end_date, num(row.declared), num(row.assigned), row.unit);
    case 'declared-without-assignment':
      return detailText.withoutAssignment(num(row.lines), num(row.amount), row.assignment_number);
    case 'declared-outside-period':
      return detailText.outsidePeriod(num(row.lines), num(row.amount), row.start_date ?? '', row.end_date);
    case 'open-ended':
      return detailText.openEnded(row.since);
    case 'missing-tariff':
      return detailText.missingTariff(row.product_code, row.since);
    default:
      return '';
  }
}

const iso = (value: string | Date) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

function present(row: SignalRow): GripSignal {
  return {
    id: row.id,
    type: row.type,
    provider: row.provider,
    assignmentNumber: row.assignment_number,
    since: row.since,
    detail: detail(row),
    handled: row.handled_by && row.handled_at ? { note: row.note ?? '', handledBy: row.handled_by, handledAt: iso(row.handled_at) } : null,
  };
}

/** The tenant's signals visible today, with the analist's handling. */
function markedSignals(tenantId: string, today: string) {
  return sql`marked as (
      select s.*, to_char(s.since, 'YYYY-MM-DD') as since_text, h.note, h.handled_by, h.handled_at
      from grip_signals s left join grip_signal_handling h on h.tenant_id = s.tenant_id and h.signal_id = s.id
      where s.tenant_id = ${tenantId} and ${visibleOn(today, 's')}
    )`;
}

/** The work list: as the records showed after the last import, with the analist's handling joined by id. */
export async function loadGripSignals(db: Db, tenantId: string, today: string, q: SignalsQuery, extra: readonly GripSignal[] = []): Promise<GripSignals> {
  const filters = [sql`true`];
  if (q.type) filters.push(sql`type = ${q.type}`);
  if (q.provider) filters.push(sql`provider = ${q.provider}`);
  if (q.status === 'open') filters.push(sql`handled_by is null`);
  if (q.status === 'handled') filters.push(sql`handled_by is not null`);
  const marked = markedSignals(tenantId, today);
  // One after the other: the audited read runs in a transaction, on one connection.
  const page = await rows<SignalRow & { since_text: string; total: number }>(
    db,
    sql`with ${marked}
      select *, count(*) over ()::int as total from marked where ${sql.join(filters, sql` and `)}
      order by ${orderSql} limit ${q.limit} offset ${q.offset}`,
  );
  const counts = await rows<{ type: SignalType; count: number; open: number }>(
    db,
    sql`with ${marked}
      select type, count(*)::int as count, count(*) filter (where handled_by is null)::int as open from marked
      where ${q.provider ? sql`provider = ${q.provider}` : sql`true`} group by type`,
  );
  const items = page.map((row) => present({ ...row, since: row.since_text }));
  const extraShown = extra.filter((signal) => (!q.type || signal.type === q.type) && (!q.provider || signal.provider === q.provider) && (q.status === 'all' || (q.status === 'open') === (signal.handled === null)));
  const byType = new Map(counts.map((row) => [row.type, row]));
  for (const signal of extra) {
    const row = byType.get(signal.type) ?? { type: signal.type, count: 0, open: 0 };
    byType.set(signal.type, { ...row, count: row.count + 1, open: row.open + (signal.handled ? 0 : 1) });
  }
  const total = (page[0]?.total ?? (q.offset > 0 ? await countOnly(db, tenantId, today, filters) : 0)) + extraShown.length;
  return {
    items: q.offset === 0 ? [...extraShown, ...items] : items,
    total,
    byType: SIGNAL_ORDER.filter((type) => byType.has(type)).map((type) => byType.get(type)!),
  };
}

async function countOnly(db: Db, tenantId: string, today: string, filters: ReturnType<typeof sql>[]): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`with ${markedSignals(tenantId, today)}
      select count(*)::int as n from marked where ${sql.join(filters, sql` and `)}`,
  );
  return row?.n ?? 0;
}

/** Signals per provider (all types), for the providers table. */
export async function loadSignalCountsByProvider(db: Db, tenantId: string, today: string): Promise<Map<string, { total: number; byType: { type: SignalType; count: number }[] }>> {
  const found = await rows<{ provider: string | null; type: SignalType; count: number }>(
    db,
    sql`select provider, type, count(*)::int as count from grip_signals
      where tenant_id = ${tenantId} and provider is not null and ${visibleOn(today)} group by provider, type`,
  );
  const out = new Map<string, { total: number; byType: { type: SignalType; count: number }[] }>();
  for (const row of found) {
    const entry = out.get(row.provider!) ?? { total: 0, byType: [] };
    entry.total += row.count;
    entry.byType.push({ type: row.type, count: row.count });
    out.set(row.provider!, entry);
  }
  for (const entry of out.values()) entry.byType.sort((a, b) => SIGNAL_ORDER.indexOf(a.type) - SIGNAL_ORDER.indexOf(b.type));
  return out;
}

/** One signal by id, as it is now (404 when the records no longer show it, or it is another municipality's). */
export async function loadSignal(db: Db, tenantId: string, today: string, id: string, extra: readonly GripSignal[] = []): Promise<GripSignal> {
  const fromExtra = extra.find((signal) => signal.id === id);
  if (fromExtra) return fromExtra;
  const [row] = await rows<SignalRow & { since_text: string }>(
    db,
    sql`with ${markedSignals(tenantId, today)} select * from marked where id = ${id} limit 1`,
  );
  if (!row) throw notFound('Dit signaal bestaat niet (meer).');
  return present({ ...row, since: row.since_text });
}

export async function markHandled(tx: Db, tenantId: string, signal: GripSignal, note: string, handledBy: string): Promise<void> {
  await tx
    .insert(gripSignalHandling)
    .values({ tenantId, signalId: signal.id, type: signal.type, provider: signal.provider, assignmentNumber: signal.assignmentNumber, note, handledBy })
    .onConflictDoUpdate({ target: [gripSignalHandling.tenantId, gripSignalHandling.signalId], set: { note, handledBy, handledAt: new Date() } });
}

export async function reopen(tx: Db, tenantId: string, id: string): Promise<boolean> {
  const deleted = await tx.delete(gripSignalHandling).where(and(eq(gripSignalHandling.tenantId, tenantId), eq(gripSignalHandling.signalId, id))).returning({ id: gripSignalHandling.signalId });
  return deleted.length > 0;
}

/** Signals that do not come from the records (a failed folder import), with their handling. */
export async function loadFolderSignals(db: Db, tenantId: string): Promise<GripSignal[]> {
  const failed = await loadImportFailedSignals(db, tenantId);
  if (failed.length === 0) return failed;
  const handled = await db.select().from(gripSignalHandling).where(eq(gripSignalHandling.tenantId, tenantId));
  const byId = new Map(handled.map((row) => [row.signalId, row]));
  return failed.map((signal) => {
    const row = byId.get(signal.id);
    return row ? { ...signal, handled: { note: row.note, handledBy: row.handledBy, handledAt: row.handledAt.toISOString() } } : signal;
  });
}
