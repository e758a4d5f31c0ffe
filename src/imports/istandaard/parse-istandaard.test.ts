import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ERRORS_PER_FILE, type DeclarationRecord, type ImportError, type ImportRecord, type ParsedItem } from '../domain/records.js';
import { EXAMPLE_PERSONAL_DATA } from '../test/fixtures.js';
import { parseIstandaardXml } from './parse-istandaard.js';

/**
 * BSN test fixture: the example messages of reference/istandaarden (read from there at
 * test time) carry the standard's test BSNs 999900006 and 999900018, which pass the 11-proef;
 * they are test data, never real people. So is every 9999… number below.
 */
const EXAMPLES = new URL('../../../reference/istandaarden/', import.meta.url);

type Example = 'WMO301' | 'WMO305' | 'WMO307' | 'WMO323' | 'JW301' | 'JW305' | 'JW307' | 'JW323';

function example(name: Example): string {
  return fs.readFileSync(new URL(`${name.startsWith('WMO') ? 'iwmo' : 'ijw'}/examples/${name}.xml`, EXAMPLES), 'utf8');
}

/** The text as bytes in chunks of `size`: values, tags and multi-byte characters get split. */
async function* inChunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function parse(xml: string, municipalityCode = '0384', chunkSize = 37): Promise<ParsedItem[]> {
  const items: ParsedItem[] = [];
  for await (const item of parseIstandaardXml(inChunks(xml, chunkSize), { municipalityCode })) items.push(item);
  return items;
}

const recordsOf = (items: ParsedItem[]): ImportRecord[] => items.flatMap((i) => ('record' in i ? [i.record] : []));
const errorsOf = (items: ParsedItem[]): ImportError[] => items.flatMap((i) => ('error' in i ? [i.error] : []));

/** Replaces exactly one occurrence, so a test cannot silently change nothing. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? xml.split(from).length - 1 : (xml.match(new RegExp(from.source, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`expected one ${String(from)}, found ${count}`);
  return xml.replace(from, to);
}

/** `edit` within the first `start` … `end` of the message only (e.g. one Prestatie). */
function within(xml: string, start: string, end: string, from: string | RegExp, to: string): string {
  const a = xml.indexOf(start);
  const b = xml.indexOf(end, a);
  if (a < 0 || b < 0) throw new Error(`no ${start} … ${end}`);
  return xml.slice(0, a) + edit(xml.slice(a, b), from, to) + xml.slice(b);
}

async function errorsFor(xml: string, municipalityCode = '0384'): Promise<ImportError[]> {
  return errorsOf(await parse(xml, municipalityCode));
}

const WMO301_PRODUCT = /<wmo301:ToegewezenProduct>[\s\S]*<\/wmo301:ToegewezenProduct>/;

/** WMO301 with a second ToegewezenProduct (number 102), changed by `change`. */
function wmo301WithSecondProduct(change: (product: string) => string): string {
  const xml = example('WMO301');
  const product = WMO301_PRODUCT.exec(xml)![0];
  const second = change(product.replace('<wmo301:ToewijzingNummer>101<', '<wmo301:ToewijzingNummer>102<'));
  return xml.replace(product, `${product}\n${second}`);
}

