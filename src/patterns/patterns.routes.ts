import type { FastifyRequest } from 'fastify';
import { runCommand, type AuditEvent } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { fileResponse, sendDownload } from '../http/download.js';
import { requireUser } from '../http/request-user.js';
import { authorize, can } from '../policy/policy.js';
import { registerCocktailRoutes } from './cocktails.routes.js';
import { rollupBottlenecks } from './domain/rollup.js';
import { buildSignal, type Signal } from './domain/signal.js';
import {
  patternConflictOut,
  patternCreateBody,
  patternIdParams,
  patternLinkBody,
  patternListOut,
  patternOut,
  patternUpdateBody,
  suggestionsOut,
} from './patterns.contract.js';
import { presentPatterns, presentSuggestion } from './patterns.present.js';
import { listPatterns, loadLinkedPlans, loadPattern, loadPlanBottlenecks } from './patterns.queries.js';
import { createPattern, linkPlans, updatePattern } from './patterns.service.js';
import { renderSignalPdf } from './signal-pdf.js';

const TAG = 'systeemleren';

export function registerPatternRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/patterns',
    {
      config: { policy: 'patterns.read' },
      schema: {
        tags: [TAG],
        summary: 'Knellende patronen van de eigen gemeente, per fase. Gekoppelde casussen alleen als aantal, tenzij u plannen mag lezen.',
        response: { 200: patternListOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'patterns.read');
      return { items: await presentPatterns(ctx.db, user, await listPatterns(ctx.db, user.tenantId)) };
    },
  );

  app.get(
    '/api/v1/patterns/suggestions',
    {
      config: { policy: 'patterns.read' },
      schema: {
        tags: [TAG],
        summary: 'Knelpunten uit de plannen, gebundeld per thema en regel: kandidaten voor een patroon.',
        description: 'Aantallen, regelteksten en ondoorzichtige sleutels voor iedereen; de omschrijvingen en casusnummers alleen voor wie plannen mag lezen.',
        response: { 200: suggestionsOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'patterns.read');
      const planBottlenecks = await loadPlanBottlenecks(ctx.db, user.tenantId);
      const caseNumbers = new Map(planBottlenecks.map((plan) => [plan.planId, plan.caseNumber]));
      const context = { secret: ctx.secret, tenantId: user.tenantId, caseNumbers, mayReadPlans: can(user, 'plans.read') };
      return {
        plans: planBottlenecks.filter((plan) => plan.bottlenecks.length > 0).length,
        items: rollupBottlenecks(planBottlenecks).map((suggestion) => presentSuggestion(suggestion, context)),
      };
    },
  );

  app.get(
    '/api/v1/patterns/:id',
    { config: { policy: 'patterns.read' }, schema: { tags: [TAG], summary: 'Eén patroon.', params: patternIdParams, response: { 200: patternOut } } },
    async (request) => {
      const user = requireUser(request);
      const row = await loadPattern(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'patterns.read', row);
      return (await presentPatterns(ctx.db, user, [row]))[0]!;
    },
  );

  app.post(
    '/api/v1/patterns',
    {
      config: { policy: 'patterns.manage', audit: 'pattern.create' },
      schema: {
        tags: [TAG],
        summary: 'Leg een knellend patroon vast (beleid). Het begint in fase 1: stappen vaststellen.',
        body: patternCreateBody,
        response: { 201: patternOut },
      },
    },
    async (request, reply) => {
      const created = await runCommand(ctx, request, {
        action: 'patterns.manage',
        change: (tx, _loaded, user) => createPattern(tx, ctx.secret, user, request.body),
        audit: ({ row, plans }) => ({ action: 'pattern.create', entityType: 'pattern', entityId: row.id, detail: { plans } }),
      });
      return reply.code(201).send((await presentPatterns(ctx.db, requireUser(request), [created.row]))[0]!);
    },
  );

  app.put(
    '/api/v1/patterns/:id',
    {
      config: { policy: 'patterns.manage', audit: 'pattern.update' },
      schema: {
        tags: [TAG],
        summary: 'Sla het hele patroon op (beleid). De fase gaat één stap vooruit of terug; 409 als iemand anders intussen opsloeg.',
        description: 'Bij 409 staat wat u stuurde in `pattern` en het patroon zoals het nu is in `current`: er gaat niets verloren.',
        params: patternIdParams,
        body: patternUpdateBody,
        response: { 200: patternOut, 409: patternConflictOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { version, ...changes } = request.body;
      const saved = await runCommand(ctx, request, {
        action: 'patterns.manage',
        load: (tx) => loadPattern(tx, user.tenantId, request.params.id),
        change: async (tx, current) => ({
          from: current.phase,
          row: await updatePattern(tx, current, version, changes, async (row) => (await presentPatterns(tx, user, [row]))[0]),
        }),
        audit: ({ from, row }) => ({
          action: 'pattern.update',
          entityType: 'pattern',
          entityId: row.id,
          detail: { version: row.version, phase: row.phase, ...(from !== row.phase ? { fromPhase: from } : {}) },
        }),
      });
      return (await presentPatterns(ctx.db, user, [saved.row]))[0]!;
    },
  );

  app.put(
    '/api/v1/patterns/:id/plans',
    {
      config: { policy: 'patterns.manage', audit: 'pattern.link_plans' },
      schema: {
        tags: [TAG],
        summary: 'Koppel plannen ter illustratie (beleid): op plan-id of met de sleutels uit de suggesties.',
        params: patternIdParams,
        body: patternLinkBody,
        response: { 200: patternOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { pattern } = await runCommand(ctx, request, {
        action: 'patterns.manage',
        load: (tx) => loadPattern(tx, user.tenantId, request.params.id),
        change: async (tx, pattern) => ({ pattern, plans: await linkPlans(tx, ctx.secret, pattern, request.body) }),
        audit: ({ pattern, plans }) => ({ action: 'pattern.link_plans', entityType: 'pattern', entityId: pattern.id, detail: { plans } }),
      });
      return (await presentPatterns(ctx.db, user, [pattern]))[0]!;
    },
  );

  /** The signal of a pattern; sending it is an export, audited with the format and the number of plans. */
  const signalFor = async (request: FastifyRequest, id: string) => {
    const user = requireUser(request);
    const row = await loadPattern(ctx.db, user.tenantId, id);
    authorize(user, 'patterns.read', row);
    const linked = await loadLinkedPlans(ctx.db, user.tenantId, [row.id]);
    return buildSignal({ municipality: user.tenant.name, region: user.tenant.region, exportedAt: ctx.now(), pattern: row, illustratingPlans: linked.length });
  };
  const exportEvent = (signal: Signal, format: 'json' | 'pdf'): AuditEvent => ({
    action: 'pattern.export',
    entityType: 'pattern',
    entityId: signal.pattern.id,
    detail: { format, plans: signal.illustratingPlans },
  });

  app.get(
    '/api/v1/patterns/:id/signal.json',
    {
      config: { policy: 'patterns.read', audit: 'pattern.export' },
      schema: {
        tags: [TAG],
        summary: 'Het patroon als signaal voor landelijke escalatie (JSON): zonder persoonsgegevens, casus- of cliëntnummers.',
        params: patternIdParams,
        produces: ['application/json'],
        response: { 200: fileResponse('application/json', 'Het signaal (formaat `doorbraak-signaal`, versie 1) als bestand.') },
      },
    },
    async (request, reply) => {
      const signal = await signalFor(request, request.params.id);
      return sendDownload(ctx, request, reply, {
        body: JSON.stringify(signal, null, 2),
        contentType: 'application/json; charset=utf-8',
        fileName: `signaal-${signal.pattern.id}.json`,
        disposition: 'attachment',
        audit: exportEvent(signal, 'json'),
      });
    },
  );

  app.get(
    '/api/v1/patterns/:id/signal.pdf',
    {
      config: { policy: 'patterns.read', audit: 'pattern.export' },
      schema: {
        tags: [TAG],
        summary: 'Het patroon als signaal voor landelijke escalatie (PDF): zonder persoonsgegevens, casus- of cliëntnummers.',
        params: patternIdParams,
        produces: ['application/pdf'],
        response: { 200: fileResponse('application/pdf', 'Het signaal op A4.') },
      },
    },
    async (request, reply) => {
      const signal = await signalFor(request, request.params.id);
      return sendDownload(ctx, request, reply, {
        body: await renderSignalPdf(signal),
        contentType: 'application/pdf',
        fileName: `signaal-${signal.pattern.id}.pdf`,
        disposition: 'inline',
        audit: exportEvent(signal, 'pdf'),
      });
    },
  );

  registerCocktailRoutes(app, ctx);
}
