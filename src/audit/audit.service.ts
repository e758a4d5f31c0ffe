import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/client.js';
import { amsterdamMidnight } from '../shared/dates.js';
import { auditDetailValue, type AuditDetail, type auditEventOut, type auditQuery } from './audit.contract.js';
import { auditEvents } from './audit.schema.js';

export type AuditQuery = z.output<typeof auditQuery>;
export type AuditEventOut = z.infer<typeof auditEventOut>;

/** The tenant's audit log, newest first, filtered and paged; `total` counts every match. */
export async function listAuditEvents(db: Db, tenantId: string, q: AuditQuery): Promise<{ items: AuditEventOut[]; total: number }> {
  const filters: (SQL | undefined)[] = [
    eq(auditEvents.tenantId, tenantId),
    q.from ? gte(auditEvents.at, amsterdamMidnight(q.from)) : undefined,
    q.to ? lt(auditEvents.at, amsterdamMidnight(q.to, 1)) : undefined,
    q.action ? eq(auditEvents.action, q.action) : undefined,
    q.entityType ? eq(auditEvents.entityType, q.entityType) : undefined,
    q.entityId ? eq(auditEvents.entityId, q.entityId) : undefined,
    q.actorId ? eq(auditEvents.actorId, q.actorId) : undefined,
  ];
  const where = and(...filters);
  const [rows, total] = await Promise.all([
    db.select().from(auditEvents).where(where).orderBy(desc(auditEvents.id)).limit(q.limit).offset(q.offset),
    db.$count(auditEvents, where),
  ]);
  return { items: rows.map(presentAuditEvent), total };
}

function presentAuditEvent(row: typeof auditEvents.$inferSelect): AuditEventOut {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    requestId: row.requestId,
    detail: presentDetail(row.detail),
  };
}

/**
 * The log is append-only, so it may hold a detail written before its values were typed; such a
 * value is shown as its JSON text rather than breaking the whole page.
 */
function presentDetail(detail: unknown): AuditDetail {
  if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) return {};
  return Object.fromEntries(
    Object.entries(detail as Record<string, unknown>).map(([key, value]) => [key, auditDetailValue.safeParse(value).success ? (value as AuditDetail[string]) : JSON.stringify(value)]),
  );
}