describe('parseIstandaardXml on the example messages', () => {
  it('reads WMO301: one assignment, provider = Ontvanger, address of Contact Soort 01, birth year only', async () => {
    const items = await parse(example('WMO301'));
    expect(items[0]).toEqual({ kind: 'wmo301' });
    expect(errorsOf(items)).toEqual([]);
    expect(recordsOf(items)).toEqual([
      {
        type: 'service', serviceId: '101', client: { bsn: '999900006' }, birthYear: 1967,
        // The client's own Contactgegevens, not the relations' addresses (10 A, 20 B).
        address: { postcode: '9999XX', houseNumber: '100', houseLetter: 'C', addition: 'BAL' },
        pillar: 'wmo', productCategory: '01', productCode: '01A01', productName: undefined, provider: '42420001',
        assignedOn: '2023-08-13', startDate: '2023-01-01', endDate: '2023-12-31',
        volume: 10, unit: '01', frequency: '1', amountCents: undefined, messageDate: '2023-08-13',
      },
    ]);
  });

  it('reads JW301: pillar jeugd, two assignments, no BRP address (only Soort 03 and 04)', async () => {
    const items = await parse(example('JW301'));
    expect(items[0]).toEqual({ kind: 'jw301' });
    expect(errorsOf(items)).toEqual([]);
    const records = recordsOf(items);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      type: 'service', serviceId: '300201', client: { bsn: '999900006' }, birthYear: 2010, pillar: 'jeugd',
      productCategory: '55', productCode: '55A11', provider: '42420001', assignedOn: '2026-04-01',
      startDate: '2026-04-01', endDate: '2026-07-14', volume: 2, unit: '04', frequency: '2',
    });
    expect(records[1]).toMatchObject({ serviceId: '300202', productCode: '55A12', endDate: '2026-07-19', unit: '16' });
    for (const record of records) expect(record).toMatchObject({ address: undefined, productName: undefined });
  });

  it.each([
    ['WMO305', 'wmo305', 'wmo', ['2025-04-03', '2025-04-04']],
    ['JW305', 'jw305', 'jeugd', ['2026-04-03', '2026-04-15']],
  ] as const)('reads %s: a start per StartProduct, provider = Afzender', async (name, kind, pillar, starts) => {
    const items = await parse(example(name));
    expect(items[0]).toEqual({ kind });
    expect(errorsOf(items)).toEqual([]);
    expect(recordsOf(items)).toEqual([
      { type: 'start', serviceId: '300201', client: { bsn: '999900006' }, provider: '65656055', pillar, startDate: starts[0] },
      { type: 'start', serviceId: '300202', client: { bsn: '999900006' }, provider: '65656055', pillar, startDate: starts[1] },
    ]);
  });

  it.each([
    ['WMO307', 'wmo307', 'wmo', ['2025-04-03', '2025-04-15'], '2025-07-18'],
    ['JW307', 'jw307', 'jeugd', ['2026-04-03', '2026-04-15'], '2026-07-17'],
  ] as const)('reads %s: a stop per StopProduct with its RedenBeeindiging', async (name, kind, pillar, starts, end) => {
    const items = await parse(example(name));
    expect(items[0]).toEqual({ kind });
    expect(errorsOf(items)).toEqual([]);
    expect(recordsOf(items)).toEqual([
      { type: 'stop', serviceId: '300201', client: { bsn: '999900006' }, provider: '65656055', pillar, startDate: starts[0], endDate: end, reason: '31' },
      { type: 'stop', serviceId: '300202', client: { bsn: '999900006' }, provider: '65656055', pillar, startDate: starts[1], endDate: end, reason: '31' },
    ]);
  });

  const line = (
    bsn: string, reference: string, serviceId: string, code: string, period: [string, string], volume: number, price: number, amount: number,
  ) => ({ client: { bsn }, productReference: reference, serviceId, productCode: code, periodStart: period[0], periodEnd: period[1], volume, unitPriceCents: price, amountCents: amount });

  it('reads WMO323: a declaration line per Prestatie, provider = Afzender', async () => {
    const items = await parse(example('WMO323'));
    expect(items[0]).toEqual({ kind: 'wmo323' });
    expect(errorsOf(items)).toEqual([]);
    const april: [string, string] = ['2023-04-01', '2023-04-30'];
    const common = { type: 'declaration', declarationNumber: 'DN001', provider: '65656055', pillar: 'wmo', productCategory: '01', unit: '04', declaredOn: '2023-05-06' };
    expect(recordsOf(items)).toEqual([
      { ...common, ...line('999900006', 'RN001', '20072', '01A03', april, 4, 1250, 5000) },
      { ...common, ...line('999900006', 'RN002', '200730', '01A04', april, 16, 1500, 24000) },
      { ...common, ...line('999900018', 'RN003', '20074', '01A03', april, 4, 1250, 5000) },
      { ...common, ...line('999900018', 'RN004', '20073', '01A04', april, 16, 1500, 24000) },
    ]);
  });

  it('reads JW323: five lines, one of them for March', async () => {
    const items = await parse(example('JW323'));
    expect(items[0]).toEqual({ kind: 'jw323' });
    expect(errorsOf(items)).toEqual([]);
    const april: [string, string] = ['2026-04-01', '2026-04-30'];
    const common = { type: 'declaration', declarationNumber: 'DN001', provider: '65656055', pillar: 'jeugd', productCategory: '45', unit: '04', declaredOn: '2026-05-06' };
    expect(recordsOf(items)).toEqual([
      { ...common, ...line('999900006', 'RN001', '10072', '45A03', april, 4, 1250, 5000) },
      { ...common, ...line('999900006', 'RN002', '10073', '45A04', april, 16, 1500, 24000) },
      { ...common, ...line('999900018', 'RN003', '10074', '45A03', april, 4, 1250, 5000) },
      { ...common, ...line('999900018', 'RN004', '10073', '45A04', april, 16, 1500, 24000) },
      { ...common, ...line('999900018', 'RN004', '10073', '45A04', ['2026-03-01', '2026-03-31'], 14, 1500, 21000) },
    ]);
  });

  it('gives the same items whatever the chunks: one string, single bytes', async () => {
    for (const name of ['WMO301', 'JW323'] as const) {
      const whole: ParsedItem[] = [];
      for await (const item of parseIstandaardXml([example(name)] as unknown as AsyncIterable<string>, { municipalityCode: '0384' })) whole.push(item);
      expect(await parse(example(name), '0384', 1)).toEqual(whole);
      expect(errorsOf(whole)).toEqual([]);
    }
  });

  it('puts no name, contact data, comment, birth date or relation in any record', async () => {
    for (const name of ['WMO301', 'WMO305', 'WMO307', 'WMO323', 'JW301', 'JW305', 'JW307', 'JW323'] as const) {
      const text = JSON.stringify(recordsOf(await parse(example(name))));
      const leaked = EXAMPLE_PERSONAL_DATA.filter((value) => text.includes(value) && !/^\d{9}$|^9999XX$/.test(value));
      expect(leaked, name).toEqual([]);
      for (const value of ['Wit', 'Jansen', 'Tim', 'Tom', 'Deens', 'Zweeds', 'THuis', 'ommentaar', 'plaats', 'Amsterdam']) {
        expect(text, name).not.toContain(value);
      }
    }
  });
});

