import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Config } from '../config/config.js';
import { amsterdamDate } from '../shared/dates.js';
import { tenants } from '../tenants/tenants.schema.js';
import { bundleOutcomes, summariseRun, zipOutcome, type FileOutcome, type JobOutcome } from './domain/folder-run.js';
import { bundleFiles, FAILED_DIR, lockFolder, moveOut, PROCESSED_DIR, readyFiles, type FolderFile } from './import-folder-files.js';
import { finishFolderRun, folderTenants, startFolderRun } from './import-folder.service.js';
import { describeLocalFile, insertLocalJob } from './import-local.js';
import { ImportRunner, type RunnerDeps } from './import-runner.js';
import { spoolPath } from './import-spool.js';
import { loadImportJob } from './imports.service.js';

/**
 * The watched import folder (DOORBRAAK_IMPORT_DIR): one subfolder per tenant id. A pass takes the
 * files that have settled, imports them through the same jobs as an upload (origin `folder`), and
 * then moves each into `verwerkt/<date>/` or `mislukt/<date>/`, so nothing is imported twice and
 * nothing is lost. Every pass is a row in import_folder_runs; a failed one is a grip signal.
 */
export interface FolderDeps extends RunnerDeps {
  importDir: string;
}

/** The folder's dependencies from the app's context or the CLI's; undefined when no folder is set. */
export function folderDeps(source: Pick<RunnerDeps, 'db' | 'bulk' | 'secret' | 'log'> & { config: Pick<Config, 'importDir' | 'dataDir'> }): FolderDeps | undefined {
  const { importDir, dataDir } = source.config;
  if (!importDir) return undefined;
  return { db: source.db, bulk: source.bulk, secret: source.secret, log: source.log, dataDir, importDir };
}

export interface FolderRun {
  id: string;
  tenantId: string;
  status: 'done' | 'failed';
  startedAt: Date;
  files: number;
  importedFiles: number;
  rejectedFiles: number;
  jobIds: string[];
  message: string;
}

/** Loose files go into one job in bundles this big (a stored ZIP has 32-bit sizes); bigger files get a job of their own. */
const BUNDLE_MAX_FILES = 10_000;
const BUNDLE_MAX_BYTES = 1024 ** 3;
const OWN_JOB_BYTES = 256 * 1024 ** 2;

const TENANT_ID = /^[a-z0-9][a-z0-9_-]{0,62}$/i;

interface PlannedJob {
  id: string;
  /** A bundle of loose files (entry i = file i), or one file as it is (a ZIP, a big CSV). */
  bundle: boolean;
  files: FolderFile[];
}

/**
 * One pass over a tenant's folder. Resolves to null when another pass holds the folder (this one
 * then does nothing); otherwise to the recorded run. Whatever is in (or wrong with) the folder
 * ends as a run; only a database that cannot record the run makes it throw.
 */
export async function runImportFolder(deps: FolderDeps, tenantId: string, now: Date = new Date()): Promise<FolderRun | null> {
  if (!TENANT_ID.test(tenantId)) throw new Error(`Ongeldige gemeente-id: ${tenantId}`);
  const folder = path.join(deps.importDir, tenantId);
  const id = randomUUID();
  const date = amsterdamDate(now);
  const end = async (summary: Omit<FolderRun, 'id' | 'tenantId' | 'startedAt'>): Promise<FolderRun> => {
    await finishFolderRun(deps.db, tenantId, id, now, { ...summary, finishedAt: new Date(Math.max(Date.now(), now.getTime())) });
    return { id, tenantId, startedAt: now, ...summary };
  };
  const broken = (message: string) => end({ status: 'failed', files: 0, importedFiles: 0, rejectedFiles: 0, jobIds: [], message });

  let release: (() => void) | null;
  try {
    fs.accessSync(folder, fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK);
    release = lockFolder(folder, now);
  } catch (error) {
    deps.log?.('importmap niet leesbaar', { tenantId, error: (error as NodeJS.ErrnoException).code ?? (error as Error).name });
    return broken(`De map ${tenantId} in de importmap ontbreekt of is niet leesbaar en beschrijfbaar voor de server; controleer de map en de rechten. Er is niets geïmporteerd.`);
  }
  if (!release) return null;

  const planned: PlannedJob[] = [];
  try {
    await startFolderRun(deps.db, tenantId, id, now);
    const files = readyFiles(folder, now);
    planned.push(...planJobs(files));
    for (const job of planned) await spoolJob(deps, tenantId, job, date);
    const runner = new ImportRunner(deps);
    for (const job of planned) runner.enqueue(tenantId, job.id);
    await runner.idle();

    const outcomes: { file: FolderFile; outcome: FileOutcome }[] = [];
    for (const job of planned) {
      const result = await jobOutcome(deps, tenantId, job.id);
      const perFile = job.bundle ? bundleOutcomes(job.files.map((file) => file.name), result) : [zipOutcome(result)];
      job.files.forEach((file, i) => outcomes.push({ file, outcome: perFile[i]! }));
    }
    const unmoved: string[] = [];
    for (const { file, outcome } of outcomes) {
      if (outcome === 'left') continue;
      try {
        moveOut(folder, file, outcome === 'imported' ? PROCESSED_DIR : FAILED_DIR, date);
      } catch (error) {
        deps.log?.('bestand uit importmap niet verplaatst', { tenantId, error: (error as NodeJS.ErrnoException).code ?? (error as Error).name });
        unmoved.push(file.name);
      }
    }
    const summary = summariseRun(outcomes.map(({ file, outcome }) => ({ name: file.name, outcome })), date);
    const notMoved = unmoved.length === 0 ? '' : ` ${unmoved.length === 1 ? '1 bestand kon' : `${unmoved.length} bestanden konden`} niet naar ${PROCESSED_DIR}/ of ${FAILED_DIR}/ worden verplaatst (${unmoved.slice(0, 10).join(', ')}); controleer de rechten op de map.`;
    return await end({
      status: unmoved.length > 0 ? 'failed' : summary.status,
      files: outcomes.length,
      importedFiles: summary.imported,
      rejectedFiles: summary.rejected,
      jobIds: planned.map((job) => job.id),
      message: summary.message + notMoved,
    });
  } catch (error) {
    deps.log?.('importmap niet verwerkt', { tenantId, runId: id, error: (error as Error).name });
    for (const job of planned) fs.rmSync(spoolPath(deps.dataDir, tenantId, job.id), { force: true });
    return await end({
      status: 'failed',
      files: planned.reduce((n, job) => n + job.files.length, 0),
      importedFiles: 0,
      rejectedFiles: 0,
      jobIds: planned.map((job) => job.id),
      message: 'De importmap kon door een onverwachte fout niet worden verwerkt; de bestanden blijven staan voor de volgende ronde.',
    });
  } finally {
    release();
  }
}

