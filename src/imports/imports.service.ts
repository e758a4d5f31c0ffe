import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notFound } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import type { LiveProgress } from './import-runner.js';
import type { ImportJob } from './imports.contract.js';
import { importJobs } from './imports.schema.js';

type JobRow = typeof importJobs.$inferSelect;

export async function insertImportJob(
  tx: Db,
  job: { tenantId: string; id: string; fileName: string; contentType: string; csvKind: string | null; totalBytes: number; createdBy: string | null; origin?: JobRow['origin'] },
): Promise<JobRow> {
  const [row] = await tx.insert(importJobs).values({ ...job, status: 'queued' }).returning();
  return row!;
}

const jobColumns = { job: importJobs, createdByName: users.name };

export async function loadImportJob(db: Db, tenantId: string, id: string): Promise<{ job: JobRow; createdByName: string | null }> {
  const [row] = await db
    .select(jobColumns)
    .from(importJobs)
    .leftJoin(users, and(eq(users.tenantId, importJobs.tenantId), eq(users.id, importJobs.createdBy)))
    .where(and(eq(importJobs.tenantId, tenantId), eq(importJobs.id, id)));
  if (!row) throw notFound();
  return row;
}

export async function listImportJobs(db: Db, tenantId: string, limit: number) {
  const rows = await db
    .select(jobColumns)
    .from(importJobs)
    .leftJoin(users, and(eq(users.tenantId, importJobs.tenantId), eq(users.id, importJobs.createdBy)))
    .where(eq(importJobs.tenantId, tenantId))
    .orderBy(desc(importJobs.createdAt), desc(importJobs.id))
    .limit(limit);
  const [total] = await db.select({ n: count() }).from(importJobs).where(eq(importJobs.tenantId, tenantId));
  return { rows, total: total?.n ?? 0 };
}

/** The job as the contract answers it; a running job's progress comes from the runner's memory. */
export function presentImportJob(row: { job: JobRow; createdByName: string | null }, live?: LiveProgress, options: { maxFiles?: number } = {}): ImportJob {
  const { job } = row;
  const progressing = live && job.status !== 'done';
  const files = progressing ? live.files : job.files;
  const sum = (key: 'inserted' | 'updated' | 'unchanged') => files.reduce((total, file) => total + file[key], 0);
  const rejected = files.filter((file) => file.status === 'rejected');
  const shown = options.maxFiles === undefined || files.length <= options.maxFiles ? files : [...rejected, ...files.filter((file) => file.status !== 'rejected')].slice(0, options.maxFiles);
  return {
    id: job.id,
    status: progressing ? 'running' : job.status,
    fileName: job.fileName,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    createdBy: row.createdByName,
    progress: {
      records: progressing ? live.records : job.records,
      bytes: Math.min(job.totalBytes, Math.round(progressing ? live.bytes : job.bytes)),
      totalBytes: job.totalBytes,
    },
    totals: { files: files.length, rejected: rejected.length, inserted: sum('inserted'), updated: sum('updated'), unchanged: sum('unchanged') },
    files: shown,
  };
}
