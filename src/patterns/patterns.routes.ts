import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser, type CurrentUser } from '../http/request-user.js';
import { BOTTLENECK_LEVEL_KEYS, DOMAIN_KEYS } from '../plans/domain/vocabulary.js';
import { authorize, can } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { registerCocktailRoutes } from './cocktails.routes.js';
import { PATTERN_PHASE_KEYS } from './domain/phases.js';
import { rollupBottlenecks } from './domain/rollup.js';
import { buildSignal } from './domain/signal.js';
import { presentPattern, presentSuggestion } from './patterns.present.js';
import { loadLinkedPlans, loadPattern, loadPlanBottlenecks, ownerNames, type PatternRow } from './patterns.queries.js';
import { patterns } from './patterns.schema.js';
import { createPattern, linkPlans, updatePattern } from './patterns.service.js';
import { renderSignalPdf } from './signal-pdf.js';

const idParams = z.object({ id: z.string().max(100) });
const longText = (what: string) => z.string().max(20_000, 'Maximaal 20.000 tekens.').default('').describe(what);

const patternFields = {
  title: z.string().trim().min(1, 'Geef het patroon een titel.').max(200, 'Maximaal 200 tekens.').describe('Korte titel van het knellende patroon.'),
  description: z.string().max(5000, 'Maximaal 5.000 tekens.').default('').describe('Wat gaat er mis, in algemene termen (geen casusgegevens).'),
  level: z.enum(BOTTLENECK_LEVEL_KEYS).describe('Waar het op te lossen is: lokaal, regionaal of landelijk.'),
  theme: z.enum(DOMAIN_KEYS).describe('Het leefgebied waar de knelpunten over gaan.'),
  ownerId: z.string().max(100).nullable().default(null).describe('De patrooneigenaar: een collega van de eigen gemeente.'),
  steps: longText('Fase 1: de stappen die een huishouden moet zetten, objectief vastgesteld.'),
  diagnosis: longText('Fase 2: waar en waarom de regels knellen.'),
  solutions: longText('Fase 3: oplossingen en verbeterpunten.'),
  decisions: longText('Genomen besluiten, met wie en wanneer.'),
};
const illustrations = {
  planIds: z.array(z.string().max(100)).max(500).optional().describe('Plannen ter illustratie (alleen voor wie plannen mag lezen).'),
  illustrationKeys: z.array(z.string().max(100)).max(500).optional().describe('Sleutels uit de suggesties: koppelt casussen zonder casusnummers te tonen.'),
};

const patternOut = z.looseObject({ id: z.string(), title: z.string(), phase: z.string(), version: z.number(), linkedPlans: z.number() });

