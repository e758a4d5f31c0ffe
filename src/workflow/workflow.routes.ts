import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import { ROLE_KEYS } from '../auth/roles.js';
import { PLAN_STATUS_KEYS } from '../plans/domain/statuses.js';
import { presentPlan } from '../plans/plans.present.js';
import { loadPlan } from '../plans/plans.service.js';
import { authorize } from '../policy/policy.js';
import { BSN_MESSAGE, findBsns } from '../privacy/domain/guard.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { invalid } from '../shared/errors.js';
import { PRESET_KEYS, PRESETS } from './domain/settings.js';
import { decide } from './workflow.decide.js';
import { loadWorkflowSettings, saveWorkflowSettings } from './workflow.settings.js';
import { transition } from './workflow.transition.js';
import { workflowView } from './workflow.view.js';

const idParams = z.object({ id: z.string().max(100) });
const roles = (what: string) => z.array(z.enum(ROLE_KEYS)).min(1).max(ROLE_KEYS.length).describe(what);

const settingsBody = z.strictObject({
  preset: z.enum(PRESET_KEYS).describe('De werkwijze waarop deze instellingen zijn gebaseerd.'),
  approvalThreshold: z.number().int().min(1).max(5).describe('Aantal goedkeuringen van anderen dan de auteur (1–5).'),
  sparRequired: z.boolean().describe('Moet een plan eerst naar de spar-tafel?'),
  tableRoles: roles('Rollen die een plan mogen agenderen of terugzetten naar concept.'),
  decideRoles: roles('Rollen die aan tafel besluiten (goedkeuren, terug naar concept, afwijzen).'),
  slotMinutes: z.number().int().min(5).max(120).describe('Minuten per casus op de agenda (5–120).'),
});

const planOut = z.looseObject({ id: z.string(), status: z.string(), version: z.number() });

/** Free text a user types is case text: never a BSN. */
function assertNoBsnIn(path: string, text: string) {
  if (findBsns(text).length > 0) throw invalid([{ path, message: BSN_MESSAGE }], BSN_MESSAGE);
}

export function registerWorkflowRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/workflow/settings',
    { schema: { tags: ['werkwijze'], summary: 'De werkwijze van de eigen gemeente en de beschikbare voorinstellingen.' } },
    async (request) => {
      const user = requireUser(request);
      const settings = await loadWorkflowSettings(ctx.db, user.tenantId);
      return { ...settings, presets: PRESETS };
    },
  );

  app.put(
    '/api/v1/workflow/settings',
    { schema: { tags: ['werkwijze'], summary: 'Wijzig de werkwijze (beheerder).', body: settingsBody } },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'workflow.manage');
      const settings = request.body;
      await ctx.db.transaction(async (tx) => {
        await saveWorkflowSettings(tx, user.tenantId, settings);
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'workflow.update',
          entityType: 'workflow',
          entityId: user.tenantId,
          requestId: request.id,
          detail: { ...settings },
        });
      });
      return { ...(await loadWorkflowSettings(ctx.db, user.tenantId)), presets: PRESETS };
    },
  );

  app.post(
    '/api/v1/plans/:id/transitions',
    {
      schema: {
        tags: ['werkwijze'],
        summary: 'Zet een plan een stap verder (of terug). 422 somt alles op wat nog ontbreekt.',
        params: idParams,
        body: z.strictObject({
          to: z.enum(PLAN_STATUS_KEYS).describe('De nieuwe status.'),
          reason: z.string().max(2000).optional().describe('Reden; verplicht bij intrekken.'),
        }),
        response: { 200: planOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      const reason = request.body.reason ?? '';
      assertNoBsnIn('reason', reason);
      const settings = await loadWorkflowSettings(ctx.db, user.tenantId);
      const row = await transition(ctx.db, user, plan.id, settings, request.body.to, reason, ctx.now(), request.id);
      return presentPlan(row);
    },
  );

  app.post(
    '/api/v1/plans/:id/decisions',
    {
      schema: {
        tags: ['werkwijze'],
        summary: 'Een besluit aan tafel over een geagendeerd plan: goedkeuren, terug naar concept of afwijzen.',
        params: idParams,
        body: z.strictObject({
          decision: z.enum(['approve', 'revise', 'reject']).describe('approve = goedkeuren, revise = terug naar concept, reject = afwijzen.'),
          note: z.string().max(5000).default('').describe('Toelichting; verplicht bij terug naar concept en afwijzen.'),
          sessionId: z.string().max(100).optional().describe('De tafelzitting waarin dit besluit viel.'),
        }),
        response: { 201: planOut },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      const settings = await loadWorkflowSettings(ctx.db, user.tenantId);
      authorize(user, 'plans.decide', { ...plan, allowedRoles: settings.decideRoles });
      const { decision, note, sessionId } = request.body;
      if (decision !== 'approve' && !note.trim()) {
        throw invalid([{ path: 'note', message: decision === 'reject' ? 'Geef aan waarom het plan wordt afgewezen.' : 'Geef aan wat er aan het plan moet veranderen.' }]);
      }
      assertNoBsnIn('note', note);
      const result = await decide(ctx.db, user, plan.id, settings, { decision, note: note.trim(), sessionId }, ctx.now(), request.id);
      return reply.code(201).send({
        ...presentPlan(result.plan),
        decision: {
          id: result.decision.id,
          decision: result.decision.decision,
          note: result.decision.note,
          planVersion: result.decision.planVersion,
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
    { schema: { tags: ['werkwijze'], summary: 'Waar het plan staat in de werkwijze en wat u nu kunt doen.', params: idParams } },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      const settings = await loadWorkflowSettings(ctx.db, user.tenantId);
      return workflowView(ctx.db, user, plan, settings);
    },
  );
}
