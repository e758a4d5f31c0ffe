import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildPlanDocument } from '../plans/test/factories.js';

/** The CLI as an administrator uses it, on throwaway embedded data dirs. */
const BIN = path.resolve('bin/doorbraak.mjs');
const run = (args: string[], dataDir: string, input?: string) => {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, DOORBRAAK_DATA_DIR: dataDir, DATABASE_URL: '', DOORBRAAK_DEMO: '0' },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
};
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-cli-'));

// These tests open embedded data dirs only, so they run once, in the PGlite pass.
describe.skipIf(inject('template').kind !== 'pglite')('doorbraak CLI', () => {
  it('has --help on every command', () => {
    for (const command of [[], ['serve'], ['migrate'], ['backup'], ['restore'], ['tenant', 'add'], ['user', 'add'], ['export'], ['import']]) {
      const { code, out } = run([...command, '--help'], tempDir());
      expect(code, command.join(' ')).toBe(0);
      expect(out).toContain('Usage: doorbraak');
    }
  });

  it('adds a municipality and a user, backs up, and restores into an empty data dir', { timeout: 120_000 }, () => {
    const source = tempDir();
    expect(run(['migrate'], source)).toMatchObject({ code: 0 });
    expect(run(['tenant', 'add', '--id', 'heusden', '--name', 'Gemeente Heusden'], source).out).toContain('toegevoegd');
    const added = run(['user', 'add', '--tenant', 'heusden', '--email', 'beheer@heusden.example', '--name', 'H. Beheer', '--roles', 'beheerder,maatwerker'], source);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/Startwachtwoord \(wordt niet opnieuw getoond\): \S+-\S+-\S+-\S+/);

    const refused = run(['user', 'add', '--tenant', 'heusden', '--email', 'x@heusden.example', '--name', 'X', '--roles', 'koning'], source);
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.out).toContain('onbekende rol koning');

    // Plans: import reports each rejected plan with its reason and imports the rest; export gives them back.
    const good = buildPlanDocument({ caseNumber: 'H-1' });
    // Test fixture: 111222333 passes the 11-proef, so that plan is refused.
    const importFile = path.join(tempDir(), 'plannen.json');
    fs.writeFileSync(importFile, JSON.stringify({ format: 'doorbraak-plans', formatVersion: 1, exportedAt: '', tenant: { id: 'x', name: 'x' }, plans: [good, buildPlanDocument({ caseNumber: 'H-2', clientNumber: '111222333' })] }));
    const imported = run(['import', importFile, '--tenant', 'heusden', '--as', 'beheer@heusden.example'], source);
    expect(imported.code).toBe(2);
    expect(imported.out).toContain('Afgewezen: plan 2 (casus H-2)');
    expect(imported.out).toContain('1 plannen geïmporteerd als concept, 1 afgewezen.');
    const exportFile = path.join(tempDir(), 'export.json');
    expect(run(['export', exportFile, '--tenant', 'heusden'], source).out).toContain('1 plannen geëxporteerd');
    const exported = JSON.parse(fs.readFileSync(exportFile, 'utf8'));
    expect(exported).toMatchObject({ format: 'doorbraak-plans', tenant: { id: 'heusden' } });
    expect(exported.plans).toEqual([expect.objectContaining({ ...good, caseNumber: 'H-1' })]);

    const file = path.join(tempDir(), 'backup.gz');
    expect(run(['backup', file], source).out).toContain('tenants 1, users 1');
    const target = tempDir();
    expect(run(['restore', file], target).out).toContain('teruggezet');
    // The restored database knows the user: the same email is refused there.
    const again = run(['user', 'add', '--tenant', 'heusden', '--email', 'beheer@heusden.example', '--name', 'H', '--roles', 'beheerder'], target);
    expect(again).toMatchObject({ code: 1 });
    expect(again.out).toContain('al in gebruik');
    expect(run(['restore', file], target).out).toContain('niet leeg');
  });

  it('refuses to open a data dir that a running process holds', async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      fs.writeFileSync(path.join(dir, 'doorbraak.lock'), String(holder.pid));
      const { code, out } = run(['migrate'], dir);
      expect(code).toBe(1);
      expect(out).toContain(`in gebruik door proces ${holder.pid}`);
      expect(out).not.toMatch(/at .*\.ts:\d+/);
    } finally {
      holder.kill();
    }
  });
});
