import readXlsxFile from 'read-excel-file/node';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../domain/export-tables.js';
import { tablesToXlsx } from './xlsx.js';

/** Read back with an independent reader (read-excel-file), as a spreadsheet program would. */
async function read(tables: ExportTable[]) {
  return readXlsxFile(tablesToXlsx(tables), { trim: false });
}

describe('tablesToXlsx', () => {
  it('writes one sheet per table with its headers, numbers as numbers and empty cells as empty', async () => {
    const sheets = await read([
      { title: 'Kerncijfers', headers: ['Onderwerp', 'Waarde'], rows: [['Aantal plannen', 3], ['Rendement (€)', -2099.99], ['Leeg', null], ['Ook leeg', '']] },
      { title: 'Tweede', headers: ['A', 'B', 'C'], rows: [[1, 2.5, 'drie']] },
    ]);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Kerncijfers', 'Tweede']);
    expect(sheets[0]!.data).toEqual([
      ['Onderwerp', 'Waarde'],
      ['Aantal plannen', 3],
      ['Rendement (€)', -2099.99],
      ['Leeg', null],
      ['Ook leeg', null],
    ]);
    expect(sheets[1]!.data).toEqual([
      ['A', 'B', 'C'],
      [1, 2.5, 'drie'],
    ]);
  });

  it('keeps text with XML characters, quotes and accents intact and drops control characters', async () => {
    const text = 'Wmo <2015> & "Jeugdwet" – één\u0001';
    const [sheet] = await read([{ title: 'Tekst', headers: ['Tekst'], rows: [[text], ['  spaties  ']] }]);
    expect(sheet!.data).toEqual([['Tekst'], ['Wmo <2015> & "Jeugdwet" – één'], ['  spaties  ']]);
  });

  it('makes sheet names valid and unique: at most 31 characters, no []:*?/\\', async () => {
    const long = 'Een heel lange titel van meer dan eenendertig tekens';
    const sheets = await read([
      { title: long, headers: ['x'], rows: [] },
      { title: long, headers: ['y'], rows: [] },
      { title: 'Per [periode]: a/b', headers: ['z'], rows: [] },
    ]);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([long.slice(0, 31), `${long.slice(0, 28)} 2`, 'Per  periode   a b']);
    expect(sheets.map((sheet) => sheet.data)).toEqual([[['x']], [['y']], [['z']]]);
  });

  it('is a reproducible ZIP whose first entry is [Content_Types].xml', () => {
    const tables: ExportTable[] = [{ title: 'A', headers: ['a'], rows: [[1]] }];
    const first = tablesToXlsx(tables);
    expect(first.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(tablesToXlsx(tables).equals(first)).toBe(true);
    expect(Object.keys(unzipSync(first))[0]).toBe('[Content_Types].xml');
  });
});
