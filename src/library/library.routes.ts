import { z } from 'zod';
import { requireUser } from '../http/request-user.js';
import { DOMAIN_KEYS, FREQUENCY_KEYS, FUNDING_STREAM_KEYS } from '../plans/domain/vocabulary.js';
import { loadPlan } from '../plans/plans.service.js';
import { authorize, can } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { invalid, notFound } from '../shared/errors.js';
import { BWB_ID_PATTERN } from './domain/legal-bases.js';
import {
  CODE_PATTERN,
  CODE_RULE,
  CONFIDENCE_KEYS,
  MAX_PRICE_CENTS,
  MAX_YEAR,
  MIN_YEAR,
  PRICE_CSV_COLUMNS,
  priceItemsToCsv,
} from './domain/price-items.js';
import { rankLegalBases } from './domain/suggestions.js';
import { presentLegalBasis, presentPriceItem, presentSuggestion } from './library.present.js';
import {
  createLegalBasis,
  createPriceItem,
  importPriceList,
  legalBasisUsage,
  listLegalBases,
  listPriceItems,
  loadLegalBasis,
  loadPriceItem,
  updateLegalBasis,
  updatePriceItem,
} from './library.service.js';

const PRICES = 'prijslijst';
const LEGAL = 'juridische bibliotheek';

/** An empty query parameter (`?domain=`) means "no filter", as CONTRACT.md writes the URLs. */
const filterOf = <K extends string>(keys: readonly [K, ...K[]]) => z.enum(keys).or(z.literal('')).optional();
const orUndefined = <T extends string>(value: T | '' | undefined): T | undefined => (value === '' ? undefined : value);

const code = z.string().trim().regex(CODE_PATTERN, CODE_RULE).describe('Unieke code binnen de gemeente, bijv. PL-001 of LOK-WMO-21.');
const codeParams = z.object({ code: z.string().max(50) });
const includeInactive = z.enum(['true', 'false']).optional().describe('Ook gedeactiveerde items (alleen beheerder).');
const paging = {
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
};
/** Fields the server adds to its responses: a client may send back what it read. */
const readOnly = { origin: z.unknown().optional(), updatedAt: z.unknown().optional() };

// --- price list -------------------------------------------------------------------------------

const priceItemFields = {
  name: z.string().trim().min(1).max(200),
  unit: z.string().trim().min(1).max(50).describe('Eenheid waarin de prijs geldt: uur, dag, dagdeel, maand, jaar, eenmalig, …'),
  unitPriceCents: z.number().int().min(0).max(MAX_PRICE_CENTS).describe('Prijs per eenheid in hele centen.'),
  frequency: z.enum(FREQUENCY_KEYS).describe('Standaardfrequentie voor een kostenregel met dit product.'),
  fundingStream: z.enum(FUNDING_STREAM_KEYS),
  domain: z.enum(DOMAIN_KEYS),
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR).describe('Jaar waarop het bedrag betrekking heeft.'),
  confidence: z.enum(CONFIDENCE_KEYS).describe('Betrouwbaarheid: low is een schatting en wordt zo getoond.'),
  source: z.string().trim().min(1).max(500).describe('Waar het bedrag vandaan komt, bijv. "Contract Demodam 2025".'),
  note: z.string().trim().max(2000),
};

const priceItemOut = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  unitPriceCents: z.number().int(),
  frequency: z.string(),
  fundingStream: z.string(),
  domain: z.string(),
  year: z.number().int(),
  confidence: z.string(),
  source: z.string(),
  note: z.string(),
  origin: z.string().describe('national: uit de landelijke referentielijst; local: eigen tarief van de gemeente.'),
  active: z.boolean(),
  updatedAt: z.string(),
});

const priceItemCreate = z.strictObject({
  code,
  ...priceItemFields,
  year: priceItemFields.year.optional().describe('Standaard het huidige jaar.'),
  confidence: priceItemFields.confidence.default('high'),
  note: priceItemFields.note.default(''),
});

const priceItemUpdate = z.strictObject({
  code: z.string().max(50).optional().describe('Mag mee, maar niet wijzigen.'),
  ...Object.fromEntries(Object.entries(priceItemFields).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof priceItemFields]: z.ZodOptional<(typeof priceItemFields)[K]>;
  },
  active: z.boolean().optional().describe('false deactiveert, true zet een gedeactiveerd item terug.'),
  ...readOnly,
});

const importSummary = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  total: z.number().int(),
  addedCodes: z.array(z.string()),
  updatedCodes: z.array(z.string()),
  dryRun: z.boolean(),
});

