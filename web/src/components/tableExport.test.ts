import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportFile, fileBaseName, type ExportTable } from './tableExport';

const TABLE: ExportTable = { title: 'Begrotingsregels', headers: ['Regel', 'Begroting (€)'], rows: [['Wmo; hulp', 1234.5], ['Jeugd', -20]] };

describe('exportFile', () => {
  it('writes CSV for Dutch spreadsheets: BOM, semicolons, decimal comma, quoted separators', async () => {
    const { name, blob } = exportFile([TABLE], 'csv', 'Begrotingsregels 2026');
    expect(name).toBe('begrotingsregels-2026.csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Begrotingsregels\r\nRegel;Begroting (€)\r\n"Wmo; hulp";1234,5\r\nJeugd;-20\r\n');
  });

  it('writes an XLSX workbook a spreadsheet reader opens, numbers as numbers', async () => {
    const { name, blob } = exportFile([TABLE], 'xlsx', 'Begrotingsregels');
    expect(name).toBe('begrotingsregels.xlsx');
    const sheets = await readXlsxFile(Buffer.from(await blob.arrayBuffer()), { trim: false });
    expect(sheets[0]!.data).toEqual([
      ['Regel', 'Begroting (€)'],
      ['Wmo; hulp', 1234.5],
      ['Jeugd', -20],
    ]);
  });
});

describe('fileBaseName', () => {
  it('makes a plain file name of a Dutch caption', () => {
    expect(fileBaseName('Cliënten per maand, Wmo (2026)')).toBe('clienten-per-maand-wmo-2026');
    expect(fileBaseName('€€€')).toBe('tabel');
  });
});
