import { Readable } from 'node:stream';
import { and, eq, inArray } from 'drizzle-orm';
import { parseCsv } from '../imports/csv/parse-csv.js';
import { recordProblems } from '../imports/domain/border.js';
import type { BudgetRecord } from '../imports/domain/records.js';
import type { Db } from '../db/client.js';
import { budgetLines } from '../services/services.schema.js';
import { invalid, type FieldError } from '../shared/errors.js';

/** A budget file is a page of lines, not a data dump: 5 MB is tens of thousands of lines. */
export const MAX_BUDGET_CSV_BYTES = 5 * 1024 * 1024;
const INSERT_CHUNK = 1_000;

/** Where a CSV problem is, as the price-list import says it: `regel 3.pillar` (the column when the message names one). */
function csvPath(line: number | undefined, message: string): string {
  const where = line === undefined ? 'bestand' : `regel ${line}`;
  const column = /^(?:Kolom|Veld) (\w+)/.exec(message)?.[1];
  return column ? `${where}.${column}` : where;
}

/**
 * Reads a `budgets` CSV (CONTRACT.md) with the import's own parser, so the rules are one: every
 * row valid, a known pillar, no overlapping lines within a year, and no BSN in the text. Throws
 * 422 with every problem (at most 100) and its line; returns the lines otherwise.
 */
export async function readBudgetCsv(body: Uint8Array): Promise<BudgetRecord[]> {
  const records: BudgetRecord[] = [];
  const errors: FieldError[] = [];
  for await (const item of parseCsv('budgets', Readable.from([body]))) {
    if ('error' in item) errors.push({ path: csvPath(item.error.line, item.error.message), message: item.error.message });
    else if ('record' in item && item.record.type === 'budget') {
      for (const message of recordProblems(item.record)) errors.push({ path: csvPath(item.line, message), message });
      records.push(item.record);
    }
  }
  if (errors.length === 0 && records.length === 0) errors.push({ path: 'regel 2', message: 'Het bestand heeft alleen een kopregel: er staan geen begrotingsregels in.' });
  if (errors.length > 0) {
    const count = errors.length === 1 ? 'er is 1 fout' : `er zijn ${errors.length >= 100 ? '100 of meer' : errors.length} fouten`;
    throw invalid(errors.slice(0, 100), `De begroting is niet ingelezen: ${count}. Er is niets gewijzigd.`);
  }
  return records;
}

/** Replaces every budget line of each year in the file by the file's lines (inside the command's transaction). */
export async function replaceBudgetLines(tx: Db, tenantId: string, records: readonly BudgetRecord[]): Promise<{ years: number[]; lines: number; removed: number }> {
  const years = [...new Set(records.map((record) => record.year))].sort((a, b) => a - b);
  const removed = await tx
    .delete(budgetLines)
    .where(and(eq(budgetLines.tenantId, tenantId), inArray(budgetLines.year, years)))
    .returning({ year: budgetLines.year });
  for (let i = 0; i < records.length; i += INSERT_CHUNK) {
    await tx.insert(budgetLines).values(
      records.slice(i, i + INSERT_CHUNK).map((record) => ({
        tenantId,
        year: record.year,
        budgetLine: record.budgetLine,
        name: record.name,
        pillar: record.pillar,
        productCategory: record.productCategory,
        amountCents: record.amountCents,
      })),
    );
  }
  return { years, lines: records.length, removed: removed.length };
}
