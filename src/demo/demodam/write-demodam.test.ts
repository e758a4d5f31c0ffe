import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_KINDS, type CsvKind, type ParsedItem } from '../../imports/domain/records.js';
import { writeDemodam, type DemodamSummary } from './write-demodam.js';

// BSN test fixture: the files hold the generator's synthetic test BSNs only.
const OPTIONS = { scale: 0.02, seed: 7, today: '2026-12-03', anchorClientNumbers: ['C-104241', 'C-104242'] };
const REFERENCE = fileURLToPath(new URL('../../../reference/istandaarden', import.meta.url));
const XSD: Record<string, string> = {
  wmo301: 'iwmo/xsd/WMO301.xsd', wmo305: 'iwmo/xsd/WMO305.xsd', wmo307: 'iwmo/xsd/WMO307.xsd', wmo323: 'iwmo/xsd/WMO323.xsd',
  jw301: 'ijw/xsd/JW301.xsd', jw305: 'ijw/xsd/JW305.xsd', jw307: 'ijw/xsd/JW307.xsd', jw323: 'ijw/xsd/JW323.xsd',
};

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'demodam-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** A digest of every file of a directory, by name. */
function digestDir(dir: string): string {
  const hash = createHash('sha256');
  for (const name of fs.readdirSync(dir).sort()) hash.update(name).update(fs.readFileSync(path.join(dir, name)));
  return hash.digest('hex');
}

const digestFile = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every entry of a ZIP, read with yauzl (an independent reader that checks each CRC). */
async function readZipEntries(file: string): Promise<{ count: number; files: Map<string, Buffer> }> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => (files.set(entry.fileName, Buffer.concat(chunks)), zip.readEntry()));
        stream.on('error', reject);
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return { count: zip.entryCount, files };
}

