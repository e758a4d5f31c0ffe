import { Parser, type CsvError, type Options } from 'csv-parse';
import { MAX_ERRORS_PER_FILE, type CsvKind, type ParsedItem } from '../domain/records.js';
import { CsvRow } from './domain/csv-fields.js';
import { detectDelimiter, readHeader } from './domain/csv-header.js';
import { ROW_READERS } from './domain/csv-rows.js';
import { BudgetLinesCheck } from '../../grip/domain/budget-lines-check.js';

/** The header must end within this many bytes; beyond it the file is not a CSV of ours. */
const MAX_HEADER_BYTES = 64 * 1024;
/** Bigger chunks are fed in slices, so the records waiting to be yielded stay few. */
const SLICE_BYTES = 64 * 1024;

type Cells = string[];

/**
 * Streams one CSV file of `kind` (CONTRACT.md "Service data → Import"): first `{ kind }`, then a
 * record or errors per row, in file order, with the physical line (the header is line 1). The
 * input is fed to csv-parse chunk by chunk and never held whole. After MAX_ERRORS_PER_FILE errors,
 * or a header that does not fit the kind, it stops.
 */
export async function* parseCsv(kind: CsvKind, input: AsyncIterable<Uint8Array | string>): AsyncGenerator<ParsedItem> {
  yield { kind };
  const source = input[Symbol.asyncIterator]();
  let parser: RecordParser | undefined;
  try {
    const head = await readHeaderLine(source);
    const problem = headProblem(head.first) ?? (head.line === null ? 'Het bestand is leeg; de kopregel met de kolomnamen ontbreekt.' : null);
    const delimiter = head.line === null ? null : detectDelimiter(head.line);
    if (problem || delimiter === null || typeof delimiter === 'object') {
      yield { error: { line: 1, message: problem ?? (delimiter as { error: string }).error } };
      return;
    }

    const queue: ParsedItem[] = [];
    let errors = 0;
    let stopped = false;
    const lines = new LineCounter();
    let row: CsvRow | undefined;
    let columns = 0;
    const read = ROW_READERS[kind];
    // A budget file is also judged as a whole: no two lines of a year may overlap.
    const budgetCheck = kind === 'budgets' ? new BudgetLinesCheck() : undefined;
    const fail = (line: number, message: string) => {
      if (stopped) return;
      queue.push({ error: { line, message } });
      if (++errors >= MAX_ERRORS_PER_FILE) stopped = true;
    };

    const onRecord = (cells: Cells, line: number) => {
      const start = lines.record(line, cells);
      if (stopped) return;
      if (!row) {
        const header = readHeader(kind, cells);
        if ('error' in header) {
          fail(1, header.error);
          stopped = true;
        } else {
          row = new CsvRow(header.index);
          columns = cells.length;
        }
        return;
      }
      if (isBlank(cells)) return;
      row.load(cells);
      const record = read(row);
      const overlap = record?.type === 'budget' ? budgetCheck?.add({ line: start, ...record }) : null;
      if (overlap) fail(start, overlap.message);
      else if (record) queue.push({ record, line: start });
      else for (const message of row.errors) fail(start, message);
    };
    parser = new RecordParser(onRecord, {
      delimiter,
      // Both, so a file that mixes them (appended exports) still splits on every line.
      record_delimiter: ['\r\n', '\n'],
      bom: true,
      skip_empty_lines: true,
      relax_quotes: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        if (stopped || !error) return undefined;
        // csv-parse puts the line (where the record ends) and the record's cells on the error.
        const { lines: at, record: cells } = error as CsvError & { lines: number; record?: Cells };
        if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && cells) {
          const start = lines.record(at, cells);
          if (!isBlank(cells)) {
            fail(start, `Deze regel heeft ${cells.length} ${cells.length === 1 ? 'veld' : 'velden'}, de kopregel ${columns}. Controleer het scheidingsteken en de aanhalingstekens.`);
          }
        } else if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
          fail(lines.next(), 'Een aanhalingsteken (") wordt niet gesloten: de rest van het bestand is één veld geworden.');
        } else if (error.code === 'CSV_INVALID_CLOSING_QUOTE') {
          fail(lines.physical(at), 'Na een sluitend aanhalingsteken (") volgt geen scheidingsteken of einde van de regel.');
        } else {
          fail(at ? lines.physical(at) : lines.next(), 'Deze regel is geen geldige CSV.');
        }
        return undefined;
      },
    });
    const csv = parser;
    // Errors also reach write()'s callback; without a listener they would crash the process.
    csv.on('error', () => undefined);
    /** Feeds a chunk (or the end); false when csv-parse gave up. Errors of the input itself (a ZIP limit) pass on. */
    const parsed = (chunk: Buffer | null) =>
      new Promise<boolean>((resolve) => {
        const done = (error?: Error | null) => {
          if (error) {
            fail(lines.next(), 'Het bestand kon vanaf hier niet als CSV worden gelezen.');
            stopped = true;
          }
          resolve(!error);
        };
        if (chunk) csv.write(chunk, done);
        else csv.end(done);
      });

    for await (const chunk of restOf(head.chunks, source)) {
      for (let at = 0; at < chunk.length && !stopped; at += SLICE_BYTES) {
        await parsed(chunk.length <= SLICE_BYTES ? chunk : chunk.subarray(at, at + SLICE_BYTES));
        yield* queue;
        queue.length = 0;
      }
      if (stopped) break;
    }
    if (!stopped) await parsed(null);
    yield* queue;
  } finally {
    parser?.destroy();
    // Stopped early (or the consumer stopped): let the input close its file.
    await source.return?.();
  }
}

