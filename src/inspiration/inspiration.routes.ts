import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import { computeKba } from '../plans/domain/kba.js';
import { DOMAIN_KEYS, FUNDING_STREAM_KEYS } from '../plans/domain/vocabulary.js';
import { loadPlan } from '../plans/plans.service.js';
import { authorize, can } from '../policy/policy.js';
import { findBsns, BSN_MESSAGE } from '../privacy/domain/guard.js';
import { AppError, forbidden, invalid } from '../shared/errors.js';
import type { AppContext, TypedApp } from '../http/context.js';
import {
  buildDraft,
  checkSubmission,
  kbaSummary,
  legalBasesOf,
  PUBLISHABLE_STATUSES,
  SITUATION_GUIDANCE,
  unknownLegalBases,
} from './domain/redaction.js';
import { inspirationSolutions as solutions } from './inspiration.schema.js';
import { presentSolution } from './inspiration.present.js';
import { loadOwnSolution, loadVisibleSolution, searchSolutions, tenantRegion, type Reader } from './inspiration.service.js';

const idParams = z.object({ id: z.string().max(100) });
const legalBasis = z.strictObject({
  regulation: z.string().max(500).describe('De regeling, zoals in het plan.'),
  article: z.string().max(50).describe('Het artikel, zoals in het plan.'),
});
const publishBody = z.strictObject({
  planId: z.string().min(1).max(100).describe('Het goedgekeurde plan waaruit de oplossing komt.'),
  title: z.string().max(200).describe('Korte titel van de oplossing.'),
  situation: z.string().max(2000).describe('Een korte, herschreven situatieschets: geen namen, geen data, geen cliënt- of casusnummer.'),
  breakthrough: z.string().max(5000).describe('De doorbraak: wat het vastgelopen gezin verder hielp.'),
  legalBases: z.array(legalBasis).max(50).describe('Grondslagen van het plan (regeling en artikel, zonder motivering).'),
  domains: z.array(z.enum(DOMAIN_KEYS)).max(DOMAIN_KEYS.length).describe('Leefgebieden.'),
  fundingStreams: z.array(z.enum(FUNDING_STREAM_KEYS)).max(FUNDING_STREAM_KEYS.length).describe('Geldstromen waaruit de oplossing is betaald.'),
  confirmWarnings: z.boolean().optional().describe('Bevestigt dat gemelde e-mailadressen, telefoonnummers of data nodig en niet herleidbaar zijn.'),
});
const reviewBody = z.strictObject({
  decision: z.enum(['approve', 'reject']).describe('Publiceren (approve) of afwijzen (reject).'),
  note: z.string().max(2000).default('').describe('Toelichting bij het besluit.'),
});
const searchQuery = z.strictObject({
  q: z.string().max(200).optional().describe('Zoekt in titel, situatie en doorbraak.'),
  domain: z.enum(DOMAIN_KEYS).optional().describe('Leefgebied.'),
  legalBasis: z.string().max(200).optional().describe('Regeling en/of artikel, bijvoorbeeld ‘Participatiewet 35’.'),
  fundingStream: z.enum(FUNDING_STREAM_KEYS).optional().describe('Geldstroom.'),
  minReturnCents: z.coerce.number().int().min(0).max(1e13).optional().describe('Minimaal rendement in centen.'),
  maxPlanCents: z.coerce.number().int().min(0).max(1e13).optional().describe('Maximale kosten van het plan in centen.'),
});
const solutionOut = z.looseObject({ id: z.string(), status: z.string(), title: z.string() });

const SELF_REVIEW = 'U heeft deze oplossing zelf ingediend. Een tweede maatwerker beoordeelt haar, zodat altijd twee mensen de anonimisering controleren.';
const NOT_PENDING = 'Deze oplossing wacht niet (meer) op beoordeling.';

