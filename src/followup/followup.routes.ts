import { auditedRead, runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { loadPlan } from '../plans/plans.service.js';
import { amsterdamDate } from '../shared/dates.js';
import { registerActionRoutes } from './actions.routes.js';
import { correctionBody, idParams, measurementBody, measurementOut, momentParams, planMeasurementsOut } from './followup.contract.js';
import { insertMeasurement, loadMeasurements, presentMeasurement, scheduleForPlan, updateMeasurement } from './measurements.service.js';

export function registerFollowupRoutes(app: TypedApp, ctx: AppContext) {
  const today = () => amsterdamDate(ctx.now());

  app.get(
    '/api/v1/plans/:id/measurements',
    {
      config: { policy: 'plans.read', audit: 'measurement.read' },
      schema: {
        tags: ['opvolging'],
        summary: 'De levenstevredenheid bij de intake, de metingen en het meetschema van een plan.',
        params: idParams,
        response: { 200: planMeasurementsOut },
      },
    },
    async (request) => {
      const { plan, rows } = await auditedRead(ctx, request, {
        action: 'plans.read',
        load: async (db, user) => {
          const plan = await loadPlan(db, user.tenantId, request.params.id);
          return { plan, rows: await loadMeasurements(db, user.tenantId, [plan.id]) };
        },
        resource: (loaded) => loaded.plan,
        audit: ({ plan }) => ({ action: 'measurement.read', entityType: 'plan', entityId: plan.id }),
      });
      return { intake: plan.document.lifeSatisfaction ?? null, items: rows.map(presentMeasurement), schedule: scheduleForPlan(plan, rows, today()) };
    },
  );

  app.post(
    '/api/v1/plans/:id/measurements',
    {
      config: { policy: 'measurements.create', audit: 'measurement.create' },
      schema: {
        tags: ['opvolging'],
        summary: 'Leg een meting van de levenstevredenheid vast. Elk meetmoment één keer; daarna corrigeren met PUT.',
        params: idParams,
        body: measurementBody,
        response: { 201: measurementOut },
      },
    },
    async (request, reply) => {
      const { moment, ...input } = request.body;
      const row = await runCommand(ctx, request, {
        action: 'measurements.create',
        load: (tx, user) => loadPlan(tx, user.tenantId, request.params.id),
        change: (tx, plan, user) => insertMeasurement(tx, user, plan, moment, input, today()),
        audit: (created, plan) => ({ action: 'measurement.create', entityType: 'plan', entityId: plan.id, detail: { measurementId: created.id, moment } }),
      });
      return reply.code(201).send(presentMeasurement(row));
    },
  );

  app.put(
    '/api/v1/plans/:id/measurements/:moment',
    {
      config: { policy: 'measurements.create', audit: 'measurement.update' },
      schema: {
        tags: ['opvolging'],
        summary: 'Corrigeer een vastgelegde meting.',
        params: momentParams,
        body: correctionBody,
        response: { 200: measurementOut },
      },
    },
    async (request) => {
      const { moment } = request.params;
      const row = await runCommand(ctx, request, {
        action: 'measurements.create',
        load: (tx, user) => loadPlan(tx, user.tenantId, request.params.id),
        change: (tx, plan, user) => updateMeasurement(tx, user, plan, moment, request.body, today()),
        audit: (updated, plan) => ({ action: 'measurement.update', entityType: 'plan', entityId: plan.id, detail: { measurementId: updated.id, moment } }),
      });
      return presentMeasurement(row);
    },
  );

  registerActionRoutes(app, ctx);
}
