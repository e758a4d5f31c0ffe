import type { Db } from '../db/client.js';
import { auditEvents } from './audit.schema.js';
import type { AuditAction } from './audit-actions.js';
import type { AuditDetail } from './audit.contract.js';

export interface AuditEntry {
  tenantId: string;
  actor: { id: string; email: string } | null;
  /** `<entity>.<verb>` from `audit-actions.ts`, e.g. `user.create`, `plan.read`. */
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  requestId?: string | null;
  /** Ids, field names and counts only: never case text or personal data (`auditDetail` in the contract). */
  detail?: AuditDetail;
}

/** Appends to the audit log. Call it inside the same transaction as the change it records. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    tenantId: entry.tenantId,
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    requestId: entry.requestId ?? null,
    detail: entry.detail ?? {},
  });
}
