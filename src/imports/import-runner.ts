import fs from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import type { BulkTransaction } from '../db/bulk.js';
import type { Db } from '../db/client.js';
import { tenants } from '../tenants/tenants.schema.js';
import { users } from '../users/users.schema.js';
import { pseudonymiser } from './domain/pseudonymise.js';
import type { CsvKind } from './domain/records.js';
import { ImportBatch, UNREADABLE } from './import-batch.js';
import { sourceFiles, type SourceFile } from './import-sources.js';
import { rebuildDerived } from '../grip/derived.queries.js';
import type { ImportFileResult } from './imports.contract.js';
import { importJobs } from './imports.schema.js';
import { spoolPath } from './import-spool.js';
import { loadImportJob } from './imports.service.js';

/** A batch (one transaction) ends after this many staged rows or files, whichever comes first. */
const BATCH_ROWS = 200_000;
const BATCH_FILES = 2_000;

export interface RunnerDeps {
  db: Db;
  bulk: BulkTransaction;
  secret: string;
  dataDir: string;
  /** Errors without personal data: the job id and the error's class, never a record. */
  log?: (message: string, detail: Record<string, unknown>) => void;
}

export interface LiveProgress {
  tenantId: string;
  /** The job as it started, so its progress can be answered without the (busy) database. */
  snapshot: Awaited<ReturnType<typeof loadImportJob>>;
  records: number;
  bytes: number;
  files: ImportFileResult[];
}

/**
 * Runs import jobs one at a time, in the order they came. Progress of the running job is kept in
 * memory (the embedded database is busy inside a file's transaction) and written to the job row
 * after every file. At start, jobs that were queued or running when the process stopped run again.
 */
export class ImportRunner {
  private queue: { tenantId: string; id: string }[] = [];
  private running: Promise<void> | undefined;
  private stopped = false;
  readonly live = new Map<string, LiveProgress>();

  constructor(private readonly deps: RunnerDeps) {}

  /** Picks up jobs left from before a restart (every tenant: this is the process' own queue). */
  async resume(): Promise<void> {
    const left = await this.deps.db
      .select({ tenantId: importJobs.tenantId, id: importJobs.id })
      .from(importJobs)
      .where(inArray(importJobs.status, ['queued', 'running']))
      .orderBy(importJobs.createdAt);
    for (const job of left) this.enqueue(job.tenantId, job.id);
  }

  enqueue(tenantId: string, id: string): void {
    this.queue.push({ tenantId, id });
    if (!this.running) this.running = this.drain().finally(() => (this.running = undefined));
  }

  /** Resolves when the queue is empty (tests and the CLI wait on it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.queue = [];
    await this.idle();
  }

  private async drain(): Promise<void> {
    while (!this.stopped && this.queue.length > 0) {
      const next = this.queue.shift()!;
      try {
        await this.run(next.tenantId, next.id);
      } catch (error) {
        this.deps.log?.('import mislukt', { jobId: next.id, error: (error as Error).name });
      } finally {
        this.live.delete(next.id);
      }
    }
  }

  private async run(tenantId: string, id: string): Promise<void> {
    const { db } = this.deps;
    const where = and(eq(importJobs.tenantId, tenantId), eq(importJobs.id, id));
    const snapshot = await loadImportJob(db, tenantId, id).catch(() => undefined);
    const job = snapshot?.job;
    if (!snapshot || !job || job.status === 'done') return;
    const [tenant] = await db.select({ code: tenants.municipalityCode }).from(tenants).where(eq(tenants.tenantId, tenantId));
    await db.update(importJobs).set({ status: 'running', startedAt: new Date(), bytes: 0, records: 0, files: [] }).where(where);
    const live: LiveProgress = { tenantId, snapshot: { ...snapshot, job: { ...job, status: 'running' } }, records: 0, bytes: 0, files: [] };
    this.live.set(id, live);
    const path = spoolPath(this.deps.dataDir, tenantId, id);
    const border = pseudonymiser(this.deps.secret, tenantId);
    const upload = { path, fileName: job.fileName, contentType: job.contentType as 'xml' | 'zip' | 'csv', csvKind: job.csvKind as CsvKind | null, municipalityCode: tenant?.code ?? null };
    try {
      const files = sourceFiles(upload, (n) => (live.bytes += n));
      let exhausted = false;
      let lastWrite = 0;
      while (!exhausted) {
        let batchResults: ImportFileResult[] = [];
        let batch: ImportBatch | undefined;
        const batchStart = live.files.length;
        try {
          batchResults = await this.deps.bulk(async (session) => {
            batch = new ImportBatch(session, tenantId, border);
            while (batch.rows < BATCH_ROWS && batch.files < BATCH_FILES) {
              let next: IteratorResult<SourceFile>;
              try {
                next = await files.next();
              } catch (error) {
                // The upload as a whole cannot be read further (not a ZIP, a bomb): say so once.
                live.files.push(failed(job.fileName, error));
                exhausted = true;
                break;
              }
              if (next.done) {
                exhausted = true;
                break;
              }
              await batch.add(next.value, () => (live.records += 1));
            }
            return batch.merge();
          });
        } catch (error) {
          // The database refused the batch: nothing of it is stored, and every file of it says so.
          this.deps.log?.('importbatch niet opgeslagen', { jobId: id, error: (error as Error).name });
          batchResults = (batch?.results ?? []).map((file) => ({ ...failed(file.name, error), kind: file.kind, records: file.records }));
        }
        live.files.splice(batchStart, 0, ...batchResults);
        // Progress only: the per-file results (200,000 for a year of messages) are written once, at the end.
        if (Date.now() - lastWrite > 1000 && !exhausted) {
          lastWrite = Date.now();
          await db.update(importJobs).set({ bytes: Math.round(live.bytes), records: live.records }).where(where);
        }
      }
    } finally {
      fs.rmSync(path, { force: true });
    }
    const totals = live.files.reduce((sum, f) => ({ inserted: sum.inserted + f.inserted, updated: sum.updated + f.updated }), { inserted: 0, updated: 0 });
    // The records changed: what grip derives from them (signals, actuals), before the job says done.
    if (totals.inserted + totals.updated > 0) {
      await rebuildDerived(db, tenantId).catch((error: unknown) => this.deps.log?.('afgeleide gripgegevens niet bijgewerkt', { jobId: id, error: (error as Error).name }));
    }
    await db.transaction(async (tx) => {
      await tx.update(importJobs).set({ status: 'done', finishedAt: new Date(), bytes: job.totalBytes, records: live.records, files: live.files }).where(where);
      const [actor] = job.createdBy ? await tx.select({ id: users.id, email: users.email }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, job.createdBy))) : [];
      await recordAudit(tx, {
        tenantId,
        actor: actor ?? null,
        action: 'import.complete',
        entityType: 'import',
        entityId: id,
        detail: { files: live.files.length, rejected: live.files.filter((f) => f.status === 'rejected').length, records: live.records, ...totals },
      });
    });
  }
}

/** A file that could not be read at all (a ZIP bomb, a broken stream): rejected, nothing stored. */
function failed(name: string, error: unknown): ImportFileResult {
  // The ZIP reader's errors carry a Dutch message; anything else is not shown (it may quote input).
  const message = error instanceof Error && 'dutch' in error && typeof error.dutch === 'string' ? error.dutch : UNREADABLE;
  return { name, kind: 'unknown', status: 'rejected', records: 0, inserted: 0, updated: 0, unchanged: 0, errors: [{ message }] };
}


