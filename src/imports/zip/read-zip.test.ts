import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/parse-csv.js';
import { classifyEntry, DEFAULT_ZIP_LIMITS, RATIO_APPLIES_FROM_BYTES, readZip, ZipFormatError, ZipLimitError, type ZipEntry, type ZipLimits } from './read-zip.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-zip-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let files = 0;
function write(bytes: Uint8Array): string {
  const file = path.join(dir, `${++files}.zip`);
  fs.writeFileSync(file, bytes);
  return file;
}

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Every entry with its unpacked text, read one after the other as the importer does. */
async function readAll(file: string, limits?: ZipLimits): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  for await (const entry of readZip(file, limits)) out.push({ name: entry.name, text: await text(await entry.open()) });
  return out;
}

/** The error readAll ends with. */
async function failure(file: string, limits?: ZipLimits): Promise<Error> {
  try {
    await readAll(file, limits);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the ZIP to be refused');
}

/** Sets the uncompressed size the central directory and the local header declare for the only entry. */
function declareSize(zip: Uint8Array, uncompressedSize: number): Uint8Array {
  const bytes = Buffer.from(zip);
  const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  bytes.writeUInt32LE(uncompressedSize, central + 24);
  bytes.writeUInt32LE(uncompressedSize, 22);
  return bytes;
}

describe('readZip', () => {
  it('lists the files with their sizes and unpacks them, skipping folders, __MACOSX and dot files', async () => {
    const csv = 'serviceId;periodStart;periodEnd;amountCents\nP-1;2026-01-01;2026-01-31;100\n';
    const zip = zipSync({
      'realisations-2026.csv': strToU8(csv),
      berichten: { 'wmo301.xml': strToU8('<Bericht/>'), 'leeg/': new Uint8Array() },
      '__MACOSX/._realisations-2026.csv': strToU8('resource fork'),
      '.DS_Store': strToU8('finder'),
      'berichten/._wmo301.xml': strToU8('resource fork'),
      './opgeslagen.csv': [strToU8('a;b\n'), { level: 0 }],
    } as Zippable);
    const file = write(zip);
    const entries: ZipEntry[] = [];
    for await (const entry of readZip(file)) entries.push(entry);
    expect(entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['realisations-2026.csv', Buffer.byteLength(csv)],
      ['berichten/wmo301.xml', 10],
      ['./opgeslagen.csv', 4],
    ]);
    expect(await readAll(file)).toEqual([
      { name: 'realisations-2026.csv', text: csv },
      { name: 'berichten/wmo301.xml', text: '<Bericht/>' },
      { name: './opgeslagen.csv', text: 'a;b\n' },
    ]);
  });

  it('refuses a ZIP with a name outside it (.. or an absolute path), naming it', async () => {
    for (const name of ['../services.csv', 'map/../../services.csv', '/etc/services.csv', 'C:/services.csv', '..\\services.csv']) {
      const error = await failure(write(zipSync({ 'goed.xml': strToU8('<a/>'), [name]: strToU8('x') })));
      expect(error, name).toBeInstanceOf(ZipLimitError);
      expect(error.message).toContain(`'${name.replace(/\\/g, '/')}'`);
    }
  });

  it('refuses a ZIP with more entries than the limit, before reading any', async () => {
    const file = write(zipSync({ 'a.xml': strToU8('<a/>'), 'b.xml': strToU8('<b/>'), 'c.xml': strToU8('<c/>') }));
    const error = await failure(file, { ...DEFAULT_ZIP_LIMITS, maxEntries: 2 });
    expect(error).toBeInstanceOf(ZipLimitError);
    expect(error.message).toBe('Het ZIP-bestand bevat 3 bestanden; er mogen er hoogstens 2 in.');
    expect(await readAll(file, { ...DEFAULT_ZIP_LIMITS, maxEntries: 3 })).toHaveLength(3);
  });

  it('refuses a ZIP whose declared unpacked total is above the limit, before yielding any entry', async () => {
    const file = write(zipSync({ 'a.xml': strToU8('x'.repeat(80)), 'b.xml': strToU8('y'.repeat(80)) }));
    const generator = readZip(file, { ...DEFAULT_ZIP_LIMITS, maxTotalUncompressedBytes: 100 });
    await expect(generator.next()).rejects.toBeInstanceOf(ZipLimitError);
    expect(await readAll(file, { ...DEFAULT_ZIP_LIMITS, maxTotalUncompressedBytes: 160 })).toHaveLength(2);
  });

  it('refuses a ZIP bomb by its compression ratio', async () => {
    const zeros = new Uint8Array(2 * RATIO_APPLIES_FROM_BYTES);
    const file = write(zipSync({ 'services.csv': zeros }));
    const error = await failure(file);
    expect(error).toBeInstanceOf(ZipLimitError);
    expect(error.message).toMatch(/'services\.csv' is \d+ keer zo groot uitgepakt \(de grens is 200\); dat wijst op een ZIP-bom\./);
    // Small entries are not judged by their ratio.
    expect(await readAll(write(zipSync({ 'tiny.csv': new Uint8Array(1000) })))).toHaveLength(1);
  });

  it('counts the inflated bytes: an entry whose header understates its size is cut off, and the ZIP is refused', async () => {
    // 4 MiB of zeros declared as 1,000 bytes: below every declared limit.
    const bomb = declareSize(zipSync({ 'services.csv': new Uint8Array(4 * 1024 * 1024) }), 1000);
    const file = write(bomb);
    const entries: ZipEntry[] = [];
    for await (const entry of readZip(file)) entries.push(entry);
    expect(entries.map((e) => e.uncompressedSize)).toEqual([1000]);
    const error = await failure(file);
    expect(error).toBeInstanceOf(ZipLimitError);
    expect(error.message).toMatch(/'services\.csv' wordt uitgepakt groter dan het ZIP-bestand opgeeft/);
  });

  it('hands a CSV entry to parseCsv as a stream, which then stops on the bomb', async () => {
    const rows = 'serviceId;periodStart;periodEnd;amountCents\n' + 'P-1;2026-01-01;2026-01-31;5\n'.repeat(100_000);
    const file = write(declareSize(zipSync({ 'realisations.csv': strToU8(rows) }), 100_000));
    let records = 0;
    await expect(async () => {
      for await (const entry of readZip(file)) {
        for await (const item of parseCsv('realisations', (await entry.open()) as AsyncIterable<Uint8Array>)) if ('record' in item) records++;
      }
    }).rejects.toBeInstanceOf(ZipLimitError);
    // 28 bytes a row: no more rows than the declared 100,000 bytes hold.
    expect(records).toBeLessThan(100_000 / 28);
  });

  it('refuses to open an entry after the iteration has ended (the ZIP is closed then)', async () => {
    const entries: ZipEntry[] = [];
    for await (const entry of readZip(write(zipSync({ 'a.xml': strToU8('<a/>') })))) entries.push(entry);
    await expect(entries[0]!.open()).rejects.toThrow(/readZip: entries must be opened before the iteration ends/);
  });

  it('refuses the rest of the ZIP once an entry hit a limit', async () => {
    // Two entries; the central directory lies about the first only.
    const two = Buffer.from(zipSync({ 'a.csv': new Uint8Array(64 * 1024), 'b.xml': strToU8('<b/>') }));
    const central = two.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    two.writeUInt32LE(10, central + 24);
    const generator = readZip(write(two));
    const first = await generator.next();
    await expect(text(await (first.value as ZipEntry).open())).rejects.toBeInstanceOf(ZipLimitError);
    await expect(generator.next()).rejects.toBeInstanceOf(ZipLimitError);
  });

  it('allows a ZIP of exactly the unpacked limit', async () => {
    const file = write(zipSync({ 'a.csv': strToU8('a'.repeat(600)), 'b.csv': strToU8('b'.repeat(600)) }));
    expect((await readAll(file, { ...DEFAULT_ZIP_LIMITS, maxTotalUncompressedBytes: 1200 })).map((e) => e.text.length)).toEqual([600, 600]);
    await expect(readAll(file, { ...DEFAULT_ZIP_LIMITS, maxTotalUncompressedBytes: 1199 })).rejects.toBeInstanceOf(ZipLimitError);
  });

  it('says an entry is damaged when it unpacks smaller than declared', async () => {
    const file = write(declareSize(zipSync({ 'a.csv': strToU8('a;b\n1;2\n') }), 500));
    const error = await failure(file);
    expect(error).toBeInstanceOf(ZipFormatError);
    expect(error.message).toMatch(/'a\.csv' is beschadigd/);
  });

  it('says in Dutch that a file is not a ZIP', async () => {
    const error = await failure(write(strToU8('serviceId;bsn\n')));
    expect(error).toBeInstanceOf(ZipFormatError);
    expect((error as ZipFormatError).dutch).toBe('Dit is geen geldig ZIP-bestand, of het is beschadigd.');
  });
});

