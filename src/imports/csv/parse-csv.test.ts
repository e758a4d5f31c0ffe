import { describe, expect, it } from 'vitest';
import { MAX_ERRORS_PER_FILE, type CsvKind, type ImportError, type ImportRecord, type ParsedItem } from '../domain/records.js';
import { CSV_COLUMNS } from './domain/csv-header.js';
import { parseCsv } from './parse-csv.js';

// Test fixture: test BSNs from the iStandaarden example messages (9999…), valid under the 11-proef.
const BSN_A = '999993653';
const BSN_B = '999991723';
// Test fixture: passes the 11-proef (a well-known test number), so a client number like it is refused.
const BSN_LIKE = '111222333';

/** The text as bytes in pieces of `size`, so BOMs, multi-byte characters and lines split across chunks. */
async function* pieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield new Uint8Array(bytes.subarray(i, i + size));
}

async function parse(kind: CsvKind, text: string, size = 1 << 16): Promise<ParsedItem[]> {
  const items: ParsedItem[] = [];
  for await (const item of parseCsv(kind, pieces(text, size))) items.push(item);
  return items;
}

const records = (items: ParsedItem[]): ImportRecord[] => items.flatMap((item) => ('record' in item ? [item.record] : []));
const errors = (items: ParsedItem[]): ImportError[] => items.flatMap((item) => ('error' in item ? [item.error] : []));

/** A file of `kind` with the contract's header and these rows (cells by column name). */
function csv(kind: CsvKind, rows: Record<string, string>[], delimiter = ';'): string {
  const columns: readonly string[] = CSV_COLUMNS[kind];
  return [columns.join(delimiter), ...rows.map((row) => columns.map((column) => row[column] ?? '').join(delimiter))].join('\n') + '\n';
}

const service = (cells: Record<string, string> = {}) => ({
  serviceId: 'T-1', bsn: '', clientNumber: 'C-1', pillar: 'wmo', productCategory: '02', productCode: '02A01', productName: 'Hulp bij het huishouden',
  provider: '12345678', startDate: '2026-01-01', endDate: '2026-12-31', volume: '3', unit: '04', frequency: '2', unitPriceCents: '3150', amountCents: '', ...cells,
});

/** The errors of one services row (line 2). */
async function serviceErrors(cells: Record<string, string>): Promise<ImportError[]> {
  return errors(await parse('services', csv('services', [service(cells)])));
}