describe('parseIstandaardXml on bad input', () => {
  it('refuses a wrong or missing namespace, and a root that is not Bericht, and stops', async () => {
    const xml = example('WMO301');
    const oldRelease = xml.replaceAll('iwmo/3_2/wmo301', 'iwmo/3_1/wmo301');
    expect(await parse(oldRelease)).toEqual([
      { error: { path: 'Bericht', message: 'Release 3.1 wordt niet ingelezen: alleen iWmo- en iJw-berichten van release 3.2.' } },
    ]);
    const noNamespace = '<?xml version="1.0"?><Bericht><Header/></Bericht>';
    expect(await errorsFor(noNamespace)).toEqual([{ path: 'Bericht', message: expect.stringContaining('geen namespace') }]);
    const other = '<Bericht xmlns="urn:example:other"><Header/></Bericht>';
    expect(await errorsFor(other)).toEqual([{ path: 'Bericht', message: expect.stringContaining("Onbekende namespace 'urn:example:other'") }]);
    const root = xml.replace('<wmo301:Bericht ', '<wmo301:Berichten ').replace('</wmo301:Bericht>', '</wmo301:Berichten>');
    expect(await errorsFor(root)).toEqual([{ path: 'Berichten', message: expect.stringContaining('begint met Bericht') }]);
    const jw325 = fs.readFileSync(new URL('ijw/examples/JW325.xml', EXAMPLES), 'utf8');
    expect(await errorsFor(jw325)).toEqual([{ path: 'Bericht', message: expect.stringContaining('325 wordt niet ingelezen') }]);
  });

  it('refuses a BerichtCode of another message and another BerichtVersie or BerichtSubversie', async () => {
    const wmo = example('WMO301');
    expect(await errorsFor(edit(wmo, '<wmo301:BerichtCode>414<', '<wmo301:BerichtCode>436<'))).toEqual([
      { path: 'Bericht/Header/BerichtCode', message: "BerichtCode '436' hoort niet bij een iWmo 301-bericht: verwacht 414." },
    ]);
    const jw = example('JW323');
    expect(await errorsFor(edit(jw, '<jw323:BerichtCode>490<', '<jw323:BerichtCode>484<'))).toEqual([
      { path: 'Bericht/Header/BerichtCode', message: expect.stringContaining('verwacht 490') },
    ]);
    expect(await errorsFor(edit(wmo, '<wmo301:BerichtVersie>3<', '<wmo301:BerichtVersie>2<'))).toEqual([
      { path: 'Bericht/Header/BerichtVersie', message: expect.stringContaining('verwacht 3') },
    ]);
    expect(await errorsFor(edit(wmo, '<wmo301:BerichtSubversie>2<', '<wmo301:BerichtSubversie>1<'))).toEqual([
      { path: 'Bericht/Header/BerichtSubversie', message: expect.stringContaining('verwacht 2') },
    ]);
  });

  it('names every missing required element at its path', async () => {
    const wmo = example('WMO301');
    const cases: [string, string, string][] = [
      [wmo, '<wmo301:Bsn>999900006</wmo301:Bsn>', 'Bericht/Client/Bsn'],
      [wmo, '<wmo301:ToewijzingNummer>101</wmo301:ToewijzingNummer>', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/ToewijzingNummer'],
      [wmo, '<iwmo:Categorie>01</iwmo:Categorie>', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Product/Categorie'],
      [wmo, '<wmo301:Ingangsdatum>2023-01-01</wmo301:Ingangsdatum>', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Ingangsdatum'],
      [wmo, '<iwmo:Eenheid>01</iwmo:Eenheid>', 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang/Eenheid'],
      [wmo, '<wmo301:Ontvanger>42420001</wmo301:Ontvanger>', 'Bericht/Header/Ontvanger'],
      [wmo, '<iwmo:Dagtekening>2023-08-13</iwmo:Dagtekening>', 'Bericht/Header/BerichtIdentificatie/Dagtekening'],
      [example('WMO305'), '<wmo305:Begindatum>2025-04-04</wmo305:Begindatum>', 'Bericht/Client/StartProducten/StartProduct[2]/Begindatum'],
      [example('WMO323'), '<wmo323:DeclaratieDagtekening>2023-05-06</wmo323:DeclaratieDagtekening>', 'Bericht/Declaratie/DeclaratieDagtekening'],
      [example('WMO323'), '<iwmo:ReferentieNummer>RN003</iwmo:ReferentieNummer>', 'Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductReferentie/ReferentieNummer'],
      [example('JW323'), '<jw323:GeleverdVolume>14</jw323:GeleverdVolume>', 'Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[3]/GeleverdVolume'],
    ];
    for (const [xml, element, path] of cases) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      expect(await errorsFor(edit(xml, element, '')), path).toEqual([{ path, message: `Verplicht element ${name} ontbreekt.` }]);
    }
    const withoutReason = within(example('JW307'), '<jw307:ToewijzingNummer>300202<', '</jw307:StopProduct>', '<jw307:RedenBeeindiging>31</jw307:RedenBeeindiging>', '');
    expect(await errorsFor(withoutReason)).toEqual([
      { path: 'Bericht/Client/StopProducten/StopProduct[2]/RedenBeeindiging', message: 'Verplicht element RedenBeeindiging ontbreekt.' },
    ]);
  });

  it('refuses dates that do not exist or are not ISO', async () => {
    const wmo = example('WMO301');
    expect(await errorsFor(edit(wmo, '<wmo301:Ingangsdatum>2023-01-01<', '<wmo301:Ingangsdatum>2023-02-30<'))).toEqual([
      { path: 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Ingangsdatum', message: "Ingangsdatum '2023-02-30' is een datum die niet bestaat." },
    ]);
    expect(await errorsFor(edit(wmo, '<wmo301:Einddatum>2023-12-31<', '<wmo301:Einddatum>31-12-2023<'))).toEqual([
      { path: 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum', message: expect.stringContaining('gebruik JJJJ-MM-DD') },
    ]);
    const errors = await errorsFor(edit(example('JW323'), '<ijw:Einddatum>2026-03-31<', '<ijw:Einddatum>2026-02-29<'));
    expect(errors).toEqual([{ path: 'Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[3]/ProductPeriode/Einddatum', message: expect.stringContaining('niet bestaat') }]);
  });

  it('refuses an end before its start', async () => {
    expect(await errorsFor(edit(example('WMO301'), '<wmo301:Einddatum>2023-12-31<', '<wmo301:Einddatum>2022-12-31<'))).toEqual([
      { path: 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum', message: 'Einddatum 2022-12-31 ligt vóór de Ingangsdatum 2023-01-01.' },
    ]);
    const stop = example('WMO307').replace('<wmo307:Einddatum>2025-07-18<', '<wmo307:Einddatum>2025-04-02<');
    expect(await errorsFor(stop)).toEqual([
      { path: 'Bericht/Client/StopProducten/StopProduct[1]/Einddatum', message: 'Einddatum 2025-04-02 ligt vóór de Begindatum 2025-04-03.' },
    ]);
    const declaration = within(example('WMO323'), 'RN002', '</wmo323:Prestatie>', '<iwmo:Einddatum>2023-04-30<', '<iwmo:Einddatum>2023-03-31<');
    expect(await errorsFor(declaration)).toEqual([
      { path: 'Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductPeriode/Einddatum', message: 'Einddatum 2023-03-31 ligt vóór de Begindatum 2023-04-01.' },
    ]);
  });

  it('refuses an unknown unit or frequency at the path of its product', async () => {
    const xml = wmo301WithSecondProduct((p) => p.replace('<iwmo:Eenheid>01<', '<iwmo:Eenheid>07<'));
    expect(await errorsFor(xml)).toEqual([
      { path: 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Omvang/Eenheid', message: "Onbekende eenheid '07': gebruik 01, 04, 14, 16, 82, 83 of 84." },
    ]);
    const frequency = wmo301WithSecondProduct((p) => p.replace('<iwmo:Frequentie>1<', '<iwmo:Frequentie>3<'));
    expect(await errorsFor(frequency)).toEqual([
      { path: 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Omvang/Frequentie', message: "Onbekende frequentie '3': gebruik 1, 2, 4 of 6." },
    ]);
    const declared = within(example('JW323'), '2026-03-01', '</jw323:Prestatie>', '<jw323:Eenheid>04<', '<jw323:Eenheid>99<');
    expect(await errorsFor(declared)).toEqual([
      { path: 'Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[3]/Eenheid', message: expect.stringContaining("Onbekende eenheid '99'") },
    ]);
  });

  it('refuses a product category outside the code list of its standard', async () => {
    const wmo = example('WMO301');
    expect(await errorsFor(edit(wmo, '<iwmo:Categorie>01<', '<iwmo:Categorie>55<'))).toEqual([
      { path: 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Product/Categorie', message: "Onbekende productcategorie '55': gebruik 01 tot en met 18." },
    ]);
    expect(await errorsFor(edit(wmo, '<iwmo:Categorie>01<', '<iwmo:Categorie>011<'))).toHaveLength(1);
    const jw = example('JW323').replace('<jw323:ProductCategorie>45<', '<jw323:ProductCategorie>01<');
    expect(await errorsFor(jw)).toEqual([
      { path: 'Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductCategorie', message: "Onbekende productcategorie '01': gebruik 31 tot en met 38 of 40 tot en met 55." },
    ]);
  });

  it('checks formats: BSN (never quoted), AGB code, municipality code, integers, DebetCredit', async () => {
    const wmo = example('WMO301');
    // BSN test fixtures: 999900007 and 99990000 fail the 11-proef and the length.
    for (const [bsn, message] of [
      ['999900007', 'Bsn is geen geldig burgerservicenummer: het voldoet niet aan de 11-proef.'],
      ['99990000', 'Bsn moet uit 9 cijfers bestaan.'],
    ]) {
      expect(await errorsFor(edit(wmo, '<wmo301:Bsn>999900006<', `<wmo301:Bsn>${bsn}<`))).toEqual([{ path: 'Bericht/Client/Bsn', message }]);
    }
    expect(await errorsFor(edit(wmo, '<wmo301:Ontvanger>42420001<', '<wmo301:Ontvanger>4242001<'))).toEqual([
      { path: 'Bericht/Header/Ontvanger', message: "Ontvanger '4242001' is geen AGB-code: verwacht 8 cijfers." },
    ]);
    expect(await errorsFor(edit(example('WMO305'), '<wmo305:Ontvanger>0363<', '<wmo305:Ontvanger>363<'))).toEqual([
      { path: 'Bericht/Header/Ontvanger', message: "Ontvanger '363' is geen gemeentecode: verwacht 4 cijfers." },
    ]);
    expect(await errorsFor(edit(wmo, '<iwmo:Volume>10<', '<iwmo:Volume>10.5<'))).toEqual([
      { path: 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang/Volume', message: "Volume moet een geheel getal van 0 tot en met 99999999 zijn, niet '10.5'." },
    ]);
    const credit = within(example('WMO323'), 'RN001', '</wmo323:Prestatie>', '<iwmo:DebetCredit>D<', '<iwmo:DebetCredit>X<');
    expect(await errorsFor(credit)).toEqual([
      { path: 'Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/IngediendBedrag/DebetCredit', message: "Onbekende DebetCredit-code 'X': gebruik D of C." },
    ]);
  });

  it('never quotes a BSN, birth date or address in an error', async () => {
    let xml = example('WMO301');
    xml = edit(xml, '<wmo301:Bsn>999900006<', '<wmo301:Bsn>99990000X<');
    xml = within(xml, '<wmo301:Client>', '<wmo301:Relaties>', '<iwmo:Datum>1967-08-13<', '<iwmo:Datum>1967-02-30<');
    xml = within(xml, '<wmo301:Contactgegevens>', '</wmo301:Contactgegevens>', '<iwmo:Huisnummer>100<', '<iwmo:Huisnummer>100-hoog<');
    xml = within(xml, '<wmo301:Contactgegevens>', '</wmo301:Contactgegevens>', '<iwmo:HuisnummerToevoeging>BAL<', '<iwmo:HuisnummerToevoeging>BALKON<');
    xml = within(xml, '<wmo301:Contactgegevens>', '</wmo301:Contactgegevens>', '<iwmo:Postcode>9999XX<', '<iwmo:Postcode>9999 XX Straatweg<');
    const errors = await errorsFor(xml);
    expect(errors.map((e) => e.path)).toEqual([
      'Bericht/Client/Bsn',
      'Bericht/Client/Geboortedatum/Datum',
      'Bericht/Client/Contactgegevens/Contact[1]/Adres/Huis/Huisnummer',
      'Bericht/Client/Contactgegevens/Contact[1]/Adres/Huis/HuisnummerToevoeging',
      'Bericht/Client/Contactgegevens/Contact[1]/Adres/Postcode',
    ]);
    const text = JSON.stringify(errors);
    for (const value of ['99990000X', '1967', '02-30', '100-hoog', 'BALKON', '9999 XX', 'Straatweg']) expect(text).not.toContain(value);
  });

  it('needs an Omvang or a Budget on a 301 product; a Budget alone is an amount', async () => {
    const xml = example('WMO301');
    const omvang = /<wmo301:Omvang>[\s\S]*<\/wmo301:Omvang>/;
    expect(await errorsFor(edit(xml, omvang, ''))).toEqual([
      { path: 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang', message: expect.stringContaining('Omvang of Budget ontbreekt') },
    ]);
    const items = await parse(edit(xml, omvang, '<wmo301:Budget>125000</wmo301:Budget>'));
    expect(errorsOf(items)).toEqual([]);
    expect(recordsOf(items)[0]).toMatchObject({ amountCents: 125000, volume: undefined, unit: undefined, frequency: undefined });
  });

  it('checks the municipality of a 301 (Afzender) and a 323 (Ontvanger), not of a 305/307', async () => {
    expect(await errorsFor(example('WMO301'), '0999')).toEqual([
      { path: 'Bericht/Header/Afzender', message: 'Dit bericht komt van gemeente 0384, niet van deze gemeente (0999): alleen eigen berichten worden ingelezen.' },
    ]);
    expect(await errorsFor(example('JW323'), '0999')).toEqual([
      { path: 'Bericht/Header/Ontvanger', message: 'Deze declaratie is gericht aan gemeente 0384, niet aan deze gemeente (0999): alleen eigen berichten worden ingelezen.' },
    ]);
    expect(await errorsFor(example('WMO305'), '0999')).toEqual([]);
    expect(await errorsFor(example('JW307'), '0999')).toEqual([]);
  });

  it('reports malformed XML once, with line and column, and stops', async () => {
    const xml = example('WMO301');
    const broken = edit(xml, '</wmo301:Bsn>', '</wmo301:Bsnx>');
    const line = xml.slice(0, xml.indexOf('</wmo301:Bsn>')).split('\n').length;
    const items = await parse(broken);
    expect(items).toEqual([
      { kind: 'wmo301' },
      { error: { message: expect.stringMatching(new RegExp(`^Geen geldige XML op regel ${line}, kolom \\d+: onverwacht afsluitend element\\.$`)) } },
    ]);
    const truncated = await parse(xml.slice(0, xml.indexOf('<wmo301:ToegewezenProducten>')));
    expect(errorsOf(truncated)).toEqual([{ message: expect.stringMatching(/^Geen geldige XML op regel \d+, kolom \d+: element wmo301:\w+ wordt niet afgesloten\./) }]);
    expect(await errorsFor('')).toEqual([{ message: expect.stringContaining('bevat geen XML-element') }]);
    expect(await errorsFor('<wmo301:Bericht xmlns:wmo301="http://www.istandaarden.nl/iwmo/3_2/wmo301/schema"><x:y/></wmo301:Bericht>')).toEqual([
      { message: expect.stringContaining('namespace-prefix "x" is niet gedeclareerd') },
    ]);
  });

  it('refuses bytes that are not UTF-8 and a declared other encoding', async () => {
    const bytes = new TextEncoder().encode(example('WMO305'));
    const bad = new Uint8Array([...bytes.subarray(0, 100), 0xff, 0xfe, ...bytes.subarray(100)]);
    const items: ParsedItem[] = [];
    for await (const item of parseIstandaardXml((async function* () { yield bad; })(), { municipalityCode: '0384' })) items.push(item);
    expect(errorsOf(items)).toEqual([{ message: expect.stringContaining('geen geldige UTF-8') }]);
    const latin1 = example('WMO305').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    expect(await errorsFor(latin1)).toEqual([{ message: "Tekenset 'ISO-8859-1' wordt niet ingelezen: een iStandaard-bericht is UTF-8." }]);
  });

  it('reads multi-byte characters split over chunks, a BOM and CDATA', async () => {
    const xml = `\uFEFF${example('WMO301').replace('Client commentaar', 'Cliënt: “beëindiging” 👍').replace('<wmo301:Bsn>999900006<', '<wmo301:Bsn><![CDATA[999900006]]><')}`;
    for (const size of [1, 2, 3, 5]) {
      const items = await parse(xml, '0384', size);
      expect(errorsOf(items)).toEqual([]);
      expect(recordsOf(items)[0]).toMatchObject({ client: { bsn: '999900006' } });
    }
  });

  it('refuses an element in the wrong namespace and a repeated element', async () => {
    const xml = example('WMO301');
    expect(await errorsFor(edit(xml, '<iwmo:Categorie>01</iwmo:Categorie>', '<wmo301:Categorie>01</wmo301:Categorie>'))).toEqual([
      { path: 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Product/Categorie', message: expect.stringContaining('verkeerde namespace') },
      { path: 'Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Product/Categorie', message: 'Verplicht element Categorie ontbreekt.' },
    ]);
    expect(await errorsFor(edit(xml, '<wmo301:Bsn>999900006</wmo301:Bsn>', '<wmo301:Bsn>999900006</wmo301:Bsn><wmo301:Bsn>999900018</wmo301:Bsn>'))).toEqual([
      { path: 'Bericht/Client/Bsn', message: 'Bsn komt meer dan één keer voor.' },
    ]);
  });

  it(`lists at most ${MAX_ERRORS_PER_FILE} errors`, async () => {
    const xml = example('WMO301');
    const product = WMO301_PRODUCT.exec(xml)![0].replace('<iwmo:Eenheid>01<', '<iwmo:Eenheid>07<');
    const many = xml.replace(WMO301_PRODUCT, Array.from({ length: 150 }, () => product).join('\n'));
    const errors = await errorsFor(many);
    expect(errors).toHaveLength(MAX_ERRORS_PER_FILE);
    expect(errors[99]!.path).toBe('Bericht/Client/ToegewezenProducten/ToegewezenProduct[100]/Omvang/Eenheid');
  });

  it('still yields the records of a file with errors, each invalid one after its error', async () => {
    const xml = wmo301WithSecondProduct((p) => p.replace('<iwmo:Eenheid>01<', '<iwmo:Eenheid>07<'));
    const items = await parse(xml);
    expect(items.map((i) => Object.keys(i)[0])).toEqual(['kind', 'record', 'error', 'record']);
  });
});

describe('what a 323 line and a 301 number become', () => {
  it('makes a credit line negative and derives a missing ProductTarief', async () => {
    let xml = example('WMO323');
    xml = within(xml, 'RN002', '</wmo323:Prestatie>', '<iwmo:DebetCredit>D<', '<iwmo:DebetCredit>C<');
    // RN003 without ProductTarief: 5002 cents for 4 hours is 1251 per hour (rounded).
    xml = within(xml, 'RN003', '</wmo323:Prestatie>', '<wmo323:ProductTarief>1250</wmo323:ProductTarief>', '');
    xml = within(xml, 'RN003', '</wmo323:Prestatie>', '<iwmo:Bedrag>5000<', '<iwmo:Bedrag>5002<');
    const items = await parse(xml);
    expect(errorsOf(items)).toEqual([]);
    const lines = recordsOf(items) as DeclarationRecord[];
    expect(lines.map((l) => [l.productReference, l.amountCents, l.unitPriceCents])).toEqual([
      ['RN001', 5000, 1250], ['RN002', -24000, 1500], ['RN003', 5002, 1251], ['RN004', 24000, 1500],
    ]);
  });

  it('keeps ToewijzingNummer canonical (an integer) and drops the birth year when DatumGebruik is 3', async () => {
    let xml = example('WMO301');
    xml = edit(xml, '<wmo301:ToewijzingNummer>101<', '<wmo301:ToewijzingNummer>00101<');
    xml = within(xml, '<wmo301:Client>', '<wmo301:Relaties>', '</iwmo:Datum>', '</iwmo:Datum><iwmo:DatumGebruik>3</iwmo:DatumGebruik>');
    const items = await parse(xml);
    expect(errorsOf(items)).toEqual([]);
    expect(recordsOf(items)[0]).toMatchObject({ serviceId: '101', birthYear: undefined });
  });
});
