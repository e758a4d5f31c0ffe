import { auditedRead, runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser, type CurrentUser } from '../http/request-user.js';
import { computeKba } from '../plans/domain/kba.js';
import { loadPlan } from '../plans/plans.service.js';
import { authorize, can } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { AppError, forbidden, invalid } from '../shared/errors.js';
import {
  buildDraft,
  checkSubmission,
  kbaSummary,
  legalBasesOf,
  PUBLISHABLE_STATUSES,
  SITUATION_GUIDANCE,
  unknownLegalBases,
} from './domain/redaction.js';
import { draftOut, idParams, publishBody, reviewBody, searchQuery, solutionListOut, solutionOut, submitProblem } from './inspiration.contract.js';
import { presentSolution } from './inspiration.present.js';
import {
  insertSolution,
  loadOwnSolution,
  loadVisibleSolution,
  NOT_PENDING,
  reviewSolution,
  searchSolutions,
  tenantRegion,
  withdrawSolution,
  type Reader,
} from './inspiration.service.js';

const TAGS = ['inspiratie'];
const SELF_REVIEW = 'U heeft deze oplossing zelf ingediend. Een tweede maatwerker beoordeelt haar, zodat altijd twee mensen de anonimisering controleren.';

const publishable = (status: string) => (PUBLISHABLE_STATUSES as readonly string[]).includes(status);
const reader = (user: CurrentUser): Reader => ({ id: user.id, tenantId: user.tenantId, seesPending: can(user, 'inspiration.review') });

