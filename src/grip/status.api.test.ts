import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config/config.js';
import { folderDeps, runImportFolder } from '../imports/import-folder.js';
import { importJobs } from '../imports/imports.schema.js';
import { example } from '../imports/test/fixtures.js';
import { createTestApp, type Session } from '../test/app.js';
import { createUser } from '../users/users.service.js';
import type { GripStatus } from './grip.contract.js';

const importDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-importmap-'));
const t = await createTestApp({ config: { ...readConfig({}), demo: true, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-test-')), importDir } });
const deps = folderDeps(t.ctx)!;
const plain = await createTestApp();
afterAll(() => fs.rmSync(importDir, { recursive: true, force: true }));

const sessions: Record<string, Session> = {};
beforeAll(async () => {
  await createUser(t.database.db, { tenantId: 'demo2', email: 'analist@proefwijk.example', name: 'Analist Proefwijk', roles: ['analist'], password: 'proefwijk-geheim-1' });
  for (const role of ['budget', 'beleid', 'analist', 'maatwerker']) sessions[role] = await t.login(`${role}@demodam.example`);
  sessions.proefwijk = await t.login('analist@proefwijk.example', 'proefwijk-geheim-1');
});

const status = async (session: Session) => {
  const response = await t.as(session, 'GET', '/api/v1/grip/status');
  expect(response.statusCode).toBe(200);
  return response.json() as GripStatus;
};
const amsterdamClock = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

describe('GET /api/v1/grip/status', () => {
  it('answers the folder and its schedule before anything was imported, to every grip role', async () => {
    for (const role of ['budget', 'beleid', 'analist']) {
      const answer = await status(sessions[role]!);
      expect(answer).toEqual({ lastImportAt: null, folder: { configured: true, schedule: '0 6 * * *', nextRunAt: expect.any(String), lastRun: null } });
      const next = new Date(answer.folder.nextRunAt!).getTime();
      expect(next).toBeGreaterThan(Date.now());
      expect(next - Date.now()).toBeLessThanOrEqual(25 * 3600_000);
      expect(amsterdamClock(answer.folder.nextRunAt!)).toBe('06:00');
    }
  });

  it('refuses roles without grip.read, and anonymous callers', async () => {
    expect((await t.as(sessions.maatwerker!, 'GET', '/api/v1/grip/status')).statusCode).toBe(403);
    expect((await t.as(null, 'GET', '/api/v1/grip/status')).statusCode).toBe(401);
  });

  it('shows the last folder run and the finish of the last completed import, each tenant only its own', async () => {
    fs.mkdirSync(path.join(importDir, 'demo'), { recursive: true });
    const file = path.join(importDir, 'demo', 'WMO301.xml');
    fs.writeFileSync(file, example('WMO301'));
    const settled = new Date(Date.now() - 5 * 60_000);
    fs.utimesSync(file, settled, settled);
    const run = await runImportFolder(deps, 'demo', new Date());
    // demo2 has no folder: its failed run is its own.
    const other = await runImportFolder(deps, 'demo2', new Date(Date.now() + 1000));
    expect(other!.status).toBe('failed');

    const [job] = await t.database.db.select().from(importJobs).where(and(eq(importJobs.tenantId, 'demo'), eq(importJobs.id, run!.jobIds[0]!)));
    const answer = await status(sessions.budget!);
    expect(answer.lastImportAt).toBe(job!.finishedAt!.toISOString());
    expect(answer.folder.lastRun).toEqual({
      status: 'done',
      startedAt: run!.startedAt.toISOString(),
      finishedAt: expect.any(String),
      files: 1,
      importedFiles: 1,
      rejectedFiles: 0,
      message: '1 bestand geïmporteerd: WMO301.xml.',
    });

    const theirs = await status(sessions.proefwijk!);
    expect(theirs.lastImportAt).toBeNull();
    expect(theirs.folder.lastRun).toMatchObject({ status: 'failed', files: 0, message: expect.stringContaining('De map demo2') });
  });
});

describe('GET /api/v1/grip/status without a watched folder', () => {
  it('says the folder is not configured, with no schedule', async () => {
    const response = await plain.as(await plain.login('analist@demodam.example'), 'GET', '/api/v1/grip/status');
    expect(response.json()).toEqual({ lastImportAt: null, folder: { configured: false, schedule: null, nextRunAt: null, lastRun: null } });
  });
});