describe('parseCsv: the five kinds', () => {
  for (const delimiter of [';', ','] as const) {
    it(`reads services with '${delimiter}', BOM and CRLF, chunked per byte`, async () => {
      const header = CSV_COLUMNS.services.join(delimiter);
      const rows = [
        ['T-1', BSN_A, '', 'wmo', '02', '02A01', `"Hulp${delimiter} ""thuis"" en café"`, '12345678', '2026-01-01', '', '3', '04', '2', '3150', ''],
        ['T-2', '', 'C-7', 'Jeugd', '45', '', '', '87654321', '2026-02-01', '2026-07-31', '', '', '', '', '120000'],
      ].map((cells) => cells.join(delimiter));
      const items = await parse('services', `\uFEFF${[header, ...rows].join('\r\n')}\r\n`, 1);
      expect(items[0]).toEqual({ kind: 'services' });
      expect(errors(items)).toEqual([]);
      expect(records(items)).toEqual([
        {
          type: 'service', serviceId: 'T-1', client: { bsn: BSN_A }, pillar: 'wmo', productCategory: '02', productCode: '02A01',
          productName: `Hulp${delimiter} "thuis" en café`, provider: '12345678', startDate: '2026-01-01', endDate: undefined,
          volume: 3, unit: '04', frequency: '2', unitPriceCents: 3150, amountCents: undefined,
        },
        {
          type: 'service', serviceId: 'T-2', client: { clientNumber: 'C-7' }, pillar: 'jeugd', productCategory: '45', productCode: undefined,
          productName: undefined, provider: '87654321', startDate: '2026-02-01', endDate: '2026-07-31',
          volume: undefined, unit: undefined, frequency: undefined, unitPriceCents: undefined, amountCents: 120000,
        },
      ]);
    });

    it(`reads households, tariffs, budgets and realisations with '${delimiter}'`, async () => {
      const households = await parse('households', csv('households', [
        { bsn: BSN_B, clientNumber: 'C-1', householdId: 'H-1', validFrom: '2025-01-01' },
        { clientNumber: 'C-2', householdId: 'H-1', validFrom: '2025-01-01', validTo: '2025-12-31' },
      ], delimiter));
      expect(records(households)).toEqual([
        { type: 'household', client: { bsn: BSN_B, clientNumber: 'C-1' }, householdId: 'H-1', validFrom: '2025-01-01', validTo: undefined },
        { type: 'household', client: { clientNumber: 'C-2' }, householdId: 'H-1', validFrom: '2025-01-01', validTo: '2025-12-31' },
      ]);

      const tariffs = await parse('tariffs', csv('tariffs', [
        { provider: '', productCategory: '02', productCode: '02A01', unit: '04', unitPriceCents: '3150', validFrom: '2026-01-01' },
        { provider: '12345678', productCategory: '02', productCode: '02A01', unit: '4', unitPriceCents: '0', validFrom: '2026-01-01', validTo: '2026-06-30' },
      ], delimiter));
      expect(records(tariffs)).toEqual([
        { type: 'tariff', provider: '', productCategory: '02', productCode: '02A01', unit: '04', unitPriceCents: 3150, validFrom: '2026-01-01', validTo: undefined },
        { type: 'tariff', provider: '12345678', productCategory: '02', productCode: '02A01', unit: '04', unitPriceCents: 0, validFrom: '2026-01-01', validTo: '2026-06-30' },
      ]);

      const budgets = await parse('budgets', csv('budgets', [
        { year: '2026', budgetLine: 'WMO-HH', name: 'Hulp bij het huishouden', pillar: 'wmo', productCategory: '02', amountCents: '1250000000' },
        { year: '2026', budgetLine: 'JW', name: 'Jeugd', pillar: 'jeugd', amountCents: '4140000000' },
      ], delimiter));
      expect(records(budgets)).toEqual([
        { type: 'budget', year: 2026, budgetLine: 'WMO-HH', name: 'Hulp bij het huishouden', pillar: 'wmo', productCategory: '02', amountCents: 1250000000 },
        { type: 'budget', year: 2026, budgetLine: 'JW', name: 'Jeugd', pillar: 'jeugd', productCategory: '', amountCents: 4140000000 },
      ]);

      const realisations = await parse('realisations', csv('realisations', [
        { serviceId: 'P-1', periodStart: '2026-01-01', periodEnd: '2026-01-31', amountCents: '125000' },
        { serviceId: 'P-1', periodStart: '2026-01-01', periodEnd: '2026-01-31', amountCents: '-2500' },
      ], delimiter));
      expect(records(realisations)).toEqual([
        { type: 'realisation', serviceId: 'P-1', periodStart: '2026-01-01', periodEnd: '2026-01-31', amountCents: 125000 },
        { type: 'realisation', serviceId: 'P-1', periodStart: '2026-01-01', periodEnd: '2026-01-31', amountCents: -2500 },
      ]);
      for (const items of [households, tariffs, budgets, realisations]) expect(errors(items)).toEqual([]);
    });
  }

  it('takes the columns in any order and in any case, ignores unknown ones, and skips empty and blank lines', async () => {
    const text = 'Note;amountcents;PERIODEND;periodStart;serviceId\nx;100;2026-01-31;2026-01-01;P-1\n\n;;;;\n   \n';
    const items = await parse('realisations', text);
    expect(errors(items)).toEqual([]);
    expect(records(items)).toEqual([{ type: 'realisation', serviceId: 'P-1', periodStart: '2026-01-01', periodEnd: '2026-01-31', amountCents: 100 }]);
  });

  it('reads the header even when its line arrives in many chunks', async () => {
    const items = await parse('realisations', csv('realisations', [{ serviceId: 'P-1', periodStart: '2026-01-01', periodEnd: '2026-01-01', amountCents: '1' }]), 3);
    expect(records(items)).toHaveLength(1);
  });

  it('accepts strings as input too', async () => {
    async function* strings() {
      yield 'serviceId,periodStart,periodEnd,amountCents\nP-1,2026-01-01,';
      yield '2026-01-31,100\n';
    }
    const items: ParsedItem[] = [];
    for await (const item of parseCsv('realisations', strings())) items.push(item);
    expect(records(items)).toHaveLength(1);
  });
});

