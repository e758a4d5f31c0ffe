import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterAll, describe, expect, it } from 'vitest';
import { ZipWriter } from './zip-writer.js';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'demodam-zip-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

async function entries(file: string): Promise<{ count: number; names: string[]; read: (name: string) => Promise<string> }> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  const found = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => (found.set(entry.fileName, entry), zip.readEntry()));
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  const read = async (name: string) => {
    const stream = await zip.openReadStreamPromise(found.get(name)!);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  return { count: zip.entryCount, names: [...found.keys()], read };
}

describe('ZipWriter', () => {
  it('writes small and streamed entries, several open at once, that another reader unpacks', async () => {
    const file = path.join(temp, 'mixed.zip');
    const zip = new ZipWriter(file, { year: 2026, month: 12, day: 3 });
    const big = zip.entry('groot.csv');
    const line = 'serviceId,periodStart,periodEnd,amountCents\n';
    for (let i = 0; i < 60_000; i++) big.write(line);
    const small = zip.entry('één.xml');
    small.write('<a>ü</a>');
    small.close();
    zip.entry('leeg.txt').close();
    big.close();
    zip.close();
    const { count, names, read } = await entries(file);
    expect(count).toBe(3);
    expect(names).toEqual(['één.xml', 'leeg.txt', 'groot.csv']);
    expect(await read('één.xml')).toBe('<a>ü</a>');
    expect(await read('leeg.txt')).toBe('');
    expect(await read('groot.csv')).toBe(line.repeat(60_000));
  });

  it('writes ZIP64 end records past 65,535 entries (fflate’s Zip cannot)', { timeout: 60_000 }, async () => {
    const file = path.join(temp, 'many.zip');
    const zip = new ZipWriter(file, { year: 2026, month: 1, day: 1 }, 1);
    const n = 65_600;
    for (let i = 0; i < n; i++) {
      const entry = zip.entry(`m-${i}.xml`);
      entry.write(`<n>${i}</n>`);
      entry.close();
    }
    zip.close();
    const { count, names, read } = await entries(file);
    expect(count).toBe(n);
    expect(names).toHaveLength(n);
    expect(await read(`m-${n - 1}.xml`)).toBe(`<n>${n - 1}</n>`);
  });
});
