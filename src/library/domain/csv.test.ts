import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, detectDelimiter, formatCsv, parseCsv } from './csv.js';

const cells = (text: string) => parseCsv(text).map((record) => record.cells);

describe('parseCsv', () => {
  it('reads plain records with their line numbers', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '2', '3'] },
    ]);
  });

  it('reads quoted cells with commas, semicolon lists, doubled quotes and line breaks', () => {
    const text = 'code,note\r\nPL-1,"5.000 tot 10.000, zie ""bron"""\r\nPL-2,care;housing\r\nPL-3,"twee\r\nregels"\r\nPL-4,x\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['code', 'note'] },
      { line: 2, cells: ['PL-1', '5.000 tot 10.000, zie "bron"'] },
      { line: 3, cells: ['PL-2', 'care;housing'] },
      { line: 4, cells: ['PL-3', 'twee\r\nregels'] },
      // The quoted line break moved the physical line on.
      { line: 6, cells: ['PL-4', 'x'] },
    ]);
  });

  it('strips a byte-order mark, accepts CRLF, LF and CR, keeps empty cells and skips empty lines', () => {
    expect(cells('\uFEFFa,b\r\n\r\n,\rc,\n')).toEqual([['a', 'b'], ['', ''], ['c', '']]);
    expect(parseCsv('a\n\n\nb').map((r) => r.line)).toEqual([1, 4]);
    expect(cells('')).toEqual([]);
    expect(cells('"",x')).toEqual([['', 'x']]);
  });

  it('reads semicolon-separated files from Dutch spreadsheets', () => {
    expect(detectDelimiter('code;name;unit_price_eur\n')).toBe(';');
    expect(detectDelimiter('code,name,"a;b;c"\n')).toBe(',');
    expect(cells('code;prijs\nPL-1;"1369,00"\nPL-2;12,5\n')).toEqual([['code', 'prijs'], ['PL-1', '1369,00'], ['PL-2', '12,5']]);
  });

  it('reports an unterminated quote at the line where it opened, and text after a closing quote', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrowError(CsvError);
    try {
      parseCsv('a,b\n1,"open\n2,3\n');
    } catch (error) {
      expect((error as CsvError).line).toBe(2);
    }
    try {
      parseCsv('a,b\n\n1,"x"y\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvError);
      expect((error as CsvError).line).toBe(3);
      expect((error as CsvError).message).toContain('aanhalingsteken');
    }
  });
});

describe('formatCsv', () => {
  it('quotes only what needs quoting and ends lines with CRLF', () => {
    expect(formatCsv([['a', 'b, c', 'd"e', ''], ['']])).toBe('a,"b, c","d""e",\r\n""\r\n');
    expect(formatCsv([['a;b', 'c']], ';')).toBe('"a;b";c\r\n');
  });

  const cell = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', ' ', ',', ';', '"', '\n', '\r', '0', '€') });
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it('round-trips any table through format and parse, with either delimiter', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(',' as const, ';' as const), (table, delimiter) => {
        expect(parseCsv(formatCsv(table, delimiter), delimiter).map((r) => r.cells)).toEqual(table);
      }),
    );
  });

  it('numbers records by the physical line they start on', () => {
    fc.assert(
      fc.property(rows, (table) => {
        const text = formatCsv(table);
        const records = parseCsv(text, ',');
        const lines = text.split('\r\n');
        let expected = 1;
        records.forEach((record, i) => {
          expect(record.line).toBe(expected);
          // Every line break inside the record's cells adds a physical line.
          const breaks = table[i]!.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
          expected += breaks + 1;
        });
        expect(lines.length).toBeGreaterThanOrEqual(records.length);
      }),
    );
  });
});
