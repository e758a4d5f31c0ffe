import { describe, expect, it } from 'vitest';
import { changesNothing, codeList, summaryLines } from './importSummary';

const summary = { added: 2, updated: 1, unchanged: 1, total: 4, addedCodes: ['IMP-1', 'IMP-2'], updatedCodes: ['PL-002'], dryRun: true };

describe('import summary', () => {
  it('says what a dry run would do, the verb agreeing with the count', () => {
    expect(summaryLines(summary).map((line) => line.text)).toEqual([
      '2 tarieven worden toegevoegd: IMP-1, IMP-2.',
      '1 tarief wordt bijgewerkt (en daarmee een eigen, lokaal tarief): PL-002.',
      '1 tarief blijft ongewijzigd: dat staat al zo in de prijslijst.',
    ]);
  });

  it('says what an import did, and leaves out what did not happen', () => {
    expect(summaryLines({ ...summary, dryRun: false, updated: 0, updatedCodes: [], unchanged: 3 }).map((line) => line.text)).toEqual([
      '2 tarieven zijn toegevoegd: IMP-1, IMP-2.',
      '3 tarieven bleven ongewijzigd: die staan al zo in de prijslijst.',
    ]);
    expect(changesNothing({ ...summary, added: 0, updated: 0 })).toBe(true);
    expect(changesNothing(summary)).toBe(false);
  });

  it('shortens a long list of codes', () => {
    expect(codeList(['A', 'B', 'C', 'D'], 2)).toBe('A, B en nog 2');
  });
});
