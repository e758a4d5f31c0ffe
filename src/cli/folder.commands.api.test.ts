import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { example } from '../imports/test/fixtures.js';
import { amsterdamDate } from '../shared/dates.js';
import { main } from './main.js';

/** `doorbraak refresh-imports` as an administrator runs it, on a throwaway embedded data dir (as cli.api.test.ts). */
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-cli-'));

async function run(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const print = (...values: unknown[]) => void out.push(`${format(...values)}\n`);
  const write = (chunk: string | Uint8Array) => (out.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), true);
  const spies = [
    vi.spyOn(console, 'log').mockImplementation(print),
    vi.spyOn(console, 'error').mockImplementation(print),
    vi.spyOn(process.stdout, 'write').mockImplementation(write as typeof process.stdout.write),
    vi.spyOn(process.stderr, 'write').mockImplementation(write as typeof process.stderr.write),
  ];
  for (const [key, value] of Object.entries({ DATABASE_URL: '', DOORBRAAK_DEMO: '0', DOORBRAAK_IMPORT_DIR: '', ...env })) vi.stubEnv(key, value);
  const previous = process.exitCode;
  process.exitCode = undefined;
  try {
    await main(['node', 'doorbraak', ...args]);
    return { code: Number(process.exitCode ?? 0), out: out.join('') };
  } catch (error) {
    return { code: 1, out: `${out.join('')}${(error as Error).stack ?? String(error)}` };
  } finally {
    process.exitCode = previous;
    for (const spy of spies) spy.mockRestore();
    vi.unstubAllEnvs();
  }
}

afterEach(() => vi.unstubAllEnvs());

describe.skipIf(inject('template').kind !== 'pglite')('doorbraak refresh-imports', () => {
  it('processes the import folder now, without a server', { timeout: 120_000 }, async () => {
    const data = tempDir();
    const importDir = tempDir();
    expect((await run(['refresh-imports', '--help'], { DOORBRAAK_DATA_DIR: data })).out).toContain('Usage: doorbraak refresh-imports');
    expect(await run(['tenant', 'add', '--id', 'heusden', '--name', 'Gemeente Heusden', '--municipality-code', '0999'], { DOORBRAAK_DATA_DIR: data })).toMatchObject({ code: 0 });

    const unset = await run(['refresh-imports'], { DOORBRAAK_DATA_DIR: data });
    expect(unset).toMatchObject({ code: 1, out: expect.stringContaining('Er is geen importmap ingesteld') });
    const env = { DOORBRAAK_DATA_DIR: data, DOORBRAAK_IMPORT_DIR: importDir };
    expect(await run(['refresh-imports', '--tenant', 'nergens'], env)).toMatchObject({ code: 1, out: expect.stringContaining('Gemeente nergens bestaat niet.') });

    fs.mkdirSync(path.join(importDir, 'heusden'));
    const file = path.join(importDir, 'heusden', 'WMO301.xml');
    fs.writeFileSync(file, example('WMO301'));
    const settled = new Date(Date.now() - 5 * 60_000);
    fs.utimesSync(file, settled, settled);
    const done = await run(['refresh-imports', '--tenant', 'heusden'], env);
    expect(done).toEqual({ code: 0, out: 'heusden: gelukt. 1 bestand geïmporteerd: WMO301.xml.\n' });
    expect(fs.readdirSync(path.join(importDir, 'heusden', 'verwerkt', amsterdamDate(new Date())))).toEqual(['WMO301.xml']);

    // A file it rejects: every tenant's pass, exit code 2, the file in mislukt/.
    fs.writeFileSync(path.join(importDir, 'heusden', 'budgets.csv'), 'niet,de,goede,kolommen\n');
    fs.utimesSync(path.join(importDir, 'heusden', 'budgets.csv'), settled, settled);
    const failed = await run(['refresh-imports'], env);
    expect(failed.code).toBe(2);
    expect(failed.out).toContain('heusden: MISLUKT. 1 bestand van 1 afgewezen: budgets.csv');
    expect(fs.readdirSync(path.join(importDir, 'heusden', 'mislukt', amsterdamDate(new Date())))).toEqual(['budgets.csv']);
    for (const dir of [data, importDir]) fs.rmSync(dir, { recursive: true, force: true });
  });
});
