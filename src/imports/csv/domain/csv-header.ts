import type { CsvKind } from '../../domain/records.js';

/** The columns of each CSV kind, as CONTRACT.md "Service data → Import" lists them. */
export const CSV_COLUMNS = {
  services: ['serviceId', 'bsn', 'clientNumber', 'pillar', 'productCategory', 'productCode', 'productName', 'provider', 'startDate', 'endDate', 'volume', 'unit', 'frequency', 'unitPriceCents', 'amountCents'],
  households: ['bsn', 'clientNumber', 'householdId', 'validFrom', 'validTo'],
  tariffs: ['provider', 'productCategory', 'productCode', 'unit', 'unitPriceCents', 'validFrom', 'validTo'],
  budgets: ['year', 'budgetLine', 'name', 'pillar', 'productCategory', 'amountCents'],
  realisations: ['serviceId', 'periodStart', 'periodEnd', 'amountCents'],
} as const satisfies Record<CsvKind, readonly string[]>;

export type CsvColumn<K extends CsvKind> = (typeof CSV_COLUMNS)[K][number];
export type AnyCsvColumn = CsvColumn<CsvKind>;

/** Where each column of the kind sits in a row. */
export type ColumnIndex = Partial<Record<AnyCsvColumn, number>>;

export type Delimiter = ';' | ',';

export const WRONG_DELIMITER = 'Scheidingsteken niet herkend: gebruik ; of ,';

/**
 * The delimiter of a header line: `;` when it holds more semicolons than commas outside quotes
 * (Dutch spreadsheets save "CSV" with semicolons), else `,`. A header with neither but with a tab
 * or `|` was written with a delimiter we do not read.
 */
export function detectDelimiter(headerLine: string): Delimiter | { error: string } {
  let commas = 0;
  let semicolons = 0;
  let others = 0;
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const char = headerLine.charCodeAt(i);
    if (char === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (char === 0x2c) commas++;
    else if (char === 0x3b) semicolons++;
    else if (char === 0x09 || char === 0x7c) others++;
  }
  if (commas === 0 && semicolons === 0 && others > 0) return { error: WRONG_DELIMITER };
  return semicolons > commas ? ';' : ',';
}

/**
 * Maps the header cells to the kind's columns. Names match case-insensitively and whatever their
 * order; unknown extra columns are ignored. Every listed column must be there (empty cells are
 * fine where a value is optional).
 */
export function readHeader(kind: CsvKind, cells: readonly string[]): { index: ColumnIndex } | { error: string } {
  const wanted = new Map<string, AnyCsvColumn>(CSV_COLUMNS[kind].map((name) => [name.toLowerCase(), name]));
  const index: ColumnIndex = {};
  const twice: string[] = [];
  cells.forEach((cell, i) => {
    const column = wanted.get(cell.trim().toLowerCase());
    if (!column) return;
    if (index[column] !== undefined) twice.push(column);
    else index[column] = i;
  });
  const missing = CSV_COLUMNS[kind].filter((name) => index[name] === undefined);
  if (missing.length > 0) {
    if (cells.length === 1 && /[\t|]/.test(cells[0] ?? '')) return { error: WRONG_DELIMITER };
    const list = missing.join(', ');
    return {
      error: missing.length === 1
        ? `Kolom ${list} ontbreekt in de kopregel. Een ${kind}-bestand heeft de kolommen ${CSV_COLUMNS[kind].join(', ')}.`
        : `Kolommen ${list} ontbreken in de kopregel. Een ${kind}-bestand heeft de kolommen ${CSV_COLUMNS[kind].join(', ')}.`,
    };
  }
  if (twice.length > 0) return { error: `Kolom ${twice.join(', ')} staat meer dan eens in de kopregel.` };
  return { index };
}
