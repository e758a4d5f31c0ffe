import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { planIdParams, planOut } from '../plans/plans.contract.js';
import { presentPlan } from '../plans/plans.present.js';
import { loadPlan } from '../plans/plans.service.js';
import { authorize } from '../policy/policy.js';
import { PRESETS } from './domain/settings.js';
import { stepResource } from './domain/steps.js';
import { decisionBody, decisionOut, planWorkflowOut, transitionBody, workflowSettingsBody, workflowSettingsOut } from './workflow.contract.js';
import { applyDecision, loadDecision } from './workflow.decide.js';
import { loadWorkflowSettings, saveWorkflowSettings } from './workflow.settings.js';
import { applyTransition, loadStep } from './workflow.transition.js';
import { workflowView } from './workflow.view.js';
import { amsterdamDate } from '../shared/dates.js';

export function registerWorkflowRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/workflow/settings',
    {
      config: { policy: 'workflow.read' },
      schema: { tags: ['werkwijze'], summary: 'De werkwijze van de eigen gemeente en de beschikbare voorinstellingen.', response: { 200: workflowSettingsOut } },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'workflow.read');
      return { ...(await loadWorkflowSettings(ctx.db, user.tenantId)), presets: [...PRESETS] };
    },
  );

  app.put(
    '/api/v1/workflow/settings',
    {
      config: { policy: 'workflow.manage', audit: 'workflow.update' },
      schema: { tags: ['werkwijze'], summary: 'Wijzig de werkwijze (beheerder).', body: workflowSettingsBody, response: { 200: workflowSettingsOut } },
    },
    async (request) => {
      const tenantId = requireUser(request).tenantId;
      const settings = await runCommand(ctx, request, {
        action: 'workflow.manage',
        change: async (tx) => {
          await saveWorkflowSettings(tx, tenantId, request.body);
          return loadWorkflowSettings(tx, tenantId);
        },
        audit: () => ({ action: 'workflow.update', entityType: 'workflow', entityId: tenantId, detail: { ...request.body } }),
      });
      return { ...settings, presets: [...PRESETS] };
    },
  );

  app.post(
    '/api/v1/plans/:id/transitions',
    {
      config: { policy: 'plans.transition', audit: 'plan.transition' },
      schema: {
        tags: ['werkwijze'],
        summary: 'Zet een plan een stap verder (of terug). 422 somt alles op wat nog ontbreekt.',
        params: planIdParams,
        body: transitionBody,
        response: { 200: planOut },
      },
    },
    async (request) => {
      const { to, reason = '' } = request.body;
      const { row } = await runCommand(ctx, request, {
        action: 'plans.transition',
        load: (tx, user) => loadStep(tx, user, request.params.id, to),
        resource: ({ plan, settings }) => stepResource(plan, settings, to),
        change: (tx, { plan }, user) => applyTransition(tx, user, plan, to, reason, ctx.now()),
        audit: (result) => result.events,
      });
      return presentPlan(row);
    },
  );

  app.post(
    '/api/v1/plans/:id/decisions',
    {
      config: { policy: 'plans.decide', audit: ['plan.decision', 'plan.transition'] },
      schema: {
        tags: ['werkwijze'],
        summary: 'Een besluit aan tafel over een geagendeerd plan: goedkeuren, terug naar concept of afwijzen.',
        params: planIdParams,
        body: decisionBody,
        response: { 201: decisionOut },
      },
    },
    async (request, reply) => {
      const result = await runCommand(ctx, request, {
        action: 'plans.decide',
        load: (tx, user) => loadDecision(tx, user, request.params.id),
        resource: ({ plan, settings }) => stepResource(plan, settings),
        change: (tx, { plan, settings }, user) => applyDecision(tx, user, plan, settings, request.body, ctx.now()),
        audit: (outcome) => outcome.events,
      });
      return reply.code(201).send({
        ...presentPlan(result.plan),
        decision: {
          id: result.decision.id,
          decision: request.body.decision,
          note: result.decision.note,
          planVersion: result.decision.planVersion,
          planVersionSavedAt: (result.decision.planVersionSavedAt ?? result.decision.createdAt).toISOString(),
          counts: result.decision.counts,
          ...(result.notCounting ? { reason: result.notCounting } : {}),
          createdAt: result.decision.createdAt.toISOString(),
        },
        approvals: {
          counted: result.count.counted.length,
          required: result.count.required,
          ...(result.count.mandateShortfall ? { mandateShortfall: result.count.mandateShortfall } : {}),
        },
        ...(result.budgetWarning ? { budgetWarning: result.budgetWarning } : {}),
      });
    },
  );

  app.get(
    '/api/v1/plans/:id/workflow',
    {
      config: { policy: 'plans.read' },
      schema: { tags: ['werkwijze'], summary: 'Waar het plan staat in de werkwijze en wat u nu kunt doen.', params: planIdParams, response: { 200: planWorkflowOut } },
    },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      const settings = await loadWorkflowSettings(ctx.db, user.tenantId);
      return workflowView(ctx.db, user, plan, settings, amsterdamDate(ctx.now()));
    },
  );
}
