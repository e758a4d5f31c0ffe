import { z } from 'zod';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { loadPlan } from '../plans/plans.service.js';
import { recordAudit } from '../audit/audit.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { amsterdamDate } from '../shared/dates.js';
import { registerActionRoutes } from './actions.routes.js';
import { MEASUREMENT_MOMENT_KEYS } from './domain/schedule.js';
import { correctMeasurement, createMeasurement, loadMeasurements, presentMeasurement, scheduleForPlan } from './measurements.service.js';

const idParams = z.object({ id: z.string().max(100) });
const momentParams = z.object({ id: z.string().max(100), moment: z.enum(MEASUREMENT_MOMENT_KEYS) });

const moment = z.enum(MEASUREMENT_MOMENT_KEYS).describe('Het meetmoment: direct na het maatwerk (after), na 6 maanden (6m) of na 12 maanden (12m).');
const scoreFields = {
  lifeSatisfaction: z.number().int().min(1).max(10).describe('Levenstevredenheid van het huishouden, een cijfer van 1 tot en met 10.'),
  note: z.string().max(2000).optional().describe('Toelichting, zonder namen of BSN.'),
  measuredOn: z.iso.date().optional().describe('De datum van de meting (JJJJ-MM-DD); standaard vandaag.'),
};

const measurementOut = z.object({
  id: z.string(),
  planId: z.string(),
  moment: z.string(),
  label: z.string(),
  lifeSatisfaction: z.number(),
  note: z.string(),
  measuredOn: z.string(),
  userId: z.string(),
  createdAt: z.string(),
});

const scheduleOut = z.object({
  moment: z.string(),
  label: z.string(),
  dueDate: z.string(),
  done: z.boolean(),
  overdue: z.boolean(),
  measuredOn: z.string().nullable(),
  lifeSatisfaction: z.number().nullable(),
});

export function registerFollowupRoutes(app: TypedApp, ctx: AppContext) {
  const today = () => amsterdamDate(ctx.now());

  app.get(
    '/api/v1/plans/:id/measurements',
    {
      schema: {
        tags: ['opvolging'],
        summary: 'De levenstevredenheid bij de intake, de metingen en het meetschema van een plan.',
        params: idParams,
        response: { 200: z.object({ intake: z.number().nullable(), items: z.array(measurementOut), schedule: z.array(scheduleOut) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      const rows = await loadMeasurements(ctx.db, user.tenantId, [plan.id]);
      await recordAudit(ctx.db, { tenantId: user.tenantId, actor: user, action: 'measurement.read', entityType: 'plan', entityId: plan.id, requestId: request.id });
      return { intake: plan.document.lifeSatisfaction ?? null, items: rows.map(presentMeasurement), schedule: scheduleForPlan(plan, rows, today()) };
    },
  );

  app.post(
    '/api/v1/plans/:id/measurements',
    {
      schema: {
        tags: ['opvolging'],
        summary: 'Leg een meting van de levenstevredenheid vast. Elk meetmoment één keer; daarna corrigeren met PUT.',
        params: idParams,
        body: z.strictObject({ moment, ...scoreFields }),
        response: { 201: measurementOut },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'measurements.create', plan);
      const { moment: at, ...input } = request.body;
      const row = await createMeasurement(ctx.db, user, plan, at, input, today(), request.id);
      return reply.code(201).send(presentMeasurement(row));
    },
  );

  app.put(
    '/api/v1/plans/:id/measurements/:moment',
    {
      schema: {
        tags: ['opvolging'],
        summary: 'Corrigeer een vastgelegde meting.',
        params: momentParams,
        body: z.strictObject(scoreFields),
        response: { 200: measurementOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'measurements.create', plan);
      const row = await correctMeasurement(ctx.db, user, plan, request.params.moment, request.body, today(), request.id);
      return presentMeasurement(row);
    },
  );

  registerActionRoutes(app, ctx);
}
