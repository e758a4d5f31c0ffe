import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.schema.js';
import { readConfig } from '../config/config.js';
import { loadImportFailedSignals } from '../grip/import-failed.signals.js';
import { budgetLines, services } from '../services/services.schema.js';
import { amsterdamDate } from '../shared/dates.js';
import { createTestApp } from '../test/app.js';
import { folderDeps, runImportFolder, runImportFolders, type FolderDeps } from './import-folder.js';
import { ImportSchedule } from './import-schedule.js';
import { importFolderRuns, importJobs } from './imports.schema.js';
import { example, zip } from './test/fixtures.js';

const importDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-importmap-'));
const t = await createTestApp({ config: { ...readConfig({}), demo: true, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-test-')), importDir } });
const deps: FolderDeps = folderDeps(t.ctx)!;
const db = t.database.db;
afterAll(() => fs.rmSync(importDir, { recursive: true, force: true }));

const tenantDir = (tenantId: string) => path.join(importDir, tenantId);
const today = () => amsterdamDate(new Date());

/** Puts a file in a tenant's folder as a finished delivery: written a few minutes ago. */
function drop(tenantId: string, name: string, content: string | Buffer, ageMs = 5 * 60_000): string {
  fs.mkdirSync(tenantDir(tenantId), { recursive: true });
  const file = path.join(tenantDir(tenantId), name);
  fs.writeFileSync(file, content);
  const at = new Date(Date.now() - ageMs);
  fs.utimesSync(file, at, at);
  return file;
}

/** The files at the top of a folder and in its verwerkt/ and mislukt/ of today. */
function listing(tenantId: string) {
  const at = (...parts: string[]) => {
    const dir = path.join(tenantDir(tenantId), ...parts);
    return fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort() : [];
  };
  return { top: at(), verwerkt: at('verwerkt', today()), mislukt: at('mislukt', today()) };
}

const serviceRow = (tenantId: string, serviceId: string) => db.select().from(services).where(and(eq(services.tenantId, tenantId), eq(services.serviceId, serviceId)));
const BUDGETS_HEADER = 'year,budgetLine,name,pillar,productCategory,amountCents';

beforeAll(() => fs.mkdirSync(tenantDir('demo'), { recursive: true }));

describe('runImportFolder: the watched import folder', () => {
  it('imports the example messages, a ZIP and a CSV through import jobs and moves every file to verwerkt/', async () => {
    for (const name of ['WMO301', 'WMO305', 'WMO307', 'WMO323'] as const) drop('demo', `${name}.xml`, example(name));
    drop('demo', 'jeugd.zip', zip({ 'JW301.xml': example('JW301'), 'JW305.xml': example('JW305') }));
    drop('demo', 'budgets-2026.csv', `${BUDGETS_HEADER}\n2026,WMO,Wmo,wmo,,1000000\n`);

    const run = await runImportFolder(deps, 'demo', new Date());
    expect(run).toMatchObject({ tenantId: 'demo', status: 'done', files: 6, importedFiles: 6, rejectedFiles: 0 });
    expect(run!.message).toBe('6 bestanden geïmporteerd: WMO301.xml, WMO305.xml, WMO307.xml, WMO323.xml, budgets-2026.csv, jeugd.zip.');
    // Loose files in one bundle job, the ZIP a job of its own: both from the folder.
    expect(run!.jobIds).toHaveLength(2);
    const jobs = await db.select().from(importJobs).where(eq(importJobs.tenantId, 'demo'));
    expect(jobs.map((job) => [job.origin, job.status]).sort()).toEqual([
      ['folder', 'done'],
      ['folder', 'done'],
    ]);
    expect(jobs.flatMap((job) => job.files.map((file) => file.name)).sort()).toEqual(['JW301.xml', 'JW305.xml', 'WMO301.xml', 'WMO305.xml', 'WMO307.xml', 'WMO323.xml', 'budgets-2026.csv'].sort());

    expect(listing('demo')).toEqual({ top: [], verwerkt: ['WMO301.xml', 'WMO305.xml', 'WMO307.xml', 'WMO323.xml', 'budgets-2026.csv', 'jeugd.zip'].sort(), mislukt: [] });
    expect(await serviceRow('demo', '101')).toHaveLength(1);
    expect(await serviceRow('demo', '300201')).toHaveLength(1);
    expect(await db.select().from(budgetLines).where(eq(budgetLines.tenantId, 'demo'))).toHaveLength(1);

    const [stored] = await db.select().from(importFolderRuns).where(and(eq(importFolderRuns.tenantId, 'demo'), eq(importFolderRuns.id, run!.id)));
    expect(stored).toMatchObject({ status: 'done', files: 6, importedFiles: 6, rejectedFiles: 0, jobIds: run!.jobIds, message: run!.message });
    expect(stored!.finishedAt).not.toBeNull();
    const [audit] = await db.select().from(auditEvents).where(and(eq(auditEvents.tenantId, 'demo'), eq(auditEvents.action, 'import.folder_run'), eq(auditEvents.entityId, run!.id)));
    expect(audit).toMatchObject({ actorId: null, detail: { status: 'done', files: 6, imported: 6, rejected: 0 } });
    expect(await loadImportFailedSignals(db, 'demo')).toEqual([]);
  });

  it('records an empty pass, and a file dropped again the same day never overwrites the one in verwerkt/', async () => {
    const empty = await runImportFolder(deps, 'demo', new Date());
    expect(empty).toMatchObject({ status: 'done', files: 0, jobIds: [], message: 'Geen nieuwe bestanden in de importmap.' });

    drop('demo', 'WMO301.xml', example('WMO301'));
    const again = await runImportFolder(deps, 'demo', new Date());
    expect(again).toMatchObject({ status: 'done', files: 1, importedFiles: 1 });
    expect(listing('demo').verwerkt).toContain('WMO301-2.xml');
    expect(listing('demo').verwerkt).toContain('WMO301.xml');
  });

  it('leaves files that are still being written, and files it does not import', async () => {
    drop('demo', 'WMO305.xml', example('WMO305'), 0);
    drop('demo', 'WMO307.xml.part', example('WMO307'));
    drop('demo', 'leesmij.txt', 'uitleg');
    const run = await runImportFolder(deps, 'demo', new Date());
    expect(run).toMatchObject({ status: 'done', files: 0 });
    expect(listing('demo').top).toEqual(['WMO305.xml', 'WMO307.xml.part', 'leesmij.txt']);
    // Once the copy has settled (untouched for a minute) it is taken.
    const settled = new Date(Date.now() - 2 * 60_000);
    fs.utimesSync(path.join(tenantDir('demo'), 'WMO305.xml'), settled, settled);
    const later = await runImportFolder(deps, 'demo', new Date());
    expect(later).toMatchObject({ status: 'done', files: 1, importedFiles: 1 });
    expect(listing('demo').top).toEqual(['WMO307.xml.part', 'leesmij.txt']);
    for (const name of ['WMO307.xml.part', 'leesmij.txt']) fs.rmSync(path.join(tenantDir('demo'), name));
  });

  it('fails the run on a rejected file, moves it to mislukt/, signals it, and a later good run clears the signal', async () => {
    drop('demo', 'andere-gemeente.xml', example('WMO301', '0384').replace(/<wmo301:ToewijzingNummer>101</, '<wmo301:ToewijzingNummer>777<'));
    drop('demo', 'budgets-overlap.csv', `${BUDGETS_HEADER}\n2027,A,Wmo,wmo,,100\n2027,B,Ook wmo,wmo,,200\n`);
    drop('demo', 'WMO323.xml', example('WMO323'));
    const failed = await runImportFolder(deps, 'demo', new Date());
    expect(failed).toMatchObject({ status: 'failed', files: 3, importedFiles: 1, rejectedFiles: 2 });
    expect(failed!.message).toContain(`2 bestanden van 3 afgewezen: andere-gemeente.xml, budgets-overlap.csv; ze staan in mislukt/${today()}`);
    expect(failed!.message).not.toMatch(/9999|Meindert/);
    expect(listing('demo').mislukt).toEqual(['andere-gemeente.xml', 'budgets-overlap.csv']);
    expect(listing('demo').verwerkt).toContain('WMO323-2.xml');
    expect(listing('demo').top).toEqual([]);
    // Nothing of a rejected file is stored: not the message, not the overlapping budget.
    expect(await serviceRow('demo', '777')).toEqual([]);
    expect(await db.select().from(budgetLines).where(and(eq(budgetLines.tenantId, 'demo'), eq(budgetLines.year, 2027)))).toEqual([]);
    const [bundle] = await db.select().from(importJobs).where(and(eq(importJobs.tenantId, 'demo'), eq(importJobs.id, failed!.jobIds[0]!)));
    expect(bundle!.files.find((file) => file.name === 'budgets-overlap.csv')!.errors).toEqual([{ line: 3, message: expect.stringContaining('overlapt met regel 2') }]);

    const signals = await loadImportFailedSignals(db, 'demo');
    expect(signals).toEqual([
      {
        id: createHash('sha256').update(`import-failed|${failed!.id}`).digest('hex').slice(0, 24),
        type: 'import-failed',
        provider: null,
        assignmentNumber: null,
        since: today(),
        detail: failed!.message,
        handled: null,
      },
    ]);

    drop('demo', 'WMO305.xml', example('WMO305'));
    const good = await runImportFolder(deps, 'demo', new Date());
    expect(good).toMatchObject({ status: 'done', importedFiles: 1 });
    expect(await loadImportFailedSignals(db, 'demo')).toEqual([]);
  });

  it('fails the run when the tenant folder is missing, and skips a folder another pass holds', async () => {
    const missing = await runImportFolder(deps, 'demo2', new Date());
    expect(missing).toMatchObject({ status: 'failed', files: 0 });
    expect(missing!.message).toContain('De map demo2 in de importmap ontbreekt of is niet leesbaar');
    expect(await loadImportFailedSignals(db, 'demo2')).toHaveLength(1);

    fs.mkdirSync(tenantDir('demo2'), { recursive: true });
    fs.writeFileSync(path.join(tenantDir('demo2'), '.doorbraak-bezig'), 'ander proces');
    drop('demo2', 'WMO301.xml', example('WMO301', '0998'));
    expect(await runImportFolder(deps, 'demo2', new Date())).toBeNull();
    expect(listing('demo2').top).toEqual(['WMO301.xml']);
    fs.rmSync(path.join(tenantDir('demo2'), '.doorbraak-bezig'));
  });

  it('keeps tenants apart: each folder imports into its own tenant, and a folder of an unknown tenant is left alone', async () => {
    drop('onbekend', 'WMO301.xml', example('WMO301'));
    drop('demo2', 'bad.csv', 'geen kolommen\n');
    drop('demo', 'JW307.xml', example('JW307'));
    const runs = await runImportFolders(deps, new Date());
    expect(runs.map((run) => [run.tenantId, run.status])).toEqual([
      ['demo', 'done'],
      ['demo2', 'failed'],
    ]);
    expect(listing('onbekend').top).toEqual(['WMO301.xml']);
    // demo2's WMO301 (code 0998) went into demo2, never into demo's records; demo's run says nothing of demo2's files.
    expect(await serviceRow('demo2', '101')).toHaveLength(1);
    expect(listing('demo2')).toMatchObject({ verwerkt: ['WMO301.xml'], mislukt: ['bad.csv'] });
    expect(runs[0]!.message).not.toContain('bad.csv');
    expect(await loadImportFailedSignals(db, 'demo')).toEqual([]);
    const [signal] = await loadImportFailedSignals(db, 'demo2');
    expect(signal!.detail).toContain('bad.csv');
    const demoJobs = await db.select().from(importJobs).where(eq(importJobs.tenantId, 'demo'));
    expect(demoJobs.flatMap((job) => job.files.map((file) => file.name))).not.toContain('bad.csv');
  });

  it('closes a run that a stopped process left running', async () => {
    await db.insert(importFolderRuns).values({ tenantId: 'demo', id: 'achtergebleven', status: 'running', startedAt: new Date(Date.now() - 3600_000) });
    await runImportFolder(deps, 'demo', new Date());
    const [left] = await db.select().from(importFolderRuns).where(and(eq(importFolderRuns.tenantId, 'demo'), eq(importFolderRuns.id, 'achtergebleven')));
    expect(left).toMatchObject({ status: 'failed', message: expect.stringContaining('onderbroken') });
  });

  it('runs a pass on demand from the schedule, one at a time, and stops', async () => {
    const schedule = new ImportSchedule(deps, '0 6 * * *');
    expect(schedule.nextRunAt()!.getTime()).toBeGreaterThan(Date.now());
    drop('demo', 'JW323.xml', example('JW323'));
    await Promise.all([schedule.runNow(), schedule.runNow()]);
    await schedule.stop();
    const runs = await db.select().from(importFolderRuns).where(eq(importFolderRuns.tenantId, 'demo'));
    expect(runs.filter((run) => run.message?.includes('JW323.xml'))).toHaveLength(1);
    expect(listing('demo').verwerkt).toContain('JW323.xml');
  });
});
