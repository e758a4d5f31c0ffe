import { and, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { invalid } from '../shared/errors.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { planDocumentSchema } from './domain/plan-document.js';
import { PLAN_STATUS_KEYS } from './domain/statuses.js';
import { plans } from './plans.schema.js';
import { presentPlan, presentPlanSummary, SERVER_FIELDS } from './plans.present.js';
import { createPlan, loadPlan, updatePlan } from './plans.service.js';

const idParams = z.object({ id: z.string().max(100) });

/** PUT accepts what GET returned: the server's own fields are read-only and ignored. */
const putBody = planDocumentSchema.extend({
  version: z.number().int().min(1).describe('De versie waarop deze wijziging is gebaseerd.'),
  ...Object.fromEntries(SERVER_FIELDS.filter((field) => field !== 'version').map((field) => [field, z.unknown().optional()])),
});

const planOut = z.looseObject({ id: z.string(), status: z.string(), version: z.number() });

export function registerPlanRoutes(app: TypedApp, ctx: AppContext) {
  app.post(
    '/api/v1/plans',
    {
      schema: {
        tags: ['plannen'],
        summary: 'Maak een plan (maatwerkcanvas) als concept.',
        body: planDocumentSchema,
        response: { 201: planOut },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'plans.create');
      const row = await createPlan(ctx.db, user, request.body, request.id);
      return reply.code(201).send(presentPlan(row));
    },
  );

  app.get(
    '/api/v1/plans/:id',
    { schema: { tags: ['plannen'], summary: 'Een plan met de berekende kosten-batenanalyse (kba).', params: idParams, response: { 200: planOut } } },
    async (request) => {
      const user = requireUser(request);
      const row = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', row);
      await recordAudit(ctx.db, { tenantId: user.tenantId, actor: user, action: 'plan.read', entityType: 'plan', entityId: row.id, requestId: request.id });
      return presentPlan(row);
    },
  );

  app.put(
    '/api/v1/plans/:id',
    {
      schema: {
        tags: ['plannen'],
        summary: 'Sla het hele plan op. 409 als iemand anders intussen opsloeg; het afgewezen document staat dan in de body.',
        params: idParams,
        body: putBody,
        response: { 200: planOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const existing = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.update', existing);
      const { version, ...rest } = request.body;
      const document = planDocumentSchema.parse(Object.fromEntries(Object.entries(rest).filter(([key]) => !(SERVER_FIELDS as readonly string[]).includes(key))));
      const row = await updatePlan(ctx.db, user, existing.id, version, document, request.id, ctx.now());
      return presentPlan(row);
    },
  );

  app.get(
    '/api/v1/plans',
    {
      schema: {
        tags: ['plannen'],
        summary: 'Plannen van de eigen gemeente, nieuwste eerst; zoek op casus- of cliëntnummer of tekst.',
        querystring: z.strictObject({
          status: z.string().max(200).optional().describe('Een of meer statussen, komma-gescheiden.'),
          q: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ items: z.array(planOut), total: z.number() }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'plans.read');
      const { status, q, limit, offset } = request.query;
      const statuses = status?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
      const unknown = statuses.filter((s) => !(PLAN_STATUS_KEYS as string[]).includes(s));
      if (unknown.length > 0) {
        throw invalid([{ path: 'status', message: `Onbekende status ${unknown.join(', ')}. Kies uit: ${PLAN_STATUS_KEYS.join(', ')}.` }]);
      }
      const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
      const filters: (SQL | undefined)[] = [
        eq(plans.tenantId, user.tenantId),
        isNull(plans.deletedAt),
        statuses.length ? inArray(plans.status, statuses) : undefined,
        pattern ? or(ilike(plans.caseNumber, pattern), ilike(sql`${plans.document}::text`, pattern)) : undefined,
      ];
      const where = and(...filters);
      const [rows, total] = await Promise.all([
        ctx.db.select().from(plans).where(where).orderBy(desc(plans.updatedAt)).limit(limit).offset(offset),
        ctx.db.$count(plans, where),
      ]);
      return { items: rows.map(presentPlanSummary), total };
    },
  );

  app.delete(
    '/api/v1/plans/:id',
    { schema: { tags: ['plannen'], summary: 'Verwijder een concept (auteur of beheerder). Alleen concepten.', params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const user = requireUser(request);
      const row = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.delete', row);
      await ctx.db.transaction(async (tx) => {
        await tx.update(plans).set({ deletedAt: sql`now()` }).where(and(eq(plans.tenantId, user.tenantId), eq(plans.id, row.id)));
        await recordAudit(tx, { tenantId: user.tenantId, actor: user, action: 'plan.delete', entityType: 'plan', entityId: row.id, requestId: request.id });
      });
      return reply.code(204).send(null);
    },
  );
}
