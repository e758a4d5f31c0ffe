import { and, desc, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/client.js';
import { importFolderRuns } from './imports.schema.js';

export type FolderRunRow = typeof importFolderRuns.$inferSelect;

export interface FolderRunEnd {
  status: 'done' | 'failed';
  files: number;
  importedFiles: number;
  rejectedFiles: number;
  jobIds: string[];
  message: string;
  finishedAt: Date;
}

const INTERRUPTED = 'Deze ronde is onderbroken (de server stopte voordat ze klaar was). Wat nog in de importmap staat, wordt in de volgende ronde verwerkt.';

/**
 * Starts a run. The caller holds the folder's lock, so a run of this tenant still `running` was
 * left by a process that stopped halfway: it is closed as failed, never left running forever.
 */
export async function startFolderRun(db: Db, tenantId: string, id: string, startedAt: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(importFolderRuns)
      .set({ status: 'failed', finishedAt: startedAt, message: INTERRUPTED })
      .where(and(eq(importFolderRuns.tenantId, tenantId), eq(importFolderRuns.status, 'running'), ne(importFolderRuns.id, id)));
    await tx.insert(importFolderRuns).values({ tenantId, id, status: 'running', startedAt });
  });
}

/** Ends a run (inserting it when it never got started, e.g. an unreadable folder) with its audit event. */
export async function finishFolderRun(db: Db, tenantId: string, id: string, startedAt: Date, end: FolderRunEnd): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(importFolderRuns)
      .values({ tenantId, id, startedAt, ...end })
      .onConflictDoUpdate({ target: [importFolderRuns.tenantId, importFolderRuns.id], set: end });
    await recordAudit(tx, {
      tenantId,
      actor: null,
      action: 'import.folder_run',
      entityType: 'import_folder_run',
      entityId: id,
      detail: { status: end.status, files: end.files, imported: end.importedFiles, rejected: end.rejectedFiles, jobs: end.jobIds },
    });
  });
}

/** The tenant's latest run, or undefined when the folder never ran for it. */
export async function latestFolderRun(db: Db, tenantId: string): Promise<FolderRunRow | undefined> {
  const [row] = await db
    .select()
    .from(importFolderRuns)
    .where(eq(importFolderRuns.tenantId, tenantId))
    .orderBy(desc(importFolderRuns.startedAt), desc(importFolderRuns.id))
    .limit(1);
  return row;
}

/** Tenants that use the folder: a run was recorded for them before. */
export async function folderTenants(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ tenantId: importFolderRuns.tenantId }).from(importFolderRuns);
  return rows.map((row) => row.tenantId);
}

/**
 * When the last pass over the folder began (any tenant): the server compares it with the schedule
 * at start. An installation-wide read on purpose: the schedule is one for the whole installation.
 */
export async function lastFolderPassAt(db: Db): Promise<Date | null> {
  const [row] = await db.select({ startedAt: importFolderRuns.startedAt }).from(importFolderRuns).orderBy(desc(importFolderRuns.startedAt)).limit(1);
  return row?.startedAt ?? null;
}