// --- legal library ----------------------------------------------------------------------------

const optionalText = (max: number) => z.string().trim().max(max);
const legalBasisFields = {
  regulation: z.string().trim().min(1).max(300).describe('Wet, verordening of beleidsregel, voluit.'),
  shortName: optionalText(100).describe('Korte naam, bijv. "Wmo 2015"; leeg = de volledige naam.'),
  article: optionalText(50).describe('Artikel, bijv. 35, 2.3.5 of 4:84; leeg voor de regeling als geheel.'),
  bwbId: z
    .string()
    .trim()
    .regex(BWB_ID_PATTERN, 'Een BWB-id ziet eruit als BWBR0015703 (te vinden op wetten.overheid.nl).')
    .or(z.literal(''))
    .nullable()
    .describe('Identificatie in het Basiswettenbestand; leeg voor lokale regels.'),
  url: z
    .url({ protocol: /^https?$/, error: 'Gebruik een volledig webadres dat begint met https://.' })
    .max(1000)
    .or(z.literal(''))
    .nullable()
    .describe('Link naar de tekst, bijv. op wetten.overheid.nl of lokaleregelgeving.overheid.nl.'),
  description: z.string().trim().min(1).max(2000),
  domains: z.array(z.enum(DOMAIN_KEYS)).max(DOMAIN_KEYS.length).describe('Leefgebieden; leeg = geldt voor alle.'),
  confidence: z.enum(CONFIDENCE_KEYS),
  note: optionalText(2000),
};

const legalBasisOut = z.object({
  code: z.string(),
  regulation: z.string(),
  article: z.string(),
  bwbId: z.string().nullable(),
  url: z.string().nullable(),
  description: z.string(),
  domains: z.array(z.string()),
  shortName: z.string(),
  confidence: z.string(),
  note: z.string(),
  origin: z.string().describe('national: landelijke wet; local: eigen verordening of beleidsregel van de gemeente.'),
  active: z.boolean(),
  updatedAt: z.string(),
});

const legalBasisCreate = z.strictObject({
  code,
  ...legalBasisFields,
  shortName: legalBasisFields.shortName.default(''),
  article: legalBasisFields.article.default(''),
  bwbId: legalBasisFields.bwbId.optional(),
  url: legalBasisFields.url.optional(),
  domains: legalBasisFields.domains.default([]),
  confidence: legalBasisFields.confidence.default('high'),
  note: legalBasisFields.note.default(''),
});

const legalBasisUpdate = z.strictObject({
  code: z.string().max(50).optional().describe('Mag mee, maar niet wijzigen.'),
  ...Object.fromEntries(Object.entries(legalBasisFields).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof legalBasisFields]: z.ZodOptional<(typeof legalBasisFields)[K]>;
  },
  active: z.boolean().optional().describe('false deactiveert, true zet een gedeactiveerde grondslag terug.'),
  ...readOnly,
});

const emptyToNull = (value: string | null | undefined) => (value === '' ? null : value);

/** Removes `undefined` members, so a partial update touches only the fields sent. */
const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };

function assertSameCode(sent: string | undefined, param: string) {
  if (sent !== undefined && sent !== param) throw invalid([{ path: 'code', message: 'De code van een bestaand item kan niet worden gewijzigd.' }]);
}

