import type { ImportSummary } from './libraryApi';

/** A list of codes that stays readable: the first ones, then how many more. */
export function codeList(codes: readonly string[], max = 10): string {
  if (codes.length <= max) return codes.join(', ');
  return `${codes.slice(0, max).join(', ')} en nog ${codes.length - max}`;
}

export interface SummaryLine {
  key: 'added' | 'updated' | 'unchanged';
  text: string;
}

/** "1 tarief wordt", "2 tarieven worden": the verb agrees with the count. */
function count(n: number, singular: string, plural: string): string {
  return n === 1 ? `1 tarief ${singular}` : `${n} tarieven ${plural}`;
}

/** What an import does (dry run) or did, line by line, in plain Dutch. */
export function summaryLines(summary: ImportSummary): SummaryLine[] {
  const future = summary.dryRun;
  const lines: SummaryLine[] = [];
  if (summary.added > 0) {
    const verb = future ? count(summary.added, 'wordt', 'worden') : count(summary.added, 'is', 'zijn');
    lines.push({ key: 'added', text: `${verb} toegevoegd: ${codeList(summary.addedCodes)}.` });
  }
  if (summary.updated > 0) {
    const verb = future ? count(summary.updated, 'wordt', 'worden') : count(summary.updated, 'is', 'zijn');
    lines.push({ key: 'updated', text: `${verb} bijgewerkt (en daarmee een eigen, lokaal tarief): ${codeList(summary.updatedCodes)}.` });
  }
  if (summary.unchanged > 0) {
    const verb = future ? count(summary.unchanged, 'blijft', 'blijven') : count(summary.unchanged, 'bleef', 'bleven');
    lines.push({ key: 'unchanged', text: `${verb} ongewijzigd: ${summary.unchanged === 1 ? 'dat staat' : 'die staan'} al zo in de prijslijst.` });
  }
  return lines;
}

/** True when importing would change nothing: then there is nothing to confirm. */
export const changesNothing = (summary: ImportSummary) => summary.added + summary.updated === 0;
