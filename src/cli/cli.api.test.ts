import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { buildPlanDocument } from '../plans/test/factories.js';
import { main } from './main.js';

/**
 * The CLI as an administrator uses it, on throwaway embedded data dirs. The commands run in this
 * process, through the same `main()` that bin/doorbraak.mjs calls, with the environment set as the
 * shell would and everything they print captured; one test starts the real bin/doorbraak.mjs.
 */
const BIN = path.resolve('bin/doorbraak.mjs');
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-cli-'));

/** `doorbraak <args>` with DOORBRAAK_DATA_DIR=dataDir: its exit code and all it printed. */
async function run(args: string[], dataDir: string): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const print = (...values: unknown[]) => void out.push(`${format(...values)}\n`);
  const write = (chunk: string | Uint8Array) => (out.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), true);
  const spies = [
    vi.spyOn(console, 'log').mockImplementation(print),
    vi.spyOn(console, 'error').mockImplementation(print),
    vi.spyOn(process.stdout, 'write').mockImplementation(write as typeof process.stdout.write),
    vi.spyOn(process.stderr, 'write').mockImplementation(write as typeof process.stderr.write),
  ];
  vi.stubEnv('DOORBRAAK_DATA_DIR', dataDir);
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('DOORBRAAK_DEMO', '0');
  const previous = process.exitCode;
  process.exitCode = undefined;
  try {
    await main(['node', BIN, ...args]);
    return { code: Number(process.exitCode ?? 0), out: out.join('') };
  } catch (error) {
    // What node would do with an error main() lets through: print it with its stack, exit 1.
    return { code: 1, out: `${out.join('')}${(error as Error).stack ?? String(error)}` };
  } finally {
    process.exitCode = previous;
    for (const spy of spies) spy.mockRestore();
    vi.unstubAllEnvs();
  }
}

afterEach(() => vi.unstubAllEnvs());

// These tests open embedded data dirs only, so they run once, in the PGlite pass.
describe.skipIf(inject('template').kind !== 'pglite')('doorbraak CLI', () => {
  it('has --help on every command', async () => {
    for (const command of [[], ['serve'], ['migrate'], ['backup'], ['restore'], ['tenant', 'add'], ['user', 'add'], ['export'], ['import']]) {
      const { code, out } = await run([...command, '--help'], tempDir());
      expect(code, command.join(' ')).toBe(0);
      expect(out).toContain('Usage: doorbraak');
    }
  });

  it('adds a municipality and a user, backs up, and restores into an empty data dir', { timeout: 120_000 }, async () => {
    const source = tempDir();
    expect(await run(['migrate'], source)).toMatchObject({ code: 0 });
    expect((await run(['tenant', 'add', '--id', 'heusden', '--name', 'Gemeente Heusden'], source)).out).toContain('toegevoegd');
    const added = await run(['user', 'add', '--tenant', 'heusden', '--email', 'beheer@heusden.example', '--name', 'H. Beheer', '--roles', 'beheerder,maatwerker'], source);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/Startwachtwoord \(wordt niet opnieuw getoond\): \S+-\S+-\S+-\S+/);

    const refused = await run(['user', 'add', '--tenant', 'heusden', '--email', 'x@heusden.example', '--name', 'X', '--roles', 'koning'], source);
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.out).toContain('onbekende rol koning');

    // Plans: import reports each rejected plan with its reason and imports the rest; export gives them back.
    const good = buildPlanDocument({ caseNumber: 'H-1' });
    // Test fixture: 111222333 passes the 11-proef, so that plan is refused.
    const importFile = path.join(tempDir(), 'plannen.json');
    fs.writeFileSync(importFile, JSON.stringify({ format: 'doorbraak-plans', formatVersion: 1, exportedAt: '', tenant: { id: 'x', name: 'x' }, plans: [good, buildPlanDocument({ caseNumber: 'H-2', clientNumber: '111222333' })] }));
    const imported = await run(['import', importFile, '--tenant', 'heusden', '--as', 'beheer@heusden.example'], source);
    expect(imported.code).toBe(2);
    expect(imported.out).toContain('Afgewezen: plan 2 (casus H-2)');
    expect(imported.out).toContain('1 plannen geïmporteerd als concept, 1 afgewezen.');
    const exportFile = path.join(tempDir(), 'export.json');
    expect((await run(['export', exportFile, '--tenant', 'heusden'], source)).out).toContain('1 plannen geëxporteerd');
    const exported = JSON.parse(fs.readFileSync(exportFile, 'utf8'));
    expect(exported).toMatchObject({ format: 'doorbraak-plans', tenant: { id: 'heusden' } });
    expect(exported.plans).toEqual([expect.objectContaining({ ...good, caseNumber: 'H-1' })]);

    const file = path.join(tempDir(), 'backup.gz');
    expect((await run(['backup', file], source)).out).toContain('tenants 1, users 1');
    const target = tempDir();
    expect((await run(['restore', file], target)).out).toContain('teruggezet');
    // The restored database knows the user: the same email is refused there.
    const again = await run(['user', 'add', '--tenant', 'heusden', '--email', 'beheer@heusden.example', '--name', 'H', '--roles', 'beheerder'], target);
    expect(again).toMatchObject({ code: 1 });
    expect(again.out).toContain('al in gebruik');
    expect((await run(['restore', file], target)).out).toContain('niet leeg');
  });

  // The one test of the real entry point: bin/doorbraak.mjs loads the TypeScript through tsx, and a
  // refusal reaches the terminal as one Dutch sentence and exit code 1, without a stack trace.
  it('refuses, through bin/doorbraak.mjs, to open a data dir that a running process holds', () => {
    const dir = tempDir();
    // This test process is alive and is not the CLI process: it holds the lock.
    fs.writeFileSync(path.join(dir, 'doorbraak.lock'), String(process.pid));
    const result = spawnSync(process.execPath, [BIN, 'migrate'], {
      env: { ...process.env, DOORBRAAK_DATA_DIR: dir, DATABASE_URL: '', DOORBRAAK_DEMO: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const out = `${result.stdout}${result.stderr}`;
    expect(result.status, out).toBe(1);
    expect(out).toContain(`in gebruik door proces ${process.pid}`);
    expect(out).not.toMatch(/at .*\.ts:\d+/);
  });
});
