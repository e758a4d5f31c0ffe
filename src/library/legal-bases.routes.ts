import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { loadPlan } from '../plans/plans.service.js';
import { authorize, can } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { notFound } from '../shared/errors.js';
import {
  legalBasesOut,
  legalBasesQuery,
  legalBasisCreate,
  legalBasisOut,
  legalBasisUpdate,
  legalSuggestionsOut,
  legalSuggestionsQuery,
  planParams,
} from './legal-bases.contract.js';
import { codeParams } from './library.contract.js';
import { presentLegalBasis, presentSuggestion } from './library.present.js';
import { assertSameCode, createLegalBasis, listLegalBases, loadLegalBasis, suggestLegalBases, updateLegalBasis } from './library.service.js';

const TAGS = ['juridische bibliotheek'];
const orUndefined = <T extends string>(value: T | '' | undefined): T | undefined => (value === '' ? undefined : value);
/** An empty BWB id or link means "none". */
const emptyToNull = (value: string | null | undefined) => (value === '' ? null : value);

/** The typed free text of a legal basis: a BSN there is refused (paths are the field names). */
const textOf = (basis: { regulation?: string | undefined; shortName?: string | undefined; description?: string | undefined; note?: string | undefined }) => ({
  regulation: basis.regulation,
  shortName: basis.shortName,
  description: basis.description,
  note: basis.note,
});

/** The legal library (legitimiteit) and the legal bases suggested for a plan. */
export function registerLegalBasesRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/legal-bases',
    {
      config: { policy: 'library.read' },
      schema: {
        tags: TAGS,
        summary:
          'Zoek in de juridische bibliotheek van de eigen gemeente (zonder plan); q zoekt in regeling, korte naam, artikel en omschrijving. ' +
          'domain geeft ook de grondslagen die voor alle leefgebieden gelden.',
        querystring: legalBasesQuery,
        response: { 200: legalBasesOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'library.read');
      const query = request.query;
      if (query.includeInactive === 'true') authorize(user, 'library.manage');
      const rows = await listLegalBases(ctx.db, user.tenantId, {
        q: query.q,
        domain: orUndefined(query.domain),
        origin: orUndefined(query.origin),
        includeInactive: query.includeInactive === 'true',
      });
      return { items: rows.slice(query.offset, query.offset + query.limit).map(presentLegalBasis), total: rows.length };
    },
  );

  app.get(
    '/api/v1/legal-bases/:code',
    {
      config: { policy: 'library.read' },
      schema: { tags: TAGS, summary: 'Eén grondslag uit de juridische bibliotheek.', params: codeParams, response: { 200: legalBasisOut } },
    },
    async (request) => {
      const user = requireUser(request);
      const row = await loadLegalBasis(ctx.db, user.tenantId, request.params.code);
      authorize(user, 'library.read', row);
      if (!row.active && !can(user, 'library.manage', row)) throw notFound(`Grondslag ${row.code} bestaat niet in uw juridische bibliotheek.`);
      return presentLegalBasis(row);
    },
  );

  app.post(
    '/api/v1/legal-bases',
    {
      config: { policy: 'library.manage', audit: 'legal_basis.create' },
      schema: {
        tags: TAGS,
        summary: 'Voeg een eigen verordening of beleidsregel toe, bijv. de hardheidsclausule van de Wmo-verordening (beheerder).',
        body: legalBasisCreate,
        response: { 201: legalBasisOut },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const row = await runCommand(ctx, request, {
        action: 'library.manage',
        change: (tx, _none, user) => {
          rejectBsn(textOf(body));
          return createLegalBasis(tx, user.tenantId, {
            ...body,
            shortName: body.shortName || body.regulation,
            bwbId: emptyToNull(body.bwbId) ?? null,
            url: emptyToNull(body.url) ?? null,
            domains: [...new Set(body.domains)],
          });
        },
        audit: (created) => ({ action: 'legal_basis.create', entityType: 'legal_basis', entityId: created.code }),
      });
      return reply.code(201).send(presentLegalBasis(row));
    },
  );

  app.put(
    '/api/v1/legal-bases/:code',
    {
      config: { policy: 'library.manage', audit: 'legal_basis.update' },
      schema: {
        tags: TAGS,
        summary:
          'Wijzig een grondslag (beheerder); alleen de meegestuurde velden. Een gewijzigde landelijke grondslag wordt een eigen (origin local). ' +
          'Met active: true zet u een gedeactiveerde grondslag terug.',
        params: codeParams,
        body: legalBasisUpdate,
        response: { 200: legalBasisOut },
      },
    },
    async (request) => {
      const { code: sent, origin: _origin, updatedAt: _updatedAt, ...body } = request.body;
      const edit = await runCommand(ctx, request, {
        action: 'library.manage',
        load: (tx, user) => loadLegalBasis(tx, user.tenantId, request.params.code, { lock: true }),
        change: (tx, current) => {
          assertSameCode(sent, current.code);
          rejectBsn(textOf(body));
          return updateLegalBasis(tx, current, {
            ...body,
            shortName: body.shortName === '' ? (body.regulation ?? current.regulation) : body.shortName,
            bwbId: emptyToNull(body.bwbId),
            url: emptyToNull(body.url),
            domains: body.domains ? [...new Set(body.domains)] : undefined,
          });
        },
        audit: (done, current) =>
          done.fields.length === 0 ? [] : { action: 'legal_basis.update', entityType: 'legal_basis', entityId: current.code, detail: done.detail },
      });
      return presentLegalBasis(edit.row);
    },
  );

  app.delete(
    '/api/v1/legal-bases/:code',
    {
      config: { policy: 'library.manage', audit: 'legal_basis.deactivate' },
      schema: {
        tags: TAGS,
        summary: 'Deactiveer een grondslag (beheerder). Plannen die hem noemen houden hun tekst; terugzetten met PUT {"active": true}.',
        params: codeParams,
        response: { 200: legalBasisOut },
      },
    },
    async (request) => {
      const edit = await runCommand(ctx, request, {
        action: 'library.manage',
        load: (tx, user) => loadLegalBasis(tx, user.tenantId, request.params.code, { lock: true }),
        change: (tx, current) => updateLegalBasis(tx, current, { active: false }),
        audit: (done, current) =>
          done.fields.length === 0 ? [] : { action: 'legal_basis.deactivate', entityType: 'legal_basis', entityId: current.code, detail: done.detail },
      });
      return presentLegalBasis(edit.row);
    },
  );

  app.get(
    '/api/v1/plans/:id/legal-suggestions',
    {
      config: { policy: 'plans.read' },
      schema: {
        tags: [...TAGS, 'plannen'],
        summary:
          'Voorgestelde grondslagen voor een plan, beste eerst: op leefgebieden, op de geldstromen van het maatwerkscenario en op ' +
          'hoe vaak plannen van de gemeente ze al gebruikten. Grondslagen die het plan al noemt, ontbreken.',
        params: planParams,
        querystring: legalSuggestionsQuery,
        response: { 200: legalSuggestionsOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      const ranked = await suggestLegalBases(ctx.db, user.tenantId, plan.document);
      return { items: ranked.slice(0, request.query.limit).map(presentSuggestion), total: ranked.length };
    },
  );
}
