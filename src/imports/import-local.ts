import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/audit.js';
import type { CsvKind } from './domain/records.js';
import { ImportRunner, type LiveProgress, type RunnerDeps } from './import-runner.js';
import { spoolPath } from './import-spool.js';
import type { ImportJob } from './imports.contract.js';
import { insertImportJob, loadImportJob, presentImportJob } from './imports.service.js';
import { classifyEntry } from './zip/classify-entry.js';

/** What a file on disk is, by its name: a message, a ZIP, or a CSV of a kind (CONTRACT.md names). */
export function describeLocalFile(file: string): { contentType: 'xml' | 'zip' | 'csv'; csvKind: CsvKind | null } | { unsupported: string } {
  const lower = file.toLowerCase();
  if (lower.endsWith('.zip')) return { contentType: 'zip', csvKind: null };
  const kind = classifyEntry(path.basename(file));
  if ('unsupported' in kind) return kind;
  return kind.kind === 'xml' ? { contentType: 'xml', csvKind: null } : { contentType: 'csv', csvKind: kind.kind };
}

/** A file already copied into the spool (import-spool.ts), ready to become a job. */
export interface SpooledFile {
  id: string;
  fileName: string;
  contentType: 'xml' | 'zip' | 'csv';
  csvKind: CsvKind | null;
  totalBytes: number;
}

export type LocalOrigin = 'cli' | 'demo' | 'folder';

/** Queues a job for a spooled file without a user (the CLI, the demo, the watched folder), with its audit event. */
export async function insertLocalJob(deps: Pick<RunnerDeps, 'db'>, tenantId: string, file: SpooledFile, via: LocalOrigin): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await insertImportJob(tx, { tenantId, ...file, createdBy: null, origin: via });
    await recordAudit(tx, { tenantId, actor: null, action: 'import.create', entityType: 'import', entityId: file.id, detail: { contentType: file.contentType, bytes: file.totalBytes, via } });
  });
}

/**
 * Imports a file on this machine straight into the database (the CLI without a running server,
 * and the demo's first start): the same job, border and merge as the API, without HTTP.
 */
export async function importLocalFile(
  deps: RunnerDeps,
  tenantId: string,
  file: string,
  options: { via: LocalOrigin; onProgress?: (live: LiveProgress, totalBytes: number) => void; move?: boolean },
): Promise<ImportJob> {
  const described = describeLocalFile(file);
  if ('unsupported' in described) throw new Error(described.unsupported);
  const id = randomUUID();
  const target = spoolPath(deps.dataDir, tenantId, id);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  if (options.move) fs.renameSync(file, target);
  else fs.copyFileSync(file, target);
  fs.chmodSync(target, 0o600);
  const totalBytes = fs.statSync(target).size;
  await insertLocalJob(deps, tenantId, { id, fileName: path.basename(file), ...described, totalBytes }, options.via);
  const runner = new ImportRunner(deps);
  runner.enqueue(tenantId, id);
  const ticker = options.onProgress
    ? setInterval(() => {
        const live = runner.live.get(id);
        if (live) options.onProgress!(live, totalBytes);
      }, 250)
    : undefined;
  try {
    await runner.idle();
  } finally {
    if (ticker) clearInterval(ticker);
  }
  return presentImportJob(await loadImportJob(deps.db, tenantId, id));
}