describe('parseCsv: the header', () => {
  it('names every missing column in one error on line 1 and reads no further', async () => {
    const items = await parse('services', 'serviceId;clientNumber;pillar;productCategory;productCode;productName;provider;endDate;volume;unit;frequency;unitPriceCents;amountCents\nT-1;C-1;zorg\n');
    expect(items).toEqual([
      { kind: 'services' },
      { error: { line: 1, message: expect.stringMatching(/^Kolommen bsn, startDate ontbreken in de kopregel\./) } },
    ]);
  });

  it('names one missing column in the singular', async () => {
    const items = await parse('households', 'bsn,clientNumber,validFrom,validTo\n');
    expect(errors(items)).toEqual([{ line: 1, message: expect.stringMatching(/^Kolom householdId ontbreekt in de kopregel\./) }]);
  });

  for (const [name, separator] of [['tab', '\t'], ['pipe', '|']]) {
    it(`says the delimiter is wrong for a ${name}-separated file`, async () => {
      const items = await parse('realisations', `serviceId${separator}periodStart${separator}periodEnd${separator}amountCents\nP-1${separator}2026-01-01${separator}2026-01-31${separator}100\n`);
      expect(items).toEqual([{ kind: 'realisations' }, { error: { line: 1, message: 'Scheidingsteken niet herkend: gebruik ; of ,' } }]);
    });
  }

  it('refuses an empty file and a UTF-16 file', async () => {
    expect(errors(await parse('budgets', ''))).toEqual([{ line: 1, message: expect.stringMatching(/leeg/) }]);
    expect(errors(await parse('budgets', '\uFEFF\r\n\r\n'))).toEqual([{ line: 1, message: expect.stringMatching(/leeg/) }]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('year;budgetLine\n', 'utf16le')]);
    const items: ParsedItem[] = [];
    for await (const item of parseCsv('budgets', (async function* () { yield utf16; })())) items.push(item);
    expect(errors(items)).toEqual([{ line: 1, message: expect.stringMatching(/UTF-16/) }]);
  });

  it('refuses a column that appears twice', async () => {
    const items = await parse('realisations', 'serviceId,periodStart,periodEnd,amountCents,serviceId\n');
    expect(errors(items)).toEqual([{ line: 1, message: 'Kolom serviceId staat meer dan eens in de kopregel.' }]);
  });
});