export function registerPatternRoutes(app: TypedApp, ctx: AppContext) {
  const present = async (user: CurrentUser, rows: PatternRow[]) => {
    const [linked, owners] = await Promise.all([
      loadLinkedPlans(ctx.db, user.tenantId, rows.map((row) => row.id)),
      ownerNames(ctx.db, user.tenantId, rows.map((row) => row.ownerId)),
    ]);
    const mayReadPlans = can(user, 'plans.read');
    return rows.map((row) => presentPattern(row, linked, row.ownerId ? (owners.get(row.ownerId) ?? null) : null, mayReadPlans));
  };

  app.get(
    '/api/v1/patterns',
    {
      schema: {
        tags: ['systeemleren'],
        summary: 'Knellende patronen van de eigen gemeente, per fase. Gekoppelde casussen alleen als aantal, tenzij u plannen mag lezen.',
        response: { 200: z.object({ items: z.array(patternOut) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'patterns.read');
      const rows = await ctx.db.select().from(patterns).where(eq(patterns.tenantId, user.tenantId)).orderBy(desc(patterns.updatedAt), asc(patterns.id));
      const order = (row: PatternRow) => PATTERN_PHASE_KEYS.indexOf(row.phase as (typeof PATTERN_PHASE_KEYS)[number]);
      return { items: await present(user, [...rows].sort((a, b) => order(a) - order(b))) };
    },
  );

  app.get(
    '/api/v1/patterns/suggestions',
    {
      schema: {
        tags: ['systeemleren'],
        summary: 'Knelpunten uit de plannen, gebundeld per thema en regel: kandidaten voor een patroon.',
        description: 'Aantallen, regelteksten en ondoorzichtige sleutels voor iedereen; de omschrijvingen en casusnummers alleen voor wie plannen mag lezen.',
        response: { 200: z.object({ plans: z.number(), items: z.array(z.looseObject({ key: z.string(), plans: z.number() })) }) },
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
    { schema: { tags: ['systeemleren'], summary: 'Eén patroon.', params: idParams, response: { 200: patternOut } } },
    async (request) => {
      const user = requireUser(request);
      const row = await loadPattern(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'patterns.read', row);
      return (await present(user, [row]))[0]!;
    },
  );

  app.post(
    '/api/v1/patterns',
    {
      schema: {
        tags: ['systeemleren'],
        summary: 'Leg een knellend patroon vast (beleid). Het begint in fase 1: stappen vaststellen.',
        body: z.strictObject({ ...patternFields, ...illustrations }),
        response: { 201: patternOut },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'patterns.manage');
      const row = await createPattern(ctx.db, ctx.secret, user, request.body, request.id);
      return reply.code(201).send((await present(user, [row]))[0]!);
    },
  );

  app.put(
    '/api/v1/patterns/:id',
    {
      schema: {
        tags: ['systeemleren'],
        summary: 'Sla het hele patroon op (beleid). De fase gaat één stap vooruit of terug; 409 als iemand anders intussen opsloeg.',
        params: idParams,
        body: z.strictObject({
          ...patternFields,
          phase: z.enum(PATTERN_PHASE_KEYS).describe('De fase van de werktafel: steps, diagnosis, solutions of done.'),
          version: z.number().int().min(1).describe('De versie waarop deze wijziging is gebaseerd.'),
        }),
        response: { 200: patternOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const existing = await loadPattern(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'patterns.manage', existing);
      const { version, ...fields } = request.body;
      const row = await updatePattern(ctx.db, user, existing.id, version, fields, request.id);
      return (await present(user, [row]))[0]!;
    },
  );

  app.put(
    '/api/v1/patterns/:id/plans',
    {
      schema: {
        tags: ['systeemleren'],
        summary: 'Koppel plannen ter illustratie (beleid): op plan-id of met de sleutels uit de suggesties.',
        params: idParams,
        body: z.strictObject({
          ...illustrations,
          mode: z.enum(['replace', 'add']).default('replace').describe('replace: dit worden de gekoppelde plannen; add: voeg ze toe aan de bestaande.'),
        }),
        response: { 200: patternOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const existing = await loadPattern(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'patterns.manage', existing);
      await linkPlans(ctx.db, ctx.secret, user, existing.id, request.body, request.id);
      return (await present(user, [await loadPattern(ctx.db, user.tenantId, existing.id)]))[0]!;
    },
  );

  const signalFor = async (user: CurrentUser, id: string, format: 'json' | 'pdf', requestId: string) => {
    const row = await loadPattern(ctx.db, user.tenantId, id);
    authorize(user, 'patterns.read', row);
    const linked = await loadLinkedPlans(ctx.db, user.tenantId, [row.id]);
    const signal = buildSignal({ municipality: user.tenant.name, region: user.tenant.region, exportedAt: ctx.now(), pattern: row, illustratingPlans: linked.length });
    await ctx.db.transaction((tx) =>
      recordAudit(tx, { tenantId: user.tenantId, actor: user, action: 'pattern.export', entityType: 'pattern', entityId: row.id, requestId, detail: { format, plans: linked.length } }),
    );
    return signal;
  };

  app.get(
    '/api/v1/patterns/:id/signal.json',
    {
      schema: {
        tags: ['systeemleren'],
        summary: 'Het patroon als signaal voor landelijke escalatie (JSON): zonder persoonsgegevens, casus- of cliëntnummers.',
        params: idParams,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const signal = await signalFor(user, request.params.id, 'json', request.id);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="signaal-${signal.pattern.id}.json"`)
        .header('cache-control', 'no-store')
        .send(JSON.stringify(signal, null, 2));
    },
  );

  app.get(
    '/api/v1/patterns/:id/signal.pdf',
    {
      schema: {
        tags: ['systeemleren'],
        summary: 'Het patroon als signaal voor landelijke escalatie (PDF): zonder persoonsgegevens, casus- of cliëntnummers.',
        params: idParams,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const signal = await signalFor(user, request.params.id, 'pdf', request.id);
      const pdf = await renderSignalPdf(signal);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="signaal-${signal.pattern.id}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  registerCocktailRoutes(app, ctx);
}
