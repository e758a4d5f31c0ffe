import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { fileResponse, sendDownload } from '../http/download.js';
import { requireUser } from '../http/request-user.js';
import { authorize, can } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { notFound } from '../shared/errors.js';
import { PRICE_CSV_COLUMNS, priceItemsToCsv } from './domain/price-items.js';
import { codeParams } from './library.contract.js';
import { presentPriceItem } from './library.present.js';
import { assertSameCode, createPriceItem, importPriceList, listPriceItems, loadPriceItem, updatePriceItem } from './library.service.js';
import {
  importSummaryOut,
  PRICE_CSV_DESCRIPTION,
  priceCsvQuery,
  priceImportBody,
  priceItemCreate,
  priceItemOut,
  priceItemUpdate,
  priceListOut,
  priceListQuery,
} from './price-list.contract.js';

const TAGS = ['prijslijst'];
const orUndefined = <T extends string>(value: T | '' | undefined): T | undefined => (value === '' ? undefined : value);

/** The typed free text of a price item: a BSN there is refused (paths are the field names). */
const textOf = (item: { name?: string | undefined; unit?: string | undefined; source?: string | undefined; note?: string | undefined }) => ({
  name: item.name,
  unit: item.unit,
  source: item.source,
  note: item.note,
});

/** The maatschappelijke prijslijst: searchable by everyone, managed by the beheerder. */
export function registerPriceListRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/price-list',
    {
      config: { policy: 'library.read' },
      schema: {
        tags: TAGS,
        summary: 'Zoek in de maatschappelijke prijslijst van de eigen gemeente (zonder plan); q zoekt in code, naam, eenheid, bron en toelichting.',
        querystring: priceListQuery,
        response: { 200: priceListOut },
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
      // The municipality's own tariffs (contract prices) leave the application: audited.
      config: { policy: 'library.manage', audit: 'price_list.export' },
      schema: {
        tags: TAGS,
        summary: `${PRICE_CSV_DESCRIPTION.slice(0, -1)}, om te bewerken en weer in te lezen (beheerder).`,
        querystring: priceCsvQuery,
        produces: ['text/csv'],
        response: { 200: fileResponse('text/csv', PRICE_CSV_DESCRIPTION) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'library.manage');
      const includeInactive = request.query.includeInactive === 'true';
      const rows = await listPriceItems(ctx.db, user.tenantId, { includeInactive });
      return sendDownload(ctx, request, reply, {
        body: `\uFEFF${priceItemsToCsv(rows, request.query.delimiter === 'semicolon' ? ';' : ',')}`,
        contentType: 'text/csv; charset=utf-8',
        fileName: `prijslijst-${user.tenantId}.csv`,
        disposition: 'attachment',
        audit: { action: 'price_list.export', entityType: 'price_list', entityId: user.tenantId, detail: { items: rows.length, includeInactive } },
      });
    },
  );

  app.get(
    '/api/v1/price-list/:code',
    {
      config: { policy: 'library.read' },
      schema: { tags: TAGS, summary: 'Eén item van de prijslijst.', params: codeParams, response: { 200: priceItemOut } },
    },
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
      config: { policy: 'library.manage', audit: 'price_item.create' },
      schema: {
        tags: TAGS,
        summary: 'Voeg een eigen tarief toe aan de prijslijst (beheerder).',
        body: priceItemCreate,
        response: { 201: priceItemOut },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const row = await runCommand(ctx, request, {
        action: 'library.manage',
        change: (tx, _none, user) => {
          rejectBsn(textOf(body));
          return createPriceItem(tx, user.tenantId, { ...body, year: body.year ?? ctx.now().getFullYear() });
        },
        audit: (created) => ({ action: 'price_item.create', entityType: 'price_item', entityId: created.code }),
      });
      return reply.code(201).send(presentPriceItem(row));
    },
  );

  app.put(
    '/api/v1/price-list/:code',
    {
      config: { policy: 'library.manage', audit: 'price_item.update' },
      schema: {
        tags: TAGS,
        summary:
          'Wijzig een tarief (beheerder); alleen de meegestuurde velden. Een gewijzigd landelijk tarief wordt een eigen tarief (origin local). ' +
          'Met active: true zet u een gedeactiveerd tarief terug.',
        params: codeParams,
        body: priceItemUpdate,
        response: { 200: priceItemOut },
      },
    },
    async (request) => {
      const { code: sent, origin: _origin, updatedAt: _updatedAt, ...changes } = request.body;
      const edit = await runCommand(ctx, request, {
        action: 'library.manage',
        load: (tx, user) => loadPriceItem(tx, user.tenantId, request.params.code, { lock: true }),
        change: (tx, current) => {
          assertSameCode(sent, current.code);
          rejectBsn(textOf(changes));
          return updatePriceItem(tx, current, changes);
        },
        audit: (done, current) =>
          done.fields.length === 0 ? [] : { action: 'price_item.update', entityType: 'price_item', entityId: current.code, detail: done.detail },
      });
      return presentPriceItem(edit.row);
    },
  );

  app.delete(
    '/api/v1/price-list/:code',
    {
      config: { policy: 'library.manage', audit: 'price_item.deactivate' },
      schema: {
        tags: TAGS,
        summary: 'Deactiveer een tarief (beheerder). Het blijft bewaard; terugzetten met PUT {"active": true}.',
        params: codeParams,
        response: { 200: priceItemOut },
      },
    },
    async (request) => {
      const edit = await runCommand(ctx, request, {
        action: 'library.manage',
        load: (tx, user) => loadPriceItem(tx, user.tenantId, request.params.code, { lock: true }),
        change: (tx, current) => updatePriceItem(tx, current, { active: false }),
        audit: (done, current) =>
          done.fields.length === 0 ? [] : { action: 'price_item.deactivate', entityType: 'price_item', entityId: current.code, detail: done.detail },
      });
      return presentPriceItem(edit.row);
    },
  );

  app.post(
    '/api/v1/price-list/import',
    {
      config: { policy: 'library.manage', audit: 'price_list.import' },
      schema: {
        tags: TAGS,
        summary:
          `Lees eigen tarieven in uit CSV met de kolommen van de referentielijst (${PRICE_CSV_COLUMNS.join(', ')}; note mag ontbreken) (beheerder). ` +
          'Alles of niets: bij één fout wordt niets ingelezen en staat elke fout met regel en kolom in errors (path "regel 3.unit_price_eur"). ' +
          'Bestaande codes worden bijgewerkt. Met dryRun: true wordt alleen gecontroleerd.',
        body: priceImportBody,
        response: { 200: importSummaryOut },
      },
    },
    async (request) => {
      const { csv, dryRun } = request.body;
      const tenantId = requireUser(request).tenantId;
      const { summary } = await runCommand(ctx, request, {
        action: 'library.manage',
        change: (tx) => importPriceList(tx, tenantId, csv, { dryRun }),
        // A dry run changes nothing, so it writes no audit event.
        audit: ({ summary: done, written }) =>
          dryRun
            ? []
            : {
                action: 'price_list.import',
                entityType: 'price_list',
                entityId: tenantId,
                detail: { added: done.added, updated: done.updated, unchanged: done.unchanged, codes: written.slice(0, 200) },
              },
      });
      return { ...summary, dryRun };
    },
  );
}