describe('classifyEntry', () => {
  it('knows messages and the CSV kinds by name, case-insensitively', () => {
    expect(classifyEntry('berichten/WMO301_2026.XML')).toEqual({ kind: 'xml' });
    expect(classifyEntry('Services-2026.csv')).toEqual({ kind: 'services' });
    expect(classifyEntry('export/HOUSEHOLDS.CSV')).toEqual({ kind: 'households' });
    expect(classifyEntry('tariffs_2026.csv')).toEqual({ kind: 'tariffs' });
    expect(classifyEntry('budgets.csv')).toEqual({ kind: 'budgets' });
    expect(classifyEntry('realisations-q1.csv')).toEqual({ kind: 'realisations' });
  });

  it('gives a Dutch reason for anything else', () => {
    expect(classifyEntry('clients.csv')).toEqual({ unsupported: expect.stringMatching(/^CSV-bestand niet herkend: de naam moet beginnen met services, households, tariffs, budgets, realisations/) });
    expect(classifyEntry('map/services.csv/readme.txt')).toEqual({ unsupported: expect.stringMatching(/^Dit \.txt-bestand wordt niet geïmporteerd/) });
    expect(classifyEntry('README')).toEqual({ unsupported: expect.stringMatching(/^Dit bestand zonder extensie wordt niet geïmporteerd/) });
    expect(classifyEntry('services.xlsx')).toEqual({ unsupported: expect.stringMatching(/alleen iWmo\/iJw-berichten \(\.xml\) en CSV-bestanden \(\.csv\)/) });
  });
});