describe('writeDemodam', () => {
  const dirA = path.join(temp, 'a');
  let summary: DemodamSummary;
  beforeAll(async () => {
    summary = await writeDemodam({ dir: dirA }, OPTIONS);
  });

  it('writes every kind of message and CSV, and counts them', () => {
    const names = fs.readdirSync(dirA);
    for (const kind of CSV_KINDS) expect(names).toContain(`${kind}.csv`);
    for (const kind of Object.keys(XSD)) {
      expect(summary.files[kind as keyof typeof summary.files], kind).toBeGreaterThan(0);
      expect(names.filter((n) => n.startsWith(`${kind}-`))).toHaveLength(summary.files[kind as keyof typeof summary.files]!);
    }
    expect(names).toHaveLength(Object.values(summary.files).reduce((a, b) => a + b, 0));
    const services = fs.readFileSync(path.join(dirA, 'services.csv'), 'utf8').trimEnd().split('\n');
    expect(services[0]).toBe('serviceId,bsn,clientNumber,pillar,productCategory,productCode,productName,provider,startDate,endDate,volume,unit,frequency,unitPriceCents,amountCents');
    expect(services).toHaveLength(summary.records.services! + 1);
    expect(summary.anchors.map((a) => a.clientNumber)).toEqual(OPTIONS.anchorClientNumbers);
    for (const anchor of summary.anchors) expect(anchor.pillars.length).toBeGreaterThanOrEqual(3);
    expect(summary.bytes).toBe(names.reduce((t, n) => t + fs.statSync(path.join(dirA, n)).size, 0));
  });

  it('writes messages like the examples: namespaces, BerichtCode, municipality as sender of 301 and receiver of the rest', () => {
    const one = (prefix: string) => fs.readFileSync(path.join(dirA, fs.readdirSync(dirA).find((n) => n.startsWith(prefix))!), 'utf8');
    const wmo301 = one('wmo301-');
    expect(wmo301).toContain('<wmo301:Bericht xmlns:iwmo="http://www.istandaarden.nl/iwmo/3_2/basisschema/schema" xmlns:wmo301="http://www.istandaarden.nl/iwmo/3_2/wmo301/schema">');
    expect(wmo301).toContain('<wmo301:BerichtCode>414</wmo301:BerichtCode>');
    expect(wmo301).toContain('<wmo301:Afzender>0999</wmo301:Afzender>');
    expect(wmo301).toMatch(/<iwmo:Achternaam>[^<]+<\/iwmo:Achternaam>/);
    expect(wmo301).toMatch(/<iwmo:Postcode>999\d[A-Z]{2}<\/iwmo:Postcode>/);
    const jw323 = one('jw323-');
    expect(jw323).toContain('xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema"');
    expect(jw323).toContain('<jw323:BerichtCode>490</jw323:BerichtCode>');
    expect(jw323).toContain('<jw323:Ontvanger>0999</jw323:Ontvanger>');
    for (const [prefix, code] of [['jw301-', '436'], ['jw305-', '438'], ['jw307-', '440'], ['wmo305-', '418'], ['wmo307-', '420'], ['wmo323-', '484']] as const) {
      expect(one(prefix)).toContain(`:BerichtCode>${code}<`);
    }
  });

  it('leaves one provider’s contracted tariff out of tariffs.csv while its 301s assign that product', () => {
    expect(summary.withoutTariff.length).toBeGreaterThanOrEqual(1);
    const tariffs = fs.readFileSync(path.join(dirA, 'tariffs.csv'), 'utf8');
    const messages = fs.readdirSync(dirA).filter((n) => /^(wmo|jw)301-/.test(n)).map((n) => fs.readFileSync(path.join(dirA, n), 'utf8'));
    for (const { provider, productCode } of summary.withoutTariff) {
      expect(tariffs).not.toMatch(new RegExp(`^${provider},\\d{2},${productCode},`, 'm'));
      expect(tariffs, 'no general tariff either').not.toMatch(new RegExp(`^,\\d{2},${productCode},`, 'm'));
      expect(messages.some((m) => m.includes(`:Ontvanger>${provider}<`) && m.includes(`:Code>${productCode}<`))).toBe(true);
    }
  });

  it('is deterministic: the same seed gives the same bytes, another seed other bytes', async () => {
    const again = path.join(temp, 'again');
    const other = path.join(temp, 'other');
    await writeDemodam({ dir: again }, OPTIONS);
    await writeDemodam({ dir: other }, { ...OPTIONS, seed: 8 });
    expect(digestDir(again)).toBe(digestDir(dirA));
    expect(digestDir(other)).not.toBe(digestDir(dirA));
  });

  it('writes the same files into a ZIP, byte-identical for the same seed, readable by another reader', async () => {
    const zipA = path.join(temp, 'a.zip');
    const zipB = path.join(temp, 'b.zip');
    const zipSummary = await writeDemodam({ zip: zipA }, OPTIONS);
    await writeDemodam({ zip: zipB }, OPTIONS);
    expect(digestFile(zipA)).toBe(digestFile(zipB));
    expect(zipSummary.records).toEqual(summary.records);
    expect(zipSummary.bytes).toBe(fs.statSync(zipA).size);
    const { count, files } = await readZipEntries(zipA);
    const names = fs.readdirSync(dirA).sort();
    expect(count).toBe(names.length);
    expect([...files.keys()].sort()).toEqual(names);
    for (const name of names) if (!files.get(name)!.equals(fs.readFileSync(path.join(dirA, name)))) throw new Error(`${name} differs in the ZIP`);
  });

  const xmllint = spawnSync('which', ['xmllint']).status === 0;
  it.skipIf(!xmllint)('writes messages that validate against the iWmo/iJw 3.2 XSDs (xmllint, a sample of each kind)', () => {
    const names = fs.readdirSync(dirA);
    for (const [kind, xsd] of Object.entries(XSD)) {
      const sample = names.filter((n) => n.startsWith(`${kind}-`)).slice(0, 40).map((n) => path.join(dirA, n));
      const run = spawnSync('xmllint', ['--noout', '--schema', path.join(REFERENCE, xsd), ...sample], { encoding: 'utf8' });
      expect(run.status, `${kind}: ${run.stderr.split('\n').filter((l) => !l.endsWith('validates')).join('\n')}`).toBe(0);
    }
  });
  if (!xmllint) it.skip('validation against the XSDs needs xmllint (Debian: libxml2-utils), which this machine lacks', () => {});

  it('reads back through the importer’s own parsers without a single error (municipality 0999)', async () => {
    const { parseIstandaardXml } = await import('../../imports/istandaard/parse-istandaard.js');
    const { parseCsv } = await import('../../imports/csv/parse-csv.js');
    const counts: Record<string, number> = {};
    const errors: string[] = [];
    for (const name of fs.readdirSync(dirA).sort()) {
      const input = (async function* () {
        yield fs.readFileSync(path.join(dirA, name));
      })();
      const items: AsyncIterable<ParsedItem> = name.endsWith('.xml') ? parseIstandaardXml(input, { municipalityCode: '0999' }) : parseCsv(name.replace('.csv', '') as CsvKind, input);
      for await (const item of items) {
        if ('error' in item) errors.push(`${name}: ${item.error.path ?? item.error.line ?? ''} ${item.error.message}`);
        else if ('record' in item) counts[item.record.type] = (counts[item.record.type] ?? 0) + 1;
      }
    }
    expect(errors.slice(0, 10)).toEqual([]);
    const r = summary.records;
    expect(counts).toEqual({
      service: r.wmo301! + r.jw301! + r.services!,
      start: r.wmo305! + r.jw305!,
      stop: r.wmo307! + r.jw307!,
      declaration: r.wmo323! + r.jw323!,
      household: r.households,
      tariff: r.tariffs,
      budget: r.budgets,
      realisation: r.realisations,
    });
  });

  it('refuses messages for another municipality through the same parser (so the check above can fail)', async () => {
    const { parseIstandaardXml } = await import('../../imports/istandaard/parse-istandaard.js');
    const name = fs.readdirSync(dirA).find((n) => n.startsWith('wmo301-'))!;
    const input = (async function* () {
      yield fs.readFileSync(path.join(dirA, name));
    })();
    const errors: string[] = [];
    for await (const item of parseIstandaardXml(input, { municipalityCode: '0998' })) if ('error' in item) errors.push(item.error.message);
    expect(errors.length).toBeGreaterThan(0);
  });
});
