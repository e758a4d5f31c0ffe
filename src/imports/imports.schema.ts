import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { ImportFileResult } from './imports.contract.js';

/**
 * An import job. The upload is spooled to the data dir first and the job row says where, so a job
 * that was queued or running when the server stopped runs again at the next start (each file is
 * atomic and re-importing is idempotent, so starting a file over is safe).
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    status: text('status').$type<'queued' | 'running' | 'done'>().notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    csvKind: text('csv_kind'),
    /** Who brought it in: an upload, the CLI, the demo, or the watched import folder (DOORBRAAK_IMPORT_DIR). */
    origin: text('origin').$type<'upload' | 'cli' | 'demo' | 'folder'>().notNull().default('upload'),
    totalBytes: bigint('total_bytes', { mode: 'number' }).notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull().default(0),
    records: bigint('records', { mode: 'number' }).notNull().default(0),
    files: jsonb('files').$type<ImportFileResult[]>().notNull().default([]),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('import_jobs_status').on(t.status)],
);

/**
 * One scheduled pass over the watched import folder (DOORBRAAK_IMPORT_DIR) for a tenant: which files
 * it found and how they ended. A failed pass is a signal on the grip pages, never silently old figures.
 */
export const importFolderRuns = pgTable(
  'import_folder_runs',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    status: text('status').$type<'running' | 'done' | 'failed'>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    files: integer('files').notNull().default(0),
    importedFiles: integer('imported_files').notNull().default(0),
    rejectedFiles: integer('rejected_files').notNull().default(0),
    jobIds: jsonb('job_ids').$type<string[]>().notNull().default([]),
    /** Dutch, for the analist: what went wrong (no personal data: file names and counts only). */
    message: text('message'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('import_folder_runs_started').on(t.tenantId, t.startedAt)],
);
