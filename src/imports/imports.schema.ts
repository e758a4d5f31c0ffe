import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
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
