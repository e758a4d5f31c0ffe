import { z } from 'zod';
import { auditedRead, runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import {
  createPlanBody,
  documentOfUpdate,
  planConflict,
  planIdParams,
  planListOut,
  planListQuery,
  planOut,
  statusesOf,
  updatePlanBody,
} from './plans.contract.js';
import { presentPlan, presentPlanSummary } from './plans.present.js';
import { amsterdamYear } from '../shared/dates.js';
import { nextCaseNumberOut } from './case-number.contract.js';
import { nextCaseNumberOf } from './case-number.queries.js';
import { deletePlan, insertPlan, listPlans, loadPlan, loadPlanLocked, planCreated, savePlan } from './plans.service.js';

export function registerPlanRoutes(app: TypedApp, ctx: AppContext) {
  app.post(
    '/api/v1/plans',
    {
      config: { policy: 'plans.create', audit: 'plan.create' },
      schema: {
        tags: ['plannen'],
        summary: 'Maak een plan (maatwerkcanvas) als concept.',
        body: createPlanBody,
        response: { 201: planOut },
      },
    },
    async (request, reply) => {
      const row = await runCommand(ctx, request, {
        action: 'plans.create',
        change: (tx, _loaded, user) => insertPlan(tx, user, request.body),
        audit: planCreated,
      });
      return reply.code(201).send(presentPlan(row));
    },
  );

  app.get(
    '/api/v1/plans/next-case-number',
    {
      // Only the numbering of the own municipality, no case data: nothing for the audit log.
      config: { policy: 'plans.create' },
      schema: {
        tags: ['plannen'],
        summary: 'Het voorgestelde casusnummer voor een nieuw plan: het hoogste van dit jaar plus één.',
        response: { 200: nextCaseNumberOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'plans.create');
      const year = amsterdamYear(ctx.now());
      return { caseNumber: await nextCaseNumberOf(ctx.db, user.tenantId, year), year };
    },
  );

  app.get(
    '/api/v1/plans/:id',
    {
      config: { policy: 'plans.read', audit: 'plan.read' },
      schema: { tags: ['plannen'], summary: 'Een plan met de berekende kosten-batenanalyse (kba).', params: planIdParams, response: { 200: planOut } },
    },
    async (request) => {
      const row = await auditedRead(ctx, request, {
        action: 'plans.read',
        load: (db, user) => loadPlan(db, user.tenantId, request.params.id),
        audit: (plan) => ({ action: 'plan.read', entityType: 'plan', entityId: plan.id }),
      });
      return presentPlan(row);
    },
  );

  app.put(
    '/api/v1/plans/:id',
    {
      config: { policy: 'plans.update', audit: ['plan.update', 'plan.transition'] },
      schema: {
        tags: ['plannen'],
        summary: 'Sla het hele plan op. 409 als iemand anders intussen opsloeg; het afgewezen document staat dan in de body.',
        params: planIdParams,
        body: updatePlanBody,
        response: { 200: planOut, 409: planConflict },
      },
    },
    async (request) => {
      const document = documentOfUpdate(request.body);
      const { row } = await runCommand(ctx, request, {
        action: 'plans.update',
        // Locked: a decision at the table and a save must not interleave (workflow.history.ts).
        load: (tx, user) => loadPlanLocked(tx, user.tenantId, request.params.id),
        change: (tx, current, user) => savePlan(tx, user, current, request.body.version, document, ctx.now()),
        audit: (saved) => saved.events,
      });
      return presentPlan(row);
    },
  );

  app.get(
    '/api/v1/plans',
    {
      config: { policy: 'plans.read' },
      schema: {
        tags: ['plannen'],
        summary: 'Plannen van de eigen gemeente, nieuwste eerst; zoek op casus- of cliëntnummer of tekst.',
        querystring: planListQuery,
        response: { 200: planListOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'plans.read');
      const { status, q, limit, offset } = request.query;
      const { rows, total } = await listPlans(ctx.db, user.tenantId, { statuses: statusesOf(status), q, limit, offset });
      return { items: rows.map(presentPlanSummary), total };
    },
  );

  app.delete(
    '/api/v1/plans/:id',
    {
      config: { policy: 'plans.delete', audit: 'plan.delete' },
      schema: { tags: ['plannen'], summary: 'Verwijder een concept (auteur of beheerder). Alleen concepten.', params: planIdParams, response: { 204: z.null().describe('Verwijderd.') } },
    },
    async (request, reply) => {
      await runCommand(ctx, request, {
        action: 'plans.delete',
        load: (tx, user) => loadPlanLocked(tx, user.tenantId, request.params.id),
        change: (tx, plan) => deletePlan(tx, plan),
        audit: (_result, plan) => ({ action: 'plan.delete', entityType: 'plan', entityId: plan.id }),
      });
      return reply.code(204).send(null);
    },
  );
}