export function registerInspirationRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/plans/:id/inspiration-draft',
    {
      // Reads the plan's case text to propose a redaction: audited like a read of the plan.
      config: { policy: 'inspiration.publish', audit: 'inspiration.draft' },
      schema: {
        tags: TAGS,
        summary: 'Een redactievoorstel om de oplossing van een goedgekeurd plan te delen; de situatie schrijft u zelf.',
        params: idParams,
        response: { 200: draftOut },
      },
    },
    async (request) => {
      const plan = await runCommand(ctx, request, {
        action: 'inspiration.publish',
        load: async (tx, user) => {
          const loaded = await loadPlan(tx, user.tenantId, request.params.id);
          authorize(user, 'plans.read', loaded);
          return loaded;
        },
        change: async (_tx, loaded) => {
          if (!publishable(loaded.status)) {
            throw invalid([{ path: 'status', message: 'Alleen de oplossing van een goedgekeurd plan (of een plan in uitvoering, opvolging of afgesloten) kan worden gedeeld.' }]);
          }
          return loaded;
        },
        audit: (loaded) => ({ action: 'inspiration.draft', entityType: 'plan', entityId: loaded.id }),
      });
      return { planId: plan.id, planStatus: plan.status, guidance: SITUATION_GUIDANCE, ...buildDraft(plan.document, computeKba(plan.document)) };
    },
  );

  app.post(
    '/api/v1/inspiration',
    {
      config: { policy: 'inspiration.publish', audit: 'inspiration.submit' },
      schema: {
        tags: TAGS,
        summary: 'Dien een geanonimiseerde oplossing in; een tweede maatwerker beoordeelt haar.',
        body: publishBody,
        response: { 201: solutionOut, 422: submitProblem },
      },
    },
    async (request, reply) => {
      const { planId, confirmWarnings, ...submission } = request.body;
      const { row } = await runCommand(ctx, request, {
        action: 'inspiration.publish',
        load: async (tx, user) => {
          const plan = await loadPlan(tx, user.tenantId, planId);
          authorize(user, 'plans.read', plan);
          return plan;
        },
        change: async (tx, plan, user) => {
          if (!publishable(plan.status)) {
            throw invalid([{ path: 'planId', message: 'Dit plan is (nog) niet goedgekeurd; alleen goedgekeurde oplossingen gaan naar de bibliotheek.' }]);
          }
          // The redaction check is the privacy guard (BSN refused) plus the plan's own identifiers.
          const check = checkSubmission(submission, { caseNumber: plan.caseNumber, clientNumber: plan.document.clientNumber, situation: plan.document.situation });
          if (unknownLegalBases(submission.legalBases, legalBasesOf(plan.document)).length > 0) {
            check.errors.push({ path: 'legalBases', message: 'Kies alleen grondslagen die in het plan staan.' });
          }
          if (check.errors.length > 0) throw invalid(check.errors, 'De tekst is niet anoniem of niet volledig. Pas de gemelde velden aan.');
          if (check.warnings.length > 0 && !confirmWarnings) {
            throw new AppError(
              'validation',
              'Bevestig eerst dat de gemelde gegevens nodig en niet herleidbaar zijn, of haal ze weg.',
              check.warnings.map(({ path, message }) => ({ path, message })),
              { warnings: check.warnings },
            );
          }
          const inserted = await insertSolution(tx, {
            tenantId: user.tenantId,
            region: await tenantRegion(tx, user.tenantId),
            planId: plan.id,
            ...submission,
            title: submission.title.trim(),
            situation: submission.situation.trim(),
            breakthrough: submission.breakthrough.trim(),
            kba: kbaSummary(computeKba(plan.document)),
            submittedBy: user.id,
            submittedAt: ctx.now(),
          });
          return { row: inserted, confirmedWarnings: check.warnings.length };
        },
        audit: (done, plan) => ({
          action: 'inspiration.submit',
          entityType: 'inspiration',
          entityId: done.row.id,
          detail: { planId: plan.id, confirmedWarnings: done.confirmedWarnings },
        }),
      });
      const user = requireUser(request);
      return reply.code(201).send(presentSolution(row, user.tenant.name, user));
    },
  );

  app.post(
    '/api/v1/inspiration/:id/review',
    {
      config: { policy: 'inspiration.review', audit: ['inspiration.approve', 'inspiration.reject'] },
      schema: {
        tags: TAGS,
        summary: 'Beoordeel een ingediende oplossing: publiceren in de regio of afwijzen. Niet door wie haar indiende.',
        params: idParams,
        body: reviewBody,
        response: { 200: solutionOut },
      },
    },
    async (request) => {
      const { decision, note } = request.body;
      const { row, municipality } = await runCommand(ctx, request, {
        action: 'inspiration.review',
        load: (tx, user) => loadOwnSolution(tx, user.tenantId, request.params.id, { lock: true }),
        resource: (loaded) => loaded.solution,
        change: async (tx, { solution, municipality: name }, user) => {
          if (solution.submittedBy === user.id) throw forbidden(SELF_REVIEW);
          if (solution.status !== 'pending') throw invalid([{ path: 'status', message: NOT_PENDING }], NOT_PENDING);
          rejectBsn({ note });
          return { row: await reviewSolution(tx, solution, { decision, note, reviewerId: user.id, at: ctx.now() }), municipality: name };
        },
        audit: (done) => ({ action: decision === 'approve' ? 'inspiration.approve' : 'inspiration.reject', entityType: 'inspiration', entityId: done.row.id }),
      });
      return presentSolution(row, municipality, requireUser(request));
    },
  );

  app.post(
    '/api/v1/inspiration/:id/withdraw',
    {
      config: { policy: 'inspiration.withdraw', audit: 'inspiration.withdraw' },
      schema: {
        tags: TAGS,
        summary: 'Trek een ingediende of gepubliceerde oplossing in (indiener of beheerder).',
        params: idParams,
        response: { 200: solutionOut },
      },
    },
    async (request) => {
      const { row, municipality } = await runCommand(ctx, request, {
        action: 'inspiration.withdraw',
        load: (tx, user) => loadOwnSolution(tx, user.tenantId, request.params.id, { lock: true }),
        resource: ({ solution }) => ({ tenantId: solution.tenantId, authorId: solution.submittedBy ?? '', status: solution.status }),
        change: async (tx, { solution, municipality: name }) => {
          if (solution.status !== 'pending' && solution.status !== 'published') {
            throw invalid([{ path: 'status', message: 'Deze oplossing is al afgewezen of ingetrokken.' }]);
          }
          return { row: await withdrawSolution(tx, solution), municipality: name };
        },
        audit: (done) => ({ action: 'inspiration.withdraw', entityType: 'inspiration', entityId: done.row.id }),
      });
      return presentSolution(row, municipality, requireUser(request));
    },
  );

  app.get(
    '/api/v1/inspiration',
    {
      config: { policy: 'inspiration.read' },
      schema: {
        tags: TAGS,
        summary: 'Gepubliceerde oplossingen van de eigen regio en gemeente; voor maatwerkers ook wat in de eigen gemeente ter beoordeling ligt.',
        querystring: searchQuery,
        response: { 200: solutionListOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'inspiration.read');
      const { published, pending } = await searchSolutions(ctx.db, reader(user), request.query);
      return {
        items: published.map((r) => presentSolution(r.solution, r.municipality, user)),
        total: published.length,
        pending: pending.map((r) => presentSolution(r.solution, r.municipality, user)),
      };
    },
  );

  app.get(
    '/api/v1/inspiration/:id',
    {
      config: { policy: 'inspiration.read', audit: 'inspiration.read' },
      schema: { tags: TAGS, summary: 'Eén oplossing uit de inspiratiebibliotheek.', params: idParams, response: { 200: solutionOut } },
    },
    async (request) => {
      const user = requireUser(request);
      const { solution, municipality } = await auditedRead(ctx, request, {
        action: 'inspiration.read',
        load: (db, reading) => loadVisibleSolution(db, reader(reading), request.params.id),
        // Published solutions of the region cross tenants on purpose: visibility is decided by the query.
        resource: () => undefined,
        audit: (loaded) => ({ action: 'inspiration.read', entityType: 'inspiration', entityId: loaded.solution.id }),
      });
      return presentSolution(solution, municipality, user);
    },
  );
}