export function registerInspirationRoutes(app: TypedApp, ctx: AppContext) {
  const reader = (user: ReturnType<typeof requireUser>): Reader => ({ id: user.id, tenantId: user.tenantId, seesPending: can(user, 'inspiration.review') });

  app.get(
    '/api/v1/plans/:id/inspiration-draft',
    { schema: { tags: ['inspiratie'], summary: 'Een redactievoorstel om de oplossing van een goedgekeurd plan te delen; de situatie schrijft u zelf.', params: idParams, response: { 200: z.looseObject({ title: z.string() }) } } },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      authorize(user, 'inspiration.publish', plan);
      if (!(PUBLISHABLE_STATUSES as readonly string[]).includes(plan.status)) {
        throw invalid([{ path: 'status', message: 'Alleen de oplossing van een goedgekeurd plan (of een plan in uitvoering, opvolging of afgesloten) kan worden gedeeld.' }]);
      }
      await recordAudit(ctx.db, { tenantId: user.tenantId, actor: user, action: 'inspiration.draft', entityType: 'plan', entityId: plan.id, requestId: request.id });
      return { planId: plan.id, planStatus: plan.status, guidance: SITUATION_GUIDANCE, ...buildDraft(plan.document, computeKba(plan.document)) };
    },
  );

  app.post(
    '/api/v1/inspiration',
    { schema: { tags: ['inspiratie'], summary: 'Dien een geanonimiseerde oplossing in; een tweede maatwerker beoordeelt haar.', body: publishBody, response: { 201: solutionOut } } },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'inspiration.publish');
      const { planId, confirmWarnings, ...submission } = request.body;
      const plan = await loadPlan(ctx.db, user.tenantId, planId);
      authorize(user, 'plans.read', plan);
      if (!(PUBLISHABLE_STATUSES as readonly string[]).includes(plan.status)) {
        throw invalid([{ path: 'planId', message: 'Dit plan is (nog) niet goedgekeurd; alleen goedgekeurde oplossingen gaan naar de bibliotheek.' }]);
      }
      const check = checkSubmission(submission, { caseNumber: plan.caseNumber, clientNumber: plan.document.clientNumber, situation: plan.document.situation });
      const strangers = unknownLegalBases(submission.legalBases, legalBasesOf(plan.document));
      if (strangers.length > 0) check.errors.push({ path: 'legalBases', message: 'Kies alleen grondslagen die in het plan staan.' });
      if (check.errors.length > 0) throw invalid(check.errors, 'De tekst is niet anoniem of niet volledig. Pas de gemelde velden aan.');
      if (check.warnings.length > 0 && !confirmWarnings) {
        throw new AppError(
          'validation',
          'Bevestig eerst dat de gemelde gegevens nodig en niet herleidbaar zijn, of haal ze weg.',
          check.warnings.map(({ path, message }) => ({ path, message })),
          { warnings: check.warnings },
        );
      }
      const region = await tenantRegion(ctx.db, user.tenantId);
      const row = await ctx.db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(solutions)
          .values({
            tenantId: user.tenantId,
            id: crypto.randomUUID(),
            region,
            planId: plan.id,
            ...submission,
            title: submission.title.trim(),
            situation: submission.situation.trim(),
            breakthrough: submission.breakthrough.trim(),
            kba: kbaSummary(computeKba(plan.document)),
            status: 'pending',
            submittedBy: user.id,
            submittedAt: ctx.now(),
            source: 'plan',
          })
          .returning();
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'inspiration.submit',
          entityType: 'inspiration',
          entityId: inserted!.id,
          requestId: request.id,
          detail: { planId: plan.id, confirmedWarnings: check.warnings.length },
        });
        return inserted!;
      });
      return reply.code(201).send(presentSolution(row, user.tenant.name, user));
    },
  );

  app.post(
    '/api/v1/inspiration/:id/review',
    { schema: { tags: ['inspiratie'], summary: 'Beoordeel een ingediende oplossing: publiceren in de regio of afwijzen. Niet door wie haar indiende.', params: idParams, body: reviewBody, response: { 200: solutionOut } } },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'inspiration.review');
      const { solution } = await loadOwnSolution(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'inspiration.review', solution);
      if (solution.submittedBy === user.id) throw forbidden(SELF_REVIEW);
      if (solution.status !== 'pending') throw invalid([{ path: 'status', message: NOT_PENDING }], NOT_PENDING);
      const { decision, note } = request.body;
      if (findBsns(note).length > 0) throw invalid([{ path: 'note', message: BSN_MESSAGE }]);
      const row = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(solutions)
          .set({ status: decision === 'approve' ? 'published' : 'rejected', reviewedBy: user.id, reviewedAt: ctx.now(), reviewNote: note.trim() })
          .where(and(eq(solutions.tenantId, user.tenantId), eq(solutions.id, solution.id), eq(solutions.status, 'pending')))
          .returning();
        if (!updated) throw invalid([{ path: 'status', message: NOT_PENDING }], NOT_PENDING);
        await recordAudit(tx, { tenantId: user.tenantId, actor: user, action: `inspiration.${decision}`, entityType: 'inspiration', entityId: solution.id, requestId: request.id });
        return updated;
      });
      return presentSolution(row, user.tenant.name, user);
    },
  );

  app.post(
    '/api/v1/inspiration/:id/withdraw',
    { schema: { tags: ['inspiratie'], summary: 'Trek een ingediende of gepubliceerde oplossing in (indiener of beheerder).', params: idParams, response: { 200: solutionOut } } },
    async (request) => {
      const user = requireUser(request);
      const { solution } = await loadOwnSolution(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'inspiration.withdraw', { tenantId: solution.tenantId, authorId: solution.submittedBy ?? '', status: solution.status });
      if (solution.status !== 'pending' && solution.status !== 'published') {
        throw invalid([{ path: 'status', message: 'Deze oplossing is al afgewezen of ingetrokken.' }]);
      }
      const row = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(solutions)
          .set({ status: 'withdrawn', reviewedAt: sql`coalesce(${solutions.reviewedAt}, now())` })
          .where(and(eq(solutions.tenantId, user.tenantId), eq(solutions.id, solution.id)))
          .returning();
        await recordAudit(tx, { tenantId: user.tenantId, actor: user, action: 'inspiration.withdraw', entityType: 'inspiration', entityId: solution.id, requestId: request.id });
        return updated!;
      });
      return presentSolution(row, user.tenant.name, user);
    },
  );

  app.get(
    '/api/v1/inspiration',
    {
      schema: {
        tags: ['inspiratie'],
        summary: 'Gepubliceerde oplossingen van de eigen regio en gemeente; voor maatwerkers ook wat in de eigen gemeente ter beoordeling ligt.',
        querystring: searchQuery,
        response: { 200: z.object({ items: z.array(solutionOut), total: z.number(), pending: z.array(solutionOut) }) },
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
    { schema: { tags: ['inspiratie'], summary: 'Eén oplossing uit de inspiratiebibliotheek.', params: idParams, response: { 200: solutionOut } } },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'inspiration.read');
      const { solution, municipality } = await loadVisibleSolution(ctx.db, reader(user), request.params.id);
      await recordAudit(ctx.db, { tenantId: user.tenantId, actor: user, action: 'inspiration.read', entityType: 'inspiration', entityId: solution.id, requestId: request.id });
      return presentSolution(solution, municipality, user);
    },
  );
}