describe('parseCsv: row errors name the column and the line', () => {
  it('a date that does not exist, or is not ISO', async () => {
    expect(await serviceErrors({ startDate: '2026-02-30' })).toEqual([{ line: 2, message: 'Kolom startDate: 2026-02-30 is geen bestaande datum.' }]);
    expect(await serviceErrors({ endDate: '2025-02-29' })).toEqual([{ line: 2, message: 'Kolom endDate: 2025-02-29 is geen bestaande datum.' }]);
    expect(await serviceErrors({ startDate: '2024-02-29', endDate: '2024-13-01' })).toEqual([{ line: 2, message: 'Kolom endDate: 2024-13-01 is geen bestaande datum.' }]);
    expect(await serviceErrors({ startDate: '01-02-2026' })).toEqual([{ line: 2, message: "Kolom startDate: '01-02-2026' is geen datum; gebruik JJJJ-MM-DD." }]);
    expect(await serviceErrors({ startDate: '' })).toEqual([{ line: 2, message: 'Kolom startDate is leeg, maar verplicht.' }]);
  });

  it('an end before its start', async () => {
    expect(await serviceErrors({ startDate: '2026-03-01', endDate: '2026-02-28' })).toEqual([{ line: 2, message: 'Kolom endDate: 2026-02-28 ligt vóór startDate 2026-03-01.' }]);
    const items = await parse('realisations', 'serviceId;periodStart;periodEnd;amountCents\nP-1;2026-02-01;2026-01-31;5\n');
    expect(errors(items)).toEqual([{ line: 2, message: 'Kolom periodEnd: 2026-01-31 ligt vóór periodStart 2026-02-01.' }]);
  });

  it('cents that are not whole, have separators, or are negative where that makes no sense', async () => {
    for (const value of ['31.50', '31,50', '1.000', '1 000', '€100', '+5', '1e3']) {
      expect(await serviceErrors({ unitPriceCents: value }), value).toEqual([{ line: 2, message: expect.stringMatching(/^Kolom unitPriceCents: .* is geen bedrag in hele centen/) }]);
    }
    expect(await serviceErrors({ volume: '', unit: '', frequency: '', unitPriceCents: '', amountCents: '-100' })).toEqual([{ line: 2, message: 'Kolom amountCents: -100 is negatief; een bedrag hier is 0 of meer.' }]);
    const budget = await parse('budgets', 'year,budgetLine,name,pillar,productCategory,amountCents\n2026,B,Budget,wmo,,-1\n');
    expect(errors(budget)).toEqual([{ line: 2, message: 'Kolom amountCents: -1 is negatief; een bedrag hier is 0 of meer.' }]);
    const tariff = await parse('tariffs', 'provider,productCategory,productCode,unit,unitPriceCents,validFrom,validTo\n,02,02A01,04,-3150,2026-01-01,\n');
    expect(errors(tariff)).toEqual([{ line: 2, message: 'Kolom unitPriceCents: -3150 is negatief; een bedrag hier is 0 of meer.' }]);
  });

  it('unknown pillar, unit and frequency codes', async () => {
    expect(await serviceErrors({ pillar: 'zorg' })).toEqual([{ line: 2, message: "Kolom pillar: onbekende pijler 'zorg': gebruik wmo, jeugd, participatie, schuldhulp of onderwijs." }]);
    expect(await serviceErrors({ unit: '07' })).toEqual([{ line: 2, message: "Kolom unit: onbekende eenheid '07': gebruik 01, 04, 14, 16, 82, 83 of 84." }]);
    expect(await serviceErrors({ frequency: '3' })).toEqual([{ line: 2, message: "Kolom frequency: onbekende frequentie '3': gebruik 1, 2, 4 of 6." }]);
    expect(await serviceErrors({ volume: '2.5' })).toEqual([{ line: 2, message: "Kolom volume: '2.5' is geen geheel getal van 0 of meer." }]);
  });

  it('a service needs volume, unit and frequency, or amountCents', async () => {
    expect(await serviceErrors({ volume: '', unit: '', frequency: '', unitPriceCents: '' })).toEqual([
      { line: 2, message: expect.stringMatching(/^Kolommen volume en amountCents zijn allebei leeg/) },
    ]);
    expect(await serviceErrors({ unit: '', frequency: '' })).toEqual([
      { line: 2, message: 'Kolom unit is leeg; bij een volume horen unit en frequency.' },
      { line: 2, message: 'Kolom frequency is leeg; bij een volume horen unit en frequency.' },
    ]);
  });

  it('a client: bsn or clientNumber; a wrong BSN is never quoted; a client number that is a BSN is refused', async () => {
    expect(await serviceErrors({ bsn: '', clientNumber: '' })).toEqual([{ line: 2, message: 'Kolommen bsn en clientNumber zijn allebei leeg; vul er minstens één in.' }]);
    for (const bsn of ['999993654', '12345678', '9999936530', 'abc']) {
      const found = await serviceErrors({ bsn, clientNumber: '' });
      expect(found).toEqual([{ line: 2, message: 'Kolom bsn: geen geldig burgerservicenummer (9 cijfers die de 11-proef doorstaan).' }]);
      expect(JSON.stringify(found)).not.toContain(bsn);
    }
    const refused = await serviceErrors({ clientNumber: BSN_LIKE });
    expect(refused).toEqual([{ line: 2, message: expect.stringMatching(/^Kolom clientNumber: lijkt op een burgerservicenummer/) }]);
    expect(JSON.stringify(refused)).not.toContain(BSN_LIKE);
    // A BSN typed into another column is not quoted back either.
    expect(JSON.stringify(await serviceErrors({ startDate: BSN_A }))).not.toContain(BSN_A);
  });

  it('households need a client, a householdId and validFrom; budgets a year from 2000 to 2100', async () => {
    const households = await parse('households', 'bsn;clientNumber;householdId;validFrom;validTo\n;;;;\n;C-1;;;\n');
    expect(errors(households)).toEqual([
      { line: 3, message: 'Kolom householdId is leeg, maar verplicht.' },
      { line: 3, message: 'Kolom validFrom is leeg, maar verplicht.' },
    ]);
    const budgets = await parse('budgets', 'year;budgetLine;name;pillar;productCategory;amountCents\n1999;B;Budget;wmo;;1\n2101;B;Budget;wmo;;1\n2026.5;B;Budget;wmo;;1\n2100;B;;wmo;;1\n');
    expect(errors(budgets)).toEqual([
      { line: 2, message: "Kolom year: '1999' is geen jaar van 2000 tot en met 2100." },
      { line: 3, message: "Kolom year: '2101' is geen jaar van 2000 tot en met 2100." },
      { line: 4, message: "Kolom year: '2026.5' is geen jaar van 2000 tot en met 2100." },
      { line: 5, message: 'Kolom name is leeg, maar verplicht.' },
    ]);
  });

  it('reports every problem of a row, and goes on with the next rows', async () => {
    const text = csv('services', [service({ pillar: 'zorg', startDate: '2026-02-30' }), service({ serviceId: 'T-2' }), service({ unit: '99' })]);
    const items = await parse('services', text);
    expect(errors(items).map((e) => [e.line, e.message.split(':')[0]])).toEqual([[2, 'Kolom pillar'], [2, 'Kolom startDate'], [4, 'Kolom unit']]);
    expect(records(items).map((r) => (r as { serviceId: string }).serviceId)).toEqual(['T-2']);
  });

  it('a row of the wrong width is an error on its line; the rows after it are still read', async () => {
    const text = 'serviceId;periodStart;periodEnd;amountCents\nP-1;2026-01-01;2026-01-31\nP-2;2026-01-01;2026-01-31;5;6\nP-3;2026-01-01;2026-01-31;5\nP-4;2026-01-01;2026-01-31;x\n';
    const items = await parse('realisations', text);
    expect(errors(items)).toEqual([
      { line: 2, message: 'Deze regel heeft 3 velden, de kopregel 4. Controleer het scheidingsteken en de aanhalingstekens.' },
      { line: 3, message: 'Deze regel heeft 5 velden, de kopregel 4. Controleer het scheidingsteken en de aanhalingstekens.' },
      { line: 5, message: expect.stringMatching(/^Kolom amountCents: 'x'/) },
    ]);
    expect(records(items)).toHaveLength(1);
  });

  it('counts physical lines: line breaks inside quotes and empty lines', async () => {
    const text = 'serviceId,periodStart,periodEnd,amountCents\n"P\n1",2026-01-01,2026-01-31,5\n\n"P\r\n2",2026-01-01,2026-01-31,x\n"P-3",2026-01-01,2026-01-31,5,6\n';
    const items = await parse('realisations', text, 5);
    expect(errors(items).map((e) => e.line)).toEqual([5, 7]);
    expect(records(items)).toEqual([{ type: 'realisation', serviceId: 'P\n1', periodStart: '2026-01-01', periodEnd: '2026-01-31', amountCents: 5 }]);
    // The same with CRLF everywhere (csv-parse counts a CRLF inside quotes twice), and mixed.
    const crlf = text.replace(/\r?\n/g, '\r\n');
    expect(errors(await parse('realisations', crlf, 5)).map((e) => e.line)).toEqual([5, 7]);
    const mixed = 'serviceId,periodStart,periodEnd,amountCents\r\n"P\r\n1",2026-01-01,2026-01-31,5\r\n\n"P\n2",2026-01-01,2026-01-31,x\n"P-3",2026-01-01,2026-01-31,5,6\n';
    expect(errors(await parse('realisations', mixed)).map((e) => e.line)).toEqual([5, 7]);
  });

  it('a quote that is never closed', async () => {
    const items = await parse('realisations', 'serviceId,periodStart,periodEnd,amountCents\nP-1,2026-01-01,2026-01-31,5\n"P-2,2026-01-01,2026-01-31,5\nP-3,2026-01-01,2026-01-31,5\n');
    expect(errors(items)).toEqual([{ line: 3, message: expect.stringMatching(/^Een aanhalingsteken \(".*wordt niet gesloten/) }]);
  });

  it(`stops after ${MAX_ERRORS_PER_FILE} errors without reading the rest of the input`, async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<string> {
      yield 'serviceId;periodStart;periodEnd;amountCents\n';
      for (;;) {
        pulled++;
        yield 'P-1;2026-02-30;2026-01-31;5\n'.repeat(10);
      }
    }
    const items: ParsedItem[] = [];
    for await (const item of parseCsv('realisations', endless())) items.push(item);
    expect(errors(items)).toHaveLength(MAX_ERRORS_PER_FILE);
    expect(errors(items).at(-1)?.line).toBe(MAX_ERRORS_PER_FILE + 1);
    expect(pulled).toBeLessThan(20);
  });
});

describe('parseCsv: streaming', () => {
  it('passes on an error of the input itself (a ZIP limit), not as a CSV error', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield 'serviceId;periodStart;periodEnd;amountCents\n';
      yield 'P-1;2026-01-01;2026-01-31;5\nP-2;2026-01-01;2026-01-31;5\n';
      throw new Error('ZIP-bom');
    }
    const items: ParsedItem[] = [];
    await expect(async () => {
      for await (const item of parseCsv('realisations', failing())) items.push(item);
    }).rejects.toThrow('ZIP-bom');
    expect(records(items).length).toBeGreaterThan(0);
    expect(errors(items)).toEqual([]);
  });

  it('yields records while the input is still coming', async () => {
    let seen = 0;
    async function* slow(): AsyncGenerator<string> {
      yield 'serviceId;periodStart;periodEnd;amountCents\n';
      for (let i = 0; i < 50; i++) {
        // The parser must have handed over the previous chunk's record before it asks for more.
        if (i > 1) expect(seen).toBeGreaterThanOrEqual(i - 1);
        yield `P-${i};2026-01-01;2026-01-31;${i}\n`;
      }
    }
    for await (const item of parseCsv('realisations', slow())) if ('record' in item) seen++;
    expect(seen).toBe(50);
  });
});
