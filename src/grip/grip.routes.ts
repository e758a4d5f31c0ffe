import type { FastifyRequest } from 'fastify';
import { auditedRead, runCommand } from '../http/command.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { amsterdamDate } from '../shared/dates.js';
import { z } from 'zod';
import { presentAssumptions, saveAssumptions } from './assumptions.service.js';
import { assertKnownYear, loadGripBudget, loadGripBudgetMonths, resolveBudgetQuery } from './budget.service.js';
import { loadGripFlows, resolveFlowsQuery } from './flows.service.js';
import {
  assumptionsBody,
  assumptionsOut,
  budgetMonthsOut,
  budgetMonthsQuery,
  budgetOut,
  budgetQuery,
  flowsOut,
  flowsQuery,
  providerDetailOut,
  providerParams,
  providersOut,
  providersQuery,
  signalHandleBody,
  signalOut,
  signalParams,
  signalsOut,
  signalsQuery,
  varianceOut,
  varianceQuery,
} from './grip.contract.js';
import { loadGripProvider, loadGripProviders } from './providers.service.js';
import { loadFolderSignals, loadGripSignals, loadSignal, markHandled, reopen } from './signals.service.js';
import { notFound } from '../shared/errors.js';
import { loadGripVariance, resolveVarianceQuery } from './variance.service.js';

const TAG = 'grip op het budget';

