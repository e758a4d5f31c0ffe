import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { amsterdamMidnight } from '../shared/dates.js';
import { auditEvents } from './audit.schema.js';

const isoDate = z.iso.date();

export function registerAuditRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Het auditlog van de eigen gemeente, nieuwste eerst (beheerder). Alleen-lezen.',
        querystring: z.strictObject({
          from: isoDate.optional().describe('Vanaf deze datum (JJJJ-MM-DD), inclusief.'),
          to: isoDate.optional().describe('Tot en met deze datum (JJJJ-MM-DD).'),
          action: z.string().max(100).optional(),
          entityType: z.string().max(100).optional(),
          entityId: z.string().max(100).optional(),
          actorId: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number(),
                at: z.string(),
                actorId: z.string().nullable(),
                actorEmail: z.string().nullable(),
                action: z.string(),
                entityType: z.string(),
                entityId: z.string().nullable(),
                requestId: z.string().nullable(),
                detail: z.record(z.string(), z.unknown()),
              }),
            ),
            total: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      authorize(actor, 'audit.read');
      const q = request.query;
      const filters: (SQL | undefined)[] = [
        eq(auditEvents.tenantId, actor.tenantId),
        q.from ? gte(auditEvents.at, amsterdamMidnight(q.from)) : undefined,
        q.to ? lt(auditEvents.at, amsterdamMidnight(q.to, 1)) : undefined,
        q.action ? eq(auditEvents.action, q.action) : undefined,
        q.entityType ? eq(auditEvents.entityType, q.entityType) : undefined,
        q.entityId ? eq(auditEvents.entityId, q.entityId) : undefined,
        q.actorId ? eq(auditEvents.actorId, q.actorId) : undefined,
      ];
      const where = and(...filters);
      const [rows, total] = await Promise.all([
        ctx.db.select().from(auditEvents).where(where).orderBy(desc(auditEvents.id)).limit(q.limit).offset(q.offset),
        ctx.db.$count(auditEvents, where),
      ]);
      return {
        items: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
        total,
      };
    },
  );
}
