import { runCommand, auditedRead } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { planOut } from '../plans/plans.contract.js';
import { presentPlan } from '../plans/plans.present.js';
import { insertPlan, loadPlan, planCreated } from '../plans/plans.service.js';
import type { PlanDocument } from '../plans/domain/plan-document.js';
import { authorize, can } from '../policy/policy.js';
import { amsterdamDate } from '../shared/dates.js';
import { invalid, notFound } from '../shared/errors.js';
import { planIdParams } from '../plans/plans.contract.js';
import { currentScenarioLines } from './domain/candidate-plan.js';
import { overlapFigures } from './domain/overlap.js';
import { addMonths, realisedSummary } from './domain/realised.js';
import { candidatesOut, candidatesQuery, currentFromServicesOut, fromCandidateBody, overlapOut, overlapQuery, realisedOut } from './services.contract.js';
import { loadCandidates, loadClientNumbers, loadHouseholdKeyOfClient, loadHouseholdServices, loadOverlap, loadRealisedByPillar } from './services.queries.js';

const TAG = 'eigen gegevens';

export function registerServiceRoutes(app: TypedApp, ctx: AppContext) {
  const today = () => amsterdamDate(ctx.now());

  app.get(
    '/api/v1/services/overlap',
    {
      config: { policy: 'services.overlap' },
      schema: {
        tags: [TAG],
        summary: 'Huishoudens met ondersteuning uit meer pijlers op een peildatum: verdeling 1–5 pijlers, per pijler en per combinatie. Aantallen van 1 tot en met 4 zijn weggelaten, behalve voor de informatieanalist.',
        querystring: overlapQuery,
        response: { 200: overlapOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'services.overlap');
      const date = request.query.date ?? today();
      const { sets, clients } = await loadOverlap(ctx.db, user.tenantId, date);
      return { date, ...overlapFigures(sets, clients, { suppressSmallCells: !can(user, 'services.smallCells') }) };
    },
  );

  app.get(
    '/api/v1/services/candidates',
    {
      config: { policy: 'services.candidates', audit: 'candidates.read' },
      schema: {
        tags: [TAG],
        summary: 'Kandidaten voor maatwerk: huishoudens met ondersteuning uit minstens minPillars pijlers, duurste eerst (jaarkosten op de peildatum).',
        querystring: candidatesQuery,
        response: { 200: candidatesOut },
      },
    },
    async (request) => {
      const { date, minPillars, limit, offset } = request.query;
      const on = date ?? today();
      const { items, total, numbers } = await auditedRead(ctx, request, {
        action: 'services.candidates',
        load: async (db, user) => {
          const found = await loadCandidates(db, user.tenantId, on, minPillars, limit, offset);
          return { ...found, numbers: await loadClientNumbers(db, user.tenantId, on, found.items.map((item) => item.householdKey)) };
        },
        resource: () => undefined,
        audit: (loaded) => ({ action: 'candidates.read', entityType: 'household', detail: { date: on, minPillars, households: loaded.items.length } }),
      });
      return { date: on, items: items.map((item) => ({ ...item, clientNumbers: numbers.get(item.householdKey) ?? [] })), total };
    },
  );

  app.post(
    '/api/v1/plans/from-candidate',
    {
      config: { policy: 'plans.fromCandidate', audit: 'plan.create' },
      schema: {
        tags: [TAG],
        summary: 'Start een maatwerkplan voor een kandidaat: een concept waarin de huidige situatie al is ingevuld met de lopende voorzieningen van het huishouden.',
        body: fromCandidateBody,
        response: { 201: planOut },
      },
    },
    async (request, reply) => {
      const { householdKey, caseNumber, clientNumber } = request.body;
      const date = request.body.date ?? today();
      const row = await runCommand(ctx, request, {
        action: 'plans.fromCandidate',
        load: async (tx, user) => {
          const services = await loadHouseholdServices(tx, user.tenantId, date, householdKey);
          // Another municipality's household does not exist here: 404, like one without services on that date.
          if (services.length === 0) throw notFound('Dit huishouden is niet gevonden of heeft op deze datum geen lopende voorzieningen.');
          const numbers = (await loadClientNumbers(tx, user.tenantId, date, [householdKey])).get(householdKey) ?? [];
          return { services, numbers };
        },
        resource: () => undefined,
        change: (tx, { services, numbers }, user) => {
          const number = clientNumber ?? numbers[0];
          if (!number) throw invalid([{ path: 'clientNumber', message: 'Van dit huishouden is geen cliëntnummer bekend: geef het cliëntnummer op.' }]);
          const document: PlanDocument = { caseNumber, clientNumber: number, scenarios: { current: { lines: currentScenarioLines(services, date) } } };
          return insertPlan(tx, user, document);
        },
        audit: (created) => ({ ...planCreated(created), detail: { via: 'candidate' } }),
      });
      return reply.code(201).send(presentPlan(row));
    },
  );

  app.get(
    '/api/v1/plans/:id/current-from-services',
    {
      // Fills an existing plan the way from-candidate starts one: the same people, the same lines.
      config: { policy: 'plans.fromCandidate', audit: 'plan.services_read' },
      schema: {
        tags: [TAG],
        summary: 'De lopende voorzieningen van het huishouden van het cliëntnummer van het plan, als regels voor het huidige scenario (“Vul huidig uit de registratie”). Wijzigt het plan niet.',
        params: planIdParams,
        response: { 200: currentFromServicesOut },
      },
    },
    async (request) => {
      const date = today();
      // A read, but the services are loaded only once the plan is authorised: runCommand's change step.
      const { lines, linked } = await runCommand(ctx, request, {
        action: 'plans.fromCandidate',
        load: (db, user) => loadPlan(db, user.tenantId, request.params.id),
        change: async (db, plan, user) => {
          const clientNumber = plan.document.clientNumber?.trim() ?? '';
          if (clientNumber === '') throw invalid([{ path: 'clientNumber', message: 'Dit plan heeft geen cliëntnummer: vul eerst het cliëntnummer in.' }]);
          const householdKey = await loadHouseholdKeyOfClient(db, user.tenantId, clientNumber, date);
          const services = householdKey ? await loadHouseholdServices(db, user.tenantId, date, householdKey) : [];
          return { linked: householdKey !== null, lines: currentScenarioLines(services, date) };
        },
        audit: ({ lines }, plan) => ({ action: 'plan.services_read', entityType: 'plan', entityId: plan.id, detail: { services: lines.length } }),
      });
      return { date, linked, lines };
    },
  );

  app.get(
    '/api/v1/plans/:id/realised',
    {
      config: { policy: 'plans.read', audit: 'plan.realised_read' },
      schema: {
        tags: [TAG],
        summary: 'Wat het huishouden van het plan werkelijk kostte (declaraties en realisaties vanaf de goedkeuring, over de horizon van het plan) naast het planscenario.',
        params: planIdParams,
        response: { 200: realisedOut },
      },
    },
    async (request) => {
      const { plan, spent, from, to } = await auditedRead(ctx, request, {
        action: 'plans.read',
        load: async (db, user) => {
          const plan = await loadPlan(db, user.tenantId, request.params.id);
          const kba = presentPlan(plan).kba;
          const from = plan.approvedAt ? amsterdamDate(plan.approvedAt) : null;
          const to = from ? addMonths(from, kba.horizonMonths) : null;
          const spent = from && to ? await loadRealisedByPillar(db, user.tenantId, plan.document.clientNumber, from, to) : await loadRealisedByPillar(db, user.tenantId, plan.document.clientNumber, today(), today());
          return { plan, spent: from ? spent : { ...spent, lines: 0, byPillar: [] }, from, to };
        },
        resource: (loaded) => loaded.plan,
        audit: ({ plan }) => ({ action: 'plan.realised_read', entityType: 'plan', entityId: plan.id }),
      });
      const kba = presentPlan(plan).kba;
      const summary = realisedSummary(kba.byFundingStream.map((row) => ({ fundingStream: row.fundingStream, planCents: row.planCents })), spent.byPillar);
      return { from, to, ...summary, linked: spent.linked, clients: spent.clients, lines: spent.lines };
    },
  );
}