/**
 * csv-parse's stream, with each record handed to `onRecord` as it is parsed, with the line it ends
 * on, instead of being queued on the readable side. csv-parse's own `on_record` hook would give
 * the line too, but copies its whole info object per record, which costs a third of the speed.
 * Records and skipped-record errors thus arrive in file order, synchronously within write().
 */
class RecordParser extends Parser {
  constructor(
    private readonly onRecord: (cells: Cells, line: number) => void,
    options: Options,
  ) {
    super(options);
  }

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) return super.push(null, encoding);
    this.onRecord(chunk as Cells, this.info.lines);
    return true;
  }
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Reads until the first line with content has ended: the header decides the delimiter before
 * parsing starts. `line` is null for a file with nothing in it.
 */
async function readHeaderLine(source: AsyncIterator<Uint8Array | string>): Promise<{ chunks: Buffer[]; first: Buffer; line: string | null }> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let content = false;
  let complete = false;
  while (!complete && bytes <= MAX_HEADER_BYTES) {
    const next = await source.next();
    if (next.done) break;
    const chunk = toBuffer(next.value);
    chunks.push(chunk);
    bytes += chunk.length;
    for (let i = 0; i < chunk.length && !complete; i++) {
      const byte = chunk[i];
      if (byte !== 0x0a && byte !== 0x0d) content = true;
      else if (content) complete = true;
    }
  }
  const first = Buffer.concat(chunks, Math.min(bytes, MAX_HEADER_BYTES));
  const text = first.toString('utf8').replace(/^\uFEFF/, '');
  const line = text.split(/\r\n|\r|\n/).find((candidate) => candidate.trim() !== '');
  return { chunks, first, line: line ?? null };
}

/** What we can tell from the first bytes alone. */
function headProblem(first: Buffer): string | null {
  if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff)) {
    return 'Het bestand is opgeslagen als UTF-16; sla het op als CSV in UTF-8.';
  }
  return null;
}

async function* restOf(first: Buffer[], source: AsyncIterator<Uint8Array | string>): AsyncGenerator<Buffer> {
  yield* first;
  for (;;) {
    const next = await source.next();
    if (next.done) return;
    yield toBuffer(next.value);
  }
}

/** A row of empty cells (a spreadsheet's trailing `;;;;`): no record, no error. */
function isBlank(cells: Cells): boolean {
  for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

/**
 * Physical line numbers from csv-parse's count. It reports the line a record ends on, and counts a
 * CRLF inside quotes as two lines (outside quotes as one); we want the line a record starts on.
 */
class LineCounter {
  private lastEnd = 0;
  /** Lines csv-parse counted twice so far: CRLFs inside quoted cells. */
  private twice = 0;

  /** The physical line on which a record that csv-parse says ends on `end` starts. */
  record(end: number, cells: Cells): number {
    const jump = end - this.lastEnd;
    this.lastEnd = end;
    // One line further: the record is one line without breaks inside (the common case, no scan).
    if (jump === 1) return end - this.twice;
    let breaks = 0;
    for (const cell of cells) {
      if (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1) continue;
      for (let i = 0; i < cell.length; i++) {
        const c = cell.charCodeAt(i);
        if (c === 0x0d && cell.charCodeAt(i + 1) === 0x0a) {
          this.twice++;
          breaks++;
          i++;
        } else if (c === 0x0a || c === 0x0d) {
          breaks++;
        }
      }
    }
    return end - this.twice - breaks;
  }

  physical(line: number): number {
    return line - this.twice;
  }

  /** The line after the last record. */
  next(): number {
    return this.lastEnd - this.twice + 1;
  }
}