/**
 * A scheduled pass: every tenant with a folder, and every tenant that used the folder before
 * (a folder that disappeared, say an unmounted share, is a failed run, not silence).
 */
export async function runImportFolders(deps: FolderDeps, now: Date = new Date()): Promise<FolderRun[]> {
  const known = new Set((await deps.db.select({ tenantId: tenants.tenantId }).from(tenants)).map((row) => row.tenantId));
  let present: string[] = [];
  try {
    present = fs
      .readdirSync(deps.importDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && known.has(entry.name))
      .map((entry) => entry.name);
  } catch (error) {
    deps.log?.('importmap niet leesbaar', { error: (error as NodeJS.ErrnoException).code ?? (error as Error).name });
  }
  const used = (await folderTenants(deps.db)).filter((tenantId) => known.has(tenantId));
  const runs: FolderRun[] = [];
  for (const tenantId of [...new Set([...present, ...used])].sort()) {
    const run = await runImportFolder(deps, tenantId, now);
    if (run) runs.push(run);
  }
  return runs;
}

/** Loose files in bundles; ZIPs, and files too big to bundle, each a job of their own. */
function planJobs(files: readonly FolderFile[]): PlannedJob[] {
  const jobs: PlannedJob[] = [];
  let bundle: PlannedJob | undefined;
  let bundleBytes = 0;
  for (const file of files) {
    const described = describeLocalFile(file.name);
    const own = 'contentType' in described && (described.contentType === 'zip' || file.bytes > OWN_JOB_BYTES);
    if (own) {
      jobs.push({ id: randomUUID(), bundle: false, files: [file] });
      continue;
    }
    if (!bundle || bundle.files.length >= BUNDLE_MAX_FILES || bundleBytes + file.bytes > BUNDLE_MAX_BYTES) {
      bundle = { id: randomUUID(), bundle: true, files: [] };
      bundleBytes = 0;
      jobs.push(bundle);
    }
    bundle.files.push(file);
    bundleBytes += file.bytes;
  }
  return jobs;
}

/** Copies the job's file(s) into the spool and queues the job (origin `folder`). */
async function spoolJob(deps: FolderDeps, tenantId: string, job: PlannedJob, date: string): Promise<void> {
  const target = spoolPath(deps.dataDir, tenantId, job.id);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  if (job.bundle) {
    const totalBytes = await bundleFiles(job.files, target);
    const fileName = `importmap-${date}-${job.files.length === 1 ? '1-bestand' : `${job.files.length}-bestanden`}.zip`;
    await insertLocalJob(deps, tenantId, { id: job.id, fileName, contentType: 'zip', csvKind: null, totalBytes }, 'folder');
    return;
  }
  const file = job.files[0]!;
  const described = describeLocalFile(file.name);
  if (!('contentType' in described)) throw new Error('planJobs gives a job of its own only to a known kind');
  fs.copyFileSync(file.path, target);
  fs.chmodSync(target, 0o600);
  await insertLocalJob(deps, tenantId, { id: job.id, fileName: file.name, ...described, totalBytes: fs.statSync(target).size }, 'folder');
}

async function jobOutcome(deps: FolderDeps, tenantId: string, jobId: string): Promise<JobOutcome> {
  const { job } = await loadImportJob(deps.db, tenantId, jobId);
  return { done: job.status === 'done', files: job.files };
}

/** Whether the tenant exists (the CLI checks before it runs a pass). */
export async function tenantExists(deps: Pick<RunnerDeps, 'db'>, tenantId: string): Promise<boolean> {
  const [row] = await deps.db.select({ id: tenants.tenantId }).from(tenants).where(eq(tenants.tenantId, tenantId));
  return row !== undefined;
}
