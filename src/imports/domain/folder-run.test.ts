import { describe, expect, it } from 'vitest';
import { bundleOutcomes, summariseRun, zipOutcome } from './folder-run.js';

const imported = (name: string) => ({ name, status: 'imported' as const });
const rejected = (name: string) => ({ name, status: 'rejected' as const });

describe('folder run outcomes', () => {
  it('maps a bundle entry by entry; a bundle read as a whole failure rejects every file; a broken job leaves them', () => {
    expect(bundleOutcomes(['a.xml', 'b.csv'], { done: true, files: [imported('a.xml'), rejected('b.csv')] })).toEqual(['imported', 'rejected']);
    expect(bundleOutcomes(['a.xml', 'b.csv'], { done: true, files: [rejected('importmap.zip')] })).toEqual(['rejected', 'rejected']);
    expect(bundleOutcomes(['a.xml'], { done: false, files: [] })).toEqual(['left']);
  });

  it('imports a ZIP only when every file in it was imported', () => {
    expect(zipOutcome({ done: true, files: [imported('a.xml'), imported('b.xml')] })).toBe('imported');
    expect(zipOutcome({ done: true, files: [imported('a.xml'), rejected('b.xml')] })).toBe('rejected');
    expect(zipOutcome({ done: true, files: [] })).toBe('rejected');
    expect(zipOutcome({ done: false, files: [] })).toBe('left');
  });

  it('fails a run with a rejected or left file, and says which in Dutch with names and counts only', () => {
    expect(summariseRun([], '2026-05-04')).toEqual({ status: 'done', imported: 0, rejected: 0, message: 'Geen nieuwe bestanden in de importmap.' });
    expect(summariseRun([{ name: 'a.xml', outcome: 'imported' }], '2026-05-04')).toMatchObject({ status: 'done', message: '1 bestand geïmporteerd: a.xml.' });
    const failed = summariseRun(
      [
        { name: 'a.xml', outcome: 'imported' },
        { name: 'b.csv', outcome: 'rejected' },
        { name: 'c.zip', outcome: 'left' },
      ],
      '2026-05-04',
    );
    expect(failed).toEqual({
      status: 'failed',
      imported: 1,
      rejected: 1,
      message:
        '1 bestand van 3 afgewezen: b.csv; het staat in mislukt/2026-05-04. De fouten staan bij de import in Import eigen gegevens. ' +
        '1 bestand niet verwerkt door een fout bij het importeren: c.zip; het blijft staan voor de volgende ronde. 1 bestand geïmporteerd.',
    });
  });

  it('names at most ten files', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.xml`, outcome: 'rejected' as const }));
    expect(summariseRun(many, '2026-05-04').message).toContain('f9.xml en 2 andere;');
  });
});
