import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { AppError, invalid, notFound } from '../shared/errors.js';
import { ImportRunner } from './import-runner.js';
import { MAX_UPLOAD_BYTES, spool, spoolPath, UploadTooLarge } from './import-spool.js';
import { importCreated, importIdParams, importJobOut, importListOut, importListQuery, importQuery } from './imports.contract.js';
import { insertImportJob, listImportJobs, loadImportJob, presentImportJob } from './imports.service.js';

const TAG = 'eigen gegevens';

/** Media types of an upload → what the importer reads. */
const MEDIA_TYPES: Record<string, 'xml' | 'zip' | 'csv'> = {
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'text/csv': 'csv',
};

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase();

export function registerImportRoutes(app: TypedApp, ctx: AppContext): ImportRunner {
  const runner = new ImportRunner({
    db: ctx.db,
    bulk: ctx.bulk,
    secret: ctx.secret,
    dataDir: ctx.config.dataDir,
    log: (message, detail) => app.log.warn(detail, message),
  });
  app.addHook('onReady', () => runner.resume());
  app.addHook('onClose', () => runner.stop());

  // The body stays a stream: spooled to disk by the route, never parsed into memory.
  void app.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<ZodTypeProvider>();
    scoped.addContentTypeParser(Object.keys(MEDIA_TYPES), { bodyLimit: MAX_UPLOAD_BYTES }, (_request, payload, done) => done(null, payload));

    scoped.post(
      '/api/v1/imports',
      {
        bodyLimit: MAX_UPLOAD_BYTES,
        config: { policy: 'imports.create', audit: 'import.create' },
        schema: {
          tags: [TAG],
          summary: 'Lever eigen gegevens aan: één iWmo/iJw 3.2-bericht (application/xml), een ZIP met berichten en CSV-bestanden (application/zip) of één CSV (text/csv met ?kind=). Tot 1 GiB; de import loopt op de achtergrond.',
          querystring: importQuery,
          response: { 202: importCreated },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        authorize(user, 'imports.create');
        const type = MEDIA_TYPES[mediaType(request.headers['content-type'])];
        if (!type) throw invalid([{ path: 'content-type', message: 'Stuur application/xml, application/zip of text/csv.' }]);
        if (type === 'csv' && !request.query.kind) {
          throw invalid([{ path: 'kind', message: 'Geef bij een CSV-bestand aan wat het is: ?kind=services, households, tariffs, budgets of realisations.' }]);
        }
        const declared = Number(request.headers['content-length'] ?? 0);
        if (declared > MAX_UPLOAD_BYTES) throw tooLarge();
        const id = randomUUID();
        const target = spoolPath(ctx.config.dataDir, user.tenantId, id);
        let totalBytes: number;
        try {
          totalBytes = await spool(request.body as Readable, target);
        } catch (error) {
          if (error instanceof UploadTooLarge) throw tooLarge();
          throw error;
        }
        const fileName = request.query.name ?? `upload.${type}`;
        const job = await runCommand(ctx, request, {
          action: 'imports.create',
          change: (tx) => insertImportJob(tx, { tenantId: user.tenantId, id, fileName, contentType: type, csvKind: request.query.kind ?? null, totalBytes, createdBy: user.id }),
          audit: (created) => ({ action: 'import.create', entityType: 'import', entityId: created.id, detail: { contentType: type, bytes: totalBytes } }),
        });
        runner.enqueue(user.tenantId, job.id);
        return reply.code(202).send({ id: job.id, status: job.status });
      },
    );
  });

  app.get(
    '/api/v1/imports',
    {
      config: { policy: 'imports.read' },
      schema: { tags: [TAG], summary: 'De imports van de eigen gemeente, nieuwste eerst.', querystring: importListQuery, response: { 200: importListOut } },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'imports.read');
      const { rows, total } = await listImportJobs(ctx.db, user.tenantId, request.query.limit);
      return { items: rows.map((row) => presentImportJob(row, runner.live.get(row.job.id), { maxFiles: 100 })), total };
    },
  );

  app.get(
    '/api/v1/imports/:id',
    {
      config: { policy: 'imports.read' },
      schema: { tags: [TAG], summary: 'Voortgang en resultaat per bestand van één import.', params: importIdParams, response: { 200: importJobOut } },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'imports.read');
      const live = runner.live.get(request.params.id);
      // A running job answers from memory: the embedded database is busy inside its transaction.
      if (live) {
        if (live.tenantId !== user.tenantId) throw notFound();
        // While it runs: the files so far, at most 100 (rejected first); all of them once done.
        return presentImportJob(live.snapshot, live, { maxFiles: 100 });
      }
      return presentImportJob(await loadImportJob(ctx.db, user.tenantId, request.params.id));
    },
  );

  return runner;
}

function tooLarge() {
  return new AppError('payloadTooLarge', 'Het bestand is groter dan 1 GiB. Splits het op, bijvoorbeeld in een ZIP per maand.');
}
