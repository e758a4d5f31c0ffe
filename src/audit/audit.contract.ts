import { z } from 'zod';

/** Request and response schemas of the audit log (`GET /api/v1/audit`), for the route and the web. */

/**
 * What an event's `detail` may hold: ids, field names, counts, statuses, amounts and flags —
 * never case text or personal data. One level deep; a list holds strings (ids, field names, roles).
 */
export const auditDetailValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export const auditDetail = z.record(z.string(), auditDetailValue);
export type AuditDetail = z.infer<typeof auditDetail>;

const isoDate = z.iso.date();

export const auditQuery = z.strictObject({
  from: isoDate.optional().describe('Vanaf deze datum (JJJJ-MM-DD), inclusief.'),
  to: isoDate.optional().describe('Tot en met deze datum (JJJJ-MM-DD).'),
  action: z.string().max(100).optional().describe('Een handeling, bijv. `auth.login`.'),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const auditEventOut = z.object({
  id: z.number().int(),
  at: z.string().describe('Tijdstip (ISO 8601).'),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable().describe('Leeg voor de server zelf (seed, opdrachtregel).'),
  // A string, not the enum: the log is append-only, so it may hold actions an older or newer
  // version wrote; the UI shows an unknown one as stored.
  action: z.string().describe('`<entiteit>.<werkwoord>`, zie src/audit/audit-actions.ts.'),
  entityType: z.string(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
  detail: auditDetail,
});

export const auditListOut = z.object({ items: z.array(auditEventOut), total: z.number().int() });