export function registerLibraryRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/price-list',
    {
      schema: {
        tags: [PRICES],
        summary: 'Zoek in de maatschappelijke prijslijst van de eigen gemeente (zonder plan); q zoekt in code, naam, eenheid, bron en toelichting.',
        querystring: z.strictObject({
          q: z.string().max(200).optional(),
          fundingStream: filterOf(FUNDING_STREAM_KEYS),
          domain: filterOf(DOMAIN_KEYS),
          origin: filterOf(['national', 'local']),
          includeInactive,
          ...paging,
        }),
        response: { 200: z.object({ items: z.array(priceItemOut), total: z.number().int() }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'library.read');
      const query = request.query;
      if (query.includeInactive === 'true') authorize(user, 'library.manage');
      const rows = await listPriceItems(ctx.db, user.tenantId, {
        q: query.q,
        fundingStream: orUndefined(query.fundingStream),
        domain: orUndefined(query.domain),
        origin: orUndefined(query.origin),
        includeInactive: query.includeInactive === 'true',
      });
      return { items: rows.slice(query.offset, query.offset + query.limit).map(presentPriceItem), total: rows.length };
    },
  );

  app.get(
    '/api/v1/price-list.csv',
    {
      schema: {
        tags: [PRICES],
        summary: `De prijslijst als CSV in de kolommen van de referentielijst (${PRICE_CSV_COLUMNS.join(', ')}), om te bewerken en weer in te lezen (beheerder).`,
        querystring: z.strictObject({
          delimiter: z.enum(['comma', 'semicolon']).default('comma').describe('semicolon voor Nederlandstalige spreadsheets.'),
          includeInactive,
        }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'library.manage');
      const rows = await listPriceItems(ctx.db, user.tenantId, { includeInactive: request.query.includeInactive === 'true' });
      const csv = priceItemsToCsv(rows, request.query.delimiter === 'semicolon' ? ';' : ',');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="prijslijst-${user.tenantId}.csv"`)
        .send(`\uFEFF${csv}`);
    },
  );

  app.get(
    '/api/v1/price-list/:code',
    { schema: { tags: [PRICES], summary: 'Eén item van de prijslijst.', params: codeParams, response: { 200: priceItemOut } } },
    async (request) => {
      const user = requireUser(request);
      const row = await loadPriceItem(ctx.db, user.tenantId, request.params.code);
      authorize(user, 'library.read', row);
      // A deactivated item exists only for those who manage the list.
      if (!row.active && !can(user, 'library.manage', row)) throw notFound(`Tarief ${row.code} bestaat niet in uw prijslijst.`);
      return presentPriceItem(row);
    },
  );

  app.post(
    '/api/v1/price-list',
    {
      schema: {
        tags: [PRICES],
        summary: 'Voeg een eigen tarief toe aan de prijslijst (beheerder).',
        body: priceItemCreate,
        response: { 201: priceItemOut },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'library.manage');
      const body = request.body;
      const row = await createPriceItem(ctx.db, user, { ...body, year: body.year ?? ctx.now().getFullYear() }, request.id);
      return reply.code(201).send(presentPriceItem(row));
    },
  );

  app.put(
    '/api/v1/price-list/:code',
    {
      schema: {
        tags: [PRICES],
        summary:
          'Wijzig een tarief (beheerder); alleen de meegestuurde velden. Een gewijzigd landelijk tarief wordt een eigen tarief (origin local). ' +
          'Met active: true zet u een gedeactiveerd tarief terug.',
        params: codeParams,
        body: priceItemUpdate,
        response: { 200: priceItemOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const existing = await loadPriceItem(ctx.db, user.tenantId, request.params.code);
      authorize(user, 'library.manage', existing);
      const { code: sent, origin: _origin, updatedAt: _updatedAt, ...changes } = request.body;
      assertSameCode(sent, existing.code);
      const row = await updatePriceItem(ctx.db, user, existing.code, defined(changes), request.id);
      return presentPriceItem(row);
    },
  );

  app.delete(
    '/api/v1/price-list/:code',
    {
      schema: {
        tags: [PRICES],
        summary: 'Deactiveer een tarief (beheerder). Het blijft bewaard; terugzetten met PUT {"active": true}.',
        params: codeParams,
        response: { 200: priceItemOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const existing = await loadPriceItem(ctx.db, user.tenantId, request.params.code);
      authorize(user, 'library.manage', existing);
      const row = await updatePriceItem(ctx.db, user, existing.code, { active: false }, request.id, 'price_item.deactivate');
      return presentPriceItem(row);
    },
  );

  app.post(
    '/api/v1/price-list/import',
    {
      schema: {
        tags: [PRICES],
        summary:
          `Lees eigen tarieven in uit CSV met de kolommen van de referentielijst (${PRICE_CSV_COLUMNS.join(', ')}; note mag ontbreken) (beheerder). ` +
          'Alles of niets: bij één fout wordt niets ingelezen en staat elke fout met regel en kolom in errors (path "regel 3.unit_price_eur"). ' +
          'Bestaande codes worden bijgewerkt. Met dryRun: true wordt alleen gecontroleerd.',
        body: z.strictObject({
          csv: z.string().min(1).max(1024 * 1024).describe('De inhoud van het CSV-bestand (komma of puntkomma als scheidingsteken, UTF-8).'),
          dryRun: z.boolean().default(false),
        }),
        response: { 200: importSummary },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'library.manage');
      const summary = await importPriceList(ctx.db, user, request.body.csv, { dryRun: request.body.dryRun, requestId: request.id });
      return { ...summary, dryRun: request.body.dryRun };
    },
  );

  // --- legal library --------------------------------------------------------------------------

  app.get(
    '/api/v1/legal-bases',
    {
      schema: {
        tags: [LEGAL],
        summary:
          'Zoek in de juridische bibliotheek van de eigen gemeente (zonder plan); q zoekt in regeling, korte naam, artikel en omschrijving. ' +
          'domain geeft ook de grondslagen die voor alle leefgebieden gelden.',
        querystring: z.strictObject({
          q: z.string().max(200).optional(),
          domain: filterOf(DOMAIN_KEYS),
          origin: filterOf(['national', 'local']),
          includeInactive,
          ...paging,
        }),
        response: { 200: z.object({ items: z.array(legalBasisOut), total: z.number().int() }) },
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
    { schema: { tags: [LEGAL], summary: 'Eén grondslag uit de juridische bibliotheek.', params: codeParams, response: { 200: legalBasisOut } } },
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
      schema: {
        tags: [LEGAL],
        summary: 'Voeg een eigen verordening of beleidsregel toe, bijv. de hardheidsclausule van de Wmo-verordening (beheerder).',
        body: legalBasisCreate,
        response: { 201: legalBasisOut },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'library.manage');
      const body = request.body;
      const row = await createLegalBasis(
        ctx.db,
        user,
        {
          ...body,
          shortName: body.shortName || body.regulation,
          bwbId: emptyToNull(body.bwbId) ?? null,
          url: emptyToNull(body.url) ?? null,
          domains: [...new Set(body.domains)],
        },
        request.id,
      );
      return reply.code(201).send(presentLegalBasis(row));
    },
  );

  app.put(
    '/api/v1/legal-bases/:code',
    {
      schema: {
        tags: [LEGAL],
        summary:
          'Wijzig een grondslag (beheerder); alleen de meegestuurde velden. Een gewijzigde landelijke grondslag wordt een eigen (origin local). ' +
          'Met active: true zet u een gedeactiveerde grondslag terug.',
        params: codeParams,
        body: legalBasisUpdate,
        response: { 200: legalBasisOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const existing = await loadLegalBasis(ctx.db, user.tenantId, request.params.code);
      authorize(user, 'library.manage', existing);
      const { code: sent, origin: _origin, updatedAt: _updatedAt, ...body } = request.body;
      assertSameCode(sent, existing.code);
      const changes = defined({
        ...body,
        shortName: body.shortName === '' ? (body.regulation ?? existing.regulation) : body.shortName,
        bwbId: emptyToNull(body.bwbId),
        url: emptyToNull(body.url),
        domains: body.domains ? [...new Set(body.domains)] : undefined,
      });
      const row = await updateLegalBasis(ctx.db, user, existing.code, changes, request.id);
      return presentLegalBasis(row);
    },
  );

  app.delete(
    '/api/v1/legal-bases/:code',
    {
      schema: {
        tags: [LEGAL],
        summary: 'Deactiveer een grondslag (beheerder). Plannen die hem noemen houden hun tekst; terugzetten met PUT {"active": true}.',
        params: codeParams,
        response: { 200: legalBasisOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const existing = await loadLegalBasis(ctx.db, user.tenantId, request.params.code);
      authorize(user, 'library.manage', existing);
      const row = await updateLegalBasis(ctx.db, user, existing.code, { active: false }, request.id, 'legal_basis.deactivate');
      return presentLegalBasis(row);
    },
  );

  app.get(
    '/api/v1/plans/:id/legal-suggestions',
    {
      schema: {
        tags: [LEGAL, 'plannen'],
        summary:
          'Voorgestelde grondslagen voor een plan, beste eerst: op leefgebieden, op de geldstromen van het maatwerkscenario en op ' +
          'hoe vaak plannen van de gemeente ze al gebruikten. Grondslagen die het plan al noemt, ontbreken.',
        params: z.object({ id: z.string().max(100) }),
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: {
          200: z.object({
            items: z.array(
              legalBasisOut.extend({
                score: z.number().describe('Hoe beter de grondslag past, hoe hoger.'),
                reasons: z.array(z.string()).describe('Waarom hij wordt voorgesteld, in gewone taal.'),
              }),
            ),
            total: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      const document = plan.document;
      const [bases, usage] = await Promise.all([listLegalBases(ctx.db, user.tenantId, {}), legalBasisUsage(ctx.db, user.tenantId)]);
      const ranked = rankLegalBases(
        bases,
        {
          domains: document.domains ?? [],
          fundingStreams: document.scenarios?.plan?.lines.map((line) => line.fundingStream) ?? [],
          legalBases: document.legalBases ?? [],
        },
        usage,
      );
      return { items: ranked.slice(0, request.query.limit).map(presentSuggestion), total: ranked.length };
    },
  );
}