export function registerGripRoutes(app: TypedApp, ctx: AppContext) {
  const today = () => amsterdamDate(ctx.now());
  /** The ledger's year and peildatum for this user (422 for an unknown year or a date outside it), as known today. */
  const budgetRequest = async (request: FastifyRequest, q: { year?: number | undefined; date?: string | undefined }) => {
    const user = requireUser(request);
    authorize(user, 'grip.read');
    const asOf = today();
    const { year, date } = resolveBudgetQuery(q.year, q.date, asOf);
    await assertKnownYear(ctx.db, user.tenantId, year, asOf);
    return { user, query: { year, date, asOf } };
  };

  app.get(
    '/api/v1/grip/budget',
    {
      config: { policy: 'grip.read' },
      schema: {
        tags: [TAG],
        summary: 'Begroting en verplichtingen per begrotingsregel op een peildatum: gerealiseerd, nakomend, verplicht, instroom, prognose in drie scenario’s en afwijking.',
        querystring: budgetQuery,
        response: { 200: budgetOut },
      },
    },
    async (request) => {
      const { user, query } = await budgetRequest(request, request.query);
      return loadGripBudget(ctx.db, user.tenantId, query);
    },
  );

  app.get(
    '/api/v1/grip/budget/months',
    {
      config: { policy: 'grip.read' },
      schema: {
        tags: [TAG],
        summary: 'Per maand cumulatief: begroting naar rato, gerealiseerd en de prognose (drie scenario’s), voor alle regels of één begrotingsregel.',
        querystring: budgetMonthsQuery,
        response: { 200: budgetMonthsOut },
      },
    },
    async (request) => {
      const { user, query } = await budgetRequest(request, request.query);
      return loadGripBudgetMonths(ctx.db, user.tenantId, query, request.query.budgetLine);
    },
  );

  app.get(
    '/api/v1/grip/assumptions',
    { config: { policy: 'grip.read' }, schema: { tags: [TAG], summary: 'Groeiaannames per pijler voor het positieve en negatieve scenario.', response: { 200: assumptionsOut } } },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'grip.read');
      return presentAssumptions(ctx.db, user.tenantId);
    },
  );

  app.put(
    '/api/v1/grip/assumptions',
    {
      config: { policy: 'grip.assumptions.edit', audit: 'grip.assumptions_update' },
      schema: { tags: [TAG], summary: 'Wijzig de groeiaannames van een of meer pijlers (budgetbeheerder).', body: assumptionsBody, response: { 200: assumptionsOut } },
    },
    async (request) => {
      const user = requireUser(request);
      await runCommand(ctx, request, {
        action: 'grip.assumptions.edit',
        change: (tx) => saveAssumptions(tx, user.tenantId, user.name, request.body),
        audit: () => ({ action: 'grip.assumptions_update', entityType: 'grip_assumptions', detail: { pillars: request.body.pillars.map((row) => row.pillar) } }),
      });
      return presentAssumptions(ctx.db, user.tenantId);
    },
  );

  app.get(
    '/api/v1/grip/variance',
    {
      config: { policy: 'grip.read' },
      schema: {
        tags: [TAG],
        summary: 'Volume × prijs: het verschil in kosten tussen twee perioden gesplitst in volume-, prijs- en mixeffect (tellen op tot op de cent).',
        querystring: varianceQuery,
        response: { 200: varianceOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'grip.read');
      return loadGripVariance(ctx.db, user.tenantId, resolveVarianceQuery(request.query, today()));
    },
  );

  app.get(
    '/api/v1/grip/providers',
    {
      config: { policy: 'grip.read' },
      schema: { tags: [TAG], summary: 'Aanbieders: cliënten, toegewezen, gedeclareerd, verzilveringspercentage, kosten per cliënt en signalen.', querystring: providersQuery, response: { 200: providersOut } },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'grip.read');
      const asOf = today();
      const year = request.query.year ?? Number(asOf.slice(0, 4));
      return { year, items: await loadGripProviders(ctx.db, user.tenantId, year, asOf) };
    },
  );

  app.get(
    '/api/v1/grip/providers/:provider',
    {
      config: { policy: 'grip.read' },
      schema: { tags: [TAG], summary: 'Eén aanbieder: per productcategorie, per maand toegewezen tegen gedeclareerd, en zijn signalen.', params: providerParams, querystring: providersQuery, response: { 200: providerDetailOut } },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'grip.read');
      const asOf = today();
      const year = request.query.year ?? Number(asOf.slice(0, 4));
      return loadGripProvider(ctx.db, user.tenantId, year, asOf, request.params.provider);
    },
  );

  app.get(
    '/api/v1/grip/signals',
    {
      config: { policy: 'grip.read', audit: 'signals.read' },
      schema: { tags: [TAG], summary: 'Signalen uit de berichtenketen: de werklijst van de informatieanalist.', querystring: signalsQuery, response: { 200: signalsOut } },
    },
    async (request) => {
      const q = request.query;
      return auditedRead(ctx, request, {
        action: 'grip.read',
        load: async (db, user) => loadGripSignals(db, user.tenantId, today(), q, await loadFolderSignals(db, user.tenantId)),
        resource: () => undefined,
        audit: (found) => ({ action: 'signals.read', entityType: 'signal', detail: { type: q.type ?? null, provider: q.provider ?? null, status: q.status, shown: found.items.length } }),
      });
    },
  );

  app.put(
    '/api/v1/grip/signals/:id/handling',
    {
      config: { policy: 'grip.signals.handle', audit: 'signal.handle' },
      schema: { tags: [TAG], summary: 'Markeer een signaal als afgehandeld, met een notitie.', params: signalParams, body: signalHandleBody, response: { 200: signalOut } },
    },
    async (request) => {
      const { id } = request.params;
      const signal = await runCommand(ctx, request, {
        action: 'grip.signals.handle',
        load: async (tx, user) => loadSignal(tx, user.tenantId, today(), id, await loadFolderSignals(tx, user.tenantId)),
        resource: () => undefined,
        change: async (tx, found, user) => {
          rejectBsn({ note: request.body.note }, { detail: 'De notitie bevat een burgerservicenummer. Gebruik alleen het toewijzingnummer.' });
          await markHandled(tx, user.tenantId, found, request.body.note, user.name);
          return found;
        },
        audit: (found) => ({ action: 'signal.handle', entityType: 'signal', entityId: id, detail: { type: found.type, provider: found.provider } }),
      });
      const user = requireUser(request);
      return loadSignal(ctx.db, user.tenantId, today(), signal.id, await loadFolderSignals(ctx.db, user.tenantId));
    },
  );

  app.delete(
    '/api/v1/grip/signals/:id/handling',
    {
      config: { policy: 'grip.signals.handle', audit: 'signal.reopen' },
      schema: { tags: [TAG], summary: 'Maak het afhandelen van een signaal ongedaan: het staat weer open.', params: signalParams, response: { 204: z.null().describe('Heropend.') } },
    },
    async (request, reply) => {
      const { id } = request.params;
      await runCommand(ctx, request, {
        action: 'grip.signals.handle',
        change: async (tx, _loaded, user) => {
          if (!(await reopen(tx, user.tenantId, id))) throw notFoundHandling();
        },
        audit: () => ({ action: 'signal.reopen', entityType: 'signal', entityId: id }),
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/grip/flows',
    {
      config: { policy: 'grip.read' },
      schema: { tags: [TAG], summary: 'In- en uitstroom van cliënten per maand, en het aantal cliënten met ondersteuning.', querystring: flowsQuery, response: { 200: flowsOut } },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'grip.read');
      return loadGripFlows(ctx.db, user.tenantId, resolveFlowsQuery(request.query, today()));
    },
  );
}

const notFoundHandling = () => notFound('Dit signaal is niet als afgehandeld gemarkeerd.');
