/**
 * A small RFC 4180 CSV reader and writer: quoted cells (with commas, semicolons, quotes and line
 * breaks inside), CRLF or LF, a byte-order mark. Each record keeps the physical line it starts on,
 * so validation messages can say "regel 4".
 */

export type Delimiter = ',' | ';';

export interface CsvRecord {
  /** 1-based physical line on which the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const BOM = '\uFEFF';

/**
 * The delimiter of the first record: `;` when it holds more semicolons than commas outside quotes
 * (Dutch spreadsheets save "CSV" with semicolons), otherwise `,`.
 */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text.startsWith(BOM) ? text.slice(1) : text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Parses CSV text into records. Completely empty lines are skipped (they hold no record); a line
 * with only delimiters is a record of empty cells. Throws `CsvError` for an unterminated quote or
 * text after a closing quote.
 */
export function parseCsv(input: string, delimiter: Delimiter = detectDelimiter(input)): CsvRecord[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;

  while (i < n) {
    // An empty line: no record.
    if (text[i] === '\n' || text[i] === '\r') {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      continue;
    }
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i += 1;
        for (;;) {
          if (i >= n) throw new CsvError(quoteLine, 'Een aanhalingsteken (") wordt niet afgesloten.');
          const char = text[i]!;
          if (char === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (char === '\r' || char === '\n') {
            // Line breaks inside a quoted cell are kept as written (CRLF stays CRLF).
            if (char === '\r' && text[i + 1] === '\n') {
              cell += '\r\n';
              i += 2;
            } else {
              cell += char;
              i += 1;
            }
            line += 1;
            continue;
          }
          cell += char;
          i += 1;
        }
        if (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
          throw new CsvError(line, `Na een afsluitend aanhalingsteken moet "${delimiter}" of het einde van de regel volgen.`);
        }
      } else {
        while (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
          cell += text[i];
          i += 1;
        }
      }
      cells.push(cell);
      if (i < n && text[i] === delimiter) {
        i += 1;
        continue;
      }
      break;
    }
    records.push({ line: start, cells });
    // End of the record: consume one line break.
    if (i < n) {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
    }
  }
  return records;
}

function quoteCell(cell: string, delimiter: Delimiter): string {
  return cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r') || cell === ''
    ? `"${cell.replaceAll('"', '""')}"`
    : cell;
}

/**
 * Writes records as CSV with CRLF line ends (RFC 4180). Cells are quoted only when needed, except
 * that a record consisting of one empty cell is written as `""` so it is not read as an empty line.
 */
export function formatCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return rows
    .map((cells) =>
      cells
        .map((cell) => (cell === '' && cells.length > 1 ? '' : quoteCell(cell, delimiter)))
        .join(delimiter),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}
