import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToEuros, eurosToCents, PRICE_CSV_COLUMNS, priceItemsToCsv, validatePriceCsv } from './price-items.js';

const reference = fs.readFileSync(new URL('../reference/price-list.csv', import.meta.url), 'utf8');
const HEADER = PRICE_CSV_COLUMNS.join(',');

describe('eurosToCents', () => {
  it('reads euros with up to two decimals exactly, with a point or a comma', () => {
    expect(eurosToCents('1369.00')).toBe(136_900);
    expect(eurosToCents('1597.20')).toBe(159_720);
    expect(eurosToCents('21.33')).toBe(2133);
    // 0.29 × 100 is 28.999999999999996 in floating point: the text must not go through a float.
    expect(eurosToCents('0.29')).toBe(29);
    expect(eurosToCents('4.35')).toBe(435);
    expect(eurosToCents('1369,5')).toBe(136_950);
    expect(eurosToCents(' € 60 ')).toBe(6000);
    expect(eurosToCents('0')).toBe(0);
  });

  it('refuses what is not such an amount', () => {
    for (const text of ['', '-5.00', '1.234,56', '1,234.56', '12.345', '1e3', 'tien', '.50', '5.', '1 000', '1234567890']) {
      expect(eurosToCents(text), text).toBeNull();
    }
  });

  it('is exact for every amount: centsToEuros and back is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        expect(eurosToCents(centsToEuros(cents))).toBe(cents);
        expect(eurosToCents(centsToEuros(cents).replace('.', ','))).toBe(cents);
      }),
    );
  });

  it('agrees with integer arithmetic on whole euros and cents written separately', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (euros, cents) => {
        const text = `${euros}.${String(cents).padStart(2, '0')}`;
        expect(eurosToCents(text)).toBe(euros * 100 + cents);
        expect(Number.isInteger(eurosToCents(text))).toBe(true);
      }),
    );
  });
});

describe('validatePriceCsv', () => {
  it('reads the whole national reference list: 32 items in integer cents', () => {
    const { items, errors } = validatePriceCsv(reference);
    expect(errors).toEqual([]);
    expect(items).toHaveLength(32);
    expect(items[0]).toEqual({
      line: 2,
      code: 'PL-001',
      name: 'Bijstandsuitkering alleenstaande',
      unit: 'maand',
      unitPriceCents: 136_900,
      frequency: 'month',
      fundingStream: 'participatiewet',
      domain: 'income',
      year: 2025,
      confidence: 'high',
      source: 'Rijksoverheid normbedragen juli 2025',
      note: '',
    });
    expect(items.find((item) => item.code === 'PL-016')?.unitPriceCents).toBe(2133);
    expect(items.find((item) => item.code === 'PL-004')?.note).toBe('afgeleid: ruim 8.5 miljard euro per jaar over 730.000 huishoudens');
  });

  it('reports every fault with its line and column in Dutch, and then returns no items', () => {
    const text = [
      HEADER,
      'LOK-1,Goed tarief,uur,61.00,week,wmo,care,2025,high,Contract 2025,',
      'LOK-2,Fout bedrag,uur,"1.234,56",week,wmo,care,2025,high,Contract 2025,',
      'LOK-3,Foute lijsten,uur,10,elk uur,gemeente,woonruimte,25,zeker,Contract 2025,',
      'LOK-1,Dubbel,uur,10,week,wmo,care,2025,high,,',
      'LOK-5,Te kort,uur',
      'LOK 6,,,10,week,wmo,care,2025,high,x,',
    ].join('\n');
    const { items, errors } = validatePriceCsv(text);
    expect(items).toEqual([]);
    expect(errors.map((e) => e.path)).toEqual([
      'regel 3.unit_price_eur',
      'regel 4.default_frequency',
      'regel 4.funding_stream',
      'regel 4.domain',
      'regel 4.price_year',
      'regel 4.confidence',
      'regel 5.code',
      'regel 5.source',
      'regel 6',
      'regel 7.code',
      'regel 7.name',
      'regel 7.unit',
    ]);
    expect(errors[0]!.message).toBe(
      'regel 3, kolom unit_price_eur: "1.234,56" is geen bedrag. Schrijf euro\'s met hoogstens twee decimalen en zonder duizendtalscheiding, bijv. 1369.00 of 1369,00.',
    );
    expect(errors[2]!.message).toContain('Kies uit: wmo, jeugdwet, participatiewet');
    expect(errors[6]!.message).toBe('regel 5, kolom code: code LOK-1 staat ook al op regel 2.');
    expect(errors[8]!.message).toBe('regel 6: verwacht 11 kolommen, gevonden 3. Staat er een komma in een tekst zonder aanhalingstekens?');
  });

  it('checks the header: unknown, doubled and missing columns', () => {
    expect(validatePriceCsv('').errors).toEqual([{ path: 'csv', message: expect.stringContaining('leeg') }]);
    expect(validatePriceCsv(`${HEADER}\n`).errors).toEqual([{ path: 'csv', message: expect.stringContaining('alleen een kopregel') }]);
    const { errors } = validatePriceCsv('code,name,name,prijs\nA,b,c,d\n');
    expect(errors.map((e) => e.message)).toEqual([
      'regel 1: kolom "name" staat er twee keer in.',
      `regel 1: onbekende kolom "prijs". Gebruik de kolommen ${PRICE_CSV_COLUMNS.join(', ')}.`,
      'regel 1: de kolommen unit, unit_price_eur, default_frequency, funding_stream, domain, price_year, confidence, source ontbreekt.',
    ]);
  });

  it('accepts a Dutch spreadsheet: semicolons, decimal commas, Dutch labels, any column order, no note column', () => {
    const text = '\uFEFFname;code;unit;unit_price_eur;default_frequency;funding_stream;domain;price_year;confidence;source\r\n' +
      'Begeleiding;LOK-1;uur;61,50;per week;Wmo;Zorg en ondersteuning;2025;hoog;Contract 2025\r\n';
    const { items, errors } = validatePriceCsv(text);
    expect(errors).toEqual([]);
    expect(items).toEqual([
      expect.objectContaining({ code: 'LOK-1', name: 'Begeleiding', unitPriceCents: 6150, frequency: 'week', fundingStream: 'wmo', domain: 'care', confidence: 'high', note: '' }),
    ]);
  });

  it('reports an unterminated quote with its line', () => {
    expect(validatePriceCsv(`${HEADER}\nA,"open,uur\n`).errors).toEqual([{ path: 'regel 2', message: expect.stringContaining('regel 2: Een aanhalingsteken') }]);
  });

  it('summarises after 100 errors', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `LOK-${i},x,uur,duur,week,wmo,care,2025,high,x,`);
    const { errors } = validatePriceCsv([HEADER, ...rows].join('\n'));
    expect(errors).toHaveLength(101);
    expect(errors[100]).toEqual({ path: 'csv', message: 'en nog 50 andere fouten.' });
  });

  it('round-trips: the exported CSV of the reference list reads back as the same items', () => {
    const { items } = validatePriceCsv(reference);
    const again = validatePriceCsv(priceItemsToCsv(items));
    expect(again.errors).toEqual([]);
    expect(again.items.map(({ line: _line, ...item }) => item)).toEqual(items.map(({ line: _line, ...item }) => item));
    const semicolons = validatePriceCsv(priceItemsToCsv(items, ';'));
    expect(semicolons.items.map((item) => item.unitPriceCents)).toEqual(items.map((item) => item.unitPriceCents));
  });
});
