import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'demodam-cli-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** `doorbraak <args>` in this process: its exit code and everything it printed. */
async function run(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const print = (...values: unknown[]) => void out.push(`${format(...values)}\n`);
  const write = (chunk: string | Uint8Array) => (out.push(String(chunk)), true);
  const spies = [
    vi.spyOn(console, 'log').mockImplementation(print),
    vi.spyOn(console, 'error').mockImplementation(print),
    vi.spyOn(process.stdout, 'write').mockImplementation(write as typeof process.stdout.write),
    vi.spyOn(process.stderr, 'write').mockImplementation(write as typeof process.stderr.write),
  ];
  const previous = process.exitCode;
  process.exitCode = undefined;
  try {
    await main(['node', 'doorbraak', ...args]);
    return { code: Number(process.exitCode ?? 0), out: out.join('') };
  } finally {
    process.exitCode = previous;
    for (const spy of spies) spy.mockRestore();
  }
}

describe('doorbraak demo-data', () => {
  it('has --help', async () => {
    const { code, out } = await run(['demo-data', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: doorbraak demo-data');
    expect(out).toContain('--scale <n>');
    expect(out).toContain('--zip <bestand>');
  });

  it('writes the dataset and says what it wrote, with the demo plans’ client numbers on 3+ pillars', async () => {
    const dir = path.join(temp, 'out');
    const { code, out } = await run(['demo-data', '--scale', '0,01', '--seed', '3', '--out', dir, '--today', '2026-12-03']);
    expect(code).toBe(0);
    expect(out).toContain('Demodam (gemeente 0999, schaal 0,01, seed 3, tot en met 2026-12-03)');
    expect(out).toContain('C-104241 (');
    expect(out).toContain(`npx doorbraak import-data ${dir}`);
    expect(fs.readdirSync(dir)).toContain('households.csv');
    expect(fs.readFileSync(path.join(dir, 'households.csv'), 'utf8')).toContain(',C-104248,');
  });

  it('refuses bad options with a Dutch message and exit code 1', async () => {
    for (const [args, message] of [
      [['--scale', '0'], 'groter dan 0'],
      [['--seed', 'abc'], 'geheel getal'],
      [['--today', '2026-02-30'], 'bestaat niet'],
      [['--municipality', '99'], 'vier cijfers'],
      [['--out', path.join(temp, 'x'), '--zip', path.join(temp, 'x.zip')], 'niet allebei'],
    ] as const) {
      const { code, out } = await run(['demo-data', ...args]);
      expect(code, args.join(' ')).toBe(1);
      expect(out).toContain(message);
    }
    expect(fs.existsSync(path.join(temp, 'x'))).toBe(false);
  });
});
