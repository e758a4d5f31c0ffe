import { describe, expect, it } from 'vitest';
import { errorText, fileCounts, fileProblem, uploadProblems, fileKindLabel, formatBytes, kindFromFileName, progressAnnouncement, progressPercent, resultSummary, uploadTypeOf } from './importFiles';

const file = (status: 'imported' | 'rejected', records = 0) => ({ name: 'x', kind: 'services', status, records, inserted: 0, updated: 0, unchanged: 0, errors: [] });
const job = (status: 'queued' | 'running' | 'done', bytes: number, totalBytes: number, files = [file('imported')]) => ({ status, progress: { records: 0, bytes, totalBytes }, files });

describe('uploadTypeOf', () => {
  it('knows XML, ZIP and CSV by the extension, in any case', () => {
    expect(uploadTypeOf('wmo301.XML')).toBe('xml');
    expect(uploadTypeOf('maart.zip')).toBe('zip');
    expect(uploadTypeOf('services.csv')).toBe('csv');
  });

  it('refuses anything else', () => {
    expect(uploadTypeOf('services.xlsx')).toBeNull();
    expect(uploadTypeOf('csv')).toBeNull();
    expect(uploadTypeOf('bericht.xml.gz')).toBeNull();
  });
});

describe('kindFromFileName', () => {
  it('takes the kind from the start of the name, as inside a ZIP', () => {
    expect(kindFromFileName('services.csv')).toBe('services');
    expect(kindFromFileName('Households-2026-01.CSV')).toBe('households');
    expect(kindFromFileName('export/tariffs_wmo.csv')).toBe('tariffs');
    expect(kindFromFileName('budgets2026.csv')).toBe('budgets');
    expect(kindFromFileName('realisations.csv')).toBe('realisations');
  });

  it('guesses nothing for other names or other files', () => {
    expect(kindFromFileName('export-services.csv')).toBeUndefined();
    expect(kindFromFileName('services.xml')).toBeUndefined();
    expect(kindFromFileName('gegevens.csv')).toBeUndefined();
  });
});

describe('fileKindLabel', () => {
  it('names messages and CSV kinds in Dutch', () => {
    expect(fileKindLabel('wmo323')).toBe('iWmo 323 declaratie');
    expect(fileKindLabel('jw301')).toBe('iJw 301 toewijzing');
    expect(fileKindLabel('services')).toBe('CSV: Voorzieningen (services)');
    expect(fileKindLabel('unknown')).toBe('Onbekend');
    expect(fileKindLabel('wmo999')).toBe('iWmo 999');
  });
});

describe('errorText', () => {
  it('says where: a CSV line or an XML path', () => {
    expect(errorText({ line: 4, message: 'Onbekende eenheid.' })).toBe('regel 4: Onbekende eenheid.');
    expect(errorText({ path: 'Bericht/Client/Bsn', message: 'Ontbreekt.' })).toBe('pad Bericht/Client/Bsn: Ontbreekt.');
    expect(errorText({ message: 'Geen XML.' })).toBe('Geen XML.');
  });
});

describe('formatBytes', () => {
  it('writes sizes the Dutch way', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(12_345)).toBe('12,3 kB');
    expect(formatBytes(1_500_000)).toBe('1,5 MB');
    expect(formatBytes(2_000_000_000)).toBe('2 GB');
  });
});

describe('progress', () => {
  it('counts whole percents of the bytes, 100 when done and 0 when the size is unknown', () => {
    expect(progressPercent(job('running', 333, 1000))).toBe(33);
    expect(progressPercent(job('running', 10, 0))).toBe(0);
    expect(progressPercent(job('done', 10, 1000))).toBe(100);
    expect(progressPercent(job('running', 2000, 1000))).toBe(100);
  });

  it('announces a status change and each quarter, nothing in between', () => {
    expect(progressAnnouncement(job('queued', 0, 1000))).toBe('De import staat in de wachtrij.');
    expect(progressAnnouncement(job('running', 100, 1000))).toBe('De import is gestart.');
    const quarter = progressAnnouncement(job('running', 260, 1000));
    expect(quarter).toBe('De import loopt: 25 procent verwerkt.');
    expect(progressAnnouncement(job('running', 490, 1000))).toBe(quarter);
    expect(progressAnnouncement(job('running', 500, 1000))).toBe('De import loopt: 50 procent verwerkt.');
    expect(progressAnnouncement(job('done', 1000, 1000, [file('imported'), file('rejected')]))).toBe('De import is klaar: 1 bestand geïmporteerd, 1 afgewezen.');
  });
});

describe('results', () => {
  it('counts files and records, and sums them up', () => {
    expect(fileCounts([file('imported', 3), file('rejected', 2), file('imported', 5)])).toEqual({ imported: 2, rejected: 1, records: 10 });
    expect(resultSummary({ files: [file('imported'), file('imported')] })).toBe('2 bestanden geïmporteerd');
    expect(resultSummary({ files: [file('rejected')] })).toBe('1 bestand afgewezen');
    expect(resultSummary({ files: [] })).toBe('geen bestanden gevonden');
  });
});

describe('fileProblem and uploadProblems', () => {
  it('accepts one readable, non-empty file under 1 GiB', () => {
    expect(fileProblem([{ name: 'services.csv', size: 10 }])).toBeNull();
  });

  it('refuses none, several, other types, empty and too large files', () => {
    expect(fileProblem([])).toBe('Kies een bestand.');
    expect(fileProblem([{ name: 'a.xml', size: 1 }, { name: 'b.xml', size: 1 }])).toMatch(/één ZIP-bestand/);
    expect(fileProblem([{ name: 'begroting.xlsx', size: 1 }])).toMatch(/^begroting\.xlsx kan Doorbraak niet lezen/);
    expect(fileProblem([{ name: 'leeg.csv', size: 0 }])).toBe('leeg.csv is leeg.');
    expect(fileProblem([{ name: 'groot.zip', size: 1024 ** 3 + 1 }])).toMatch(/groter dan 1 GiB/);
  });

  it('asks for a file, and for the kind of a CSV only', () => {
    expect(uploadProblems(null, '')).toEqual([{ path: 'file', message: 'Kies eerst een bestand.' }]);
    expect(uploadProblems({ type: 'csv' }, '')).toEqual([{ path: 'kind', message: 'Kies wat voor CSV-bestand dit is.' }]);
    expect(uploadProblems({ type: 'csv' }, 'services')).toEqual([]);
    expect(uploadProblems({ type: 'zip' }, '')).toEqual([]);
  });
});
