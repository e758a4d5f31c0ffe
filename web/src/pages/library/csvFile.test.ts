import { describe, expect, it } from 'vitest';
import { decodeCsv, fileProblem, importFormSchema } from './csvFile';

const bytes = (values: number[]) => new Uint8Array(values).buffer;

describe('decodeCsv', () => {
  it('reads UTF-8 and drops the byte-order mark', () => {
    const encoded = new TextEncoder().encode('\uFEFFcode;name\r\nX;Financiën');
    expect(decodeCsv(encoded.buffer)).toEqual({ text: 'code;name\r\nX;Financiën', encoding: 'utf-8' });
  });

  it('reads a Dutch Excel file in Windows-1252 without mangling the accents', () => {
    // "Financiën" in Windows-1252: ë is the single byte 0xEB, which is not valid UTF-8.
    // (Node decodes 0x80-0x9F as Latin-1, browsers as Windows-1252, e.g. 0x80 as €; so no € here.)
    const text = 'Financiën';
    const cp1252 = [...text].map((char) => char.charCodeAt(0));
    expect(decodeCsv(bytes(cp1252))).toEqual({ text, encoding: 'windows-1252' });
  });
});

describe('fileProblem', () => {
  it('refuses empty, too large and spreadsheet files with a way out', () => {
    expect(fileProblem({ name: 'a.csv', size: 0 })).toContain('leeg');
    expect(fileProblem({ name: 'a.csv', size: 2 * 1024 * 1024 })).toContain('groter dan 1 MB');
    expect(fileProblem({ name: 'tarieven.xlsx', size: 100 })).toContain('Opslaan als');
    expect(fileProblem({ name: 'tarieven.csv', size: 100 })).toBeNull();
  });
});

describe('importFormSchema', () => {
  it('asks for a file or pasted text, and takes what the API takes', () => {
    expect(importFormSchema.safeParse({ csv: ' \n ' }).error?.issues.map((issue) => issue.message)).toEqual(['Kies een bestand of plak de inhoud van een CSV-bestand.']);
    expect(importFormSchema.safeParse({ csv: 'x'.repeat(1024 * 1024 + 1) }).error?.issues[0]?.message).toContain('groter dan 1 MB');
    expect(importFormSchema.parse({ csv: 'code,name\n' })).toEqual({ csv: 'code,name\n' });
  });
});
