import type { BulkSession } from '../db/bulk.js';
import { recordProblems } from './domain/border.js';
import type { Pseudonymiser } from './domain/pseudonymise.js';
import { MAX_ERRORS_PER_FILE, type ImportError, type ParsedItem } from './domain/records.js';
import { mergeStage } from './import-merge.js';
import { copyColumns, STAGES, stageRow, type StageName } from './import-stage.js';
import type { ImportFileResult } from './imports.contract.js';

/** Rows per COPY: big enough to amortise a round trip, small enough to keep memory flat. */
const COPY_ROWS = 5_000;
/** The order stages merge in: assignments before the 305/307 that correct their period. */
const MERGE_ORDER: StageName[] = ['households', 'tariffs', 'budgets', 'services', 'starts', 'stops', 'declarations', 'realisations'];

export const UNREADABLE = 'Dit bestand kon niet worden gelezen; er is niets van opgeslagen. Controleer of het een geldig iWmo/iJw-bericht, CSV- of ZIP-bestand is.';

/**
 * Files imported in one transaction. A municipality sends thousands of small messages (one 301
 * per client and provider), so each file is not its own transaction: its records cross the border
 * (pseudonymised) into temp staging tables, tagged with the file; a file with any invalid record
 * has its rows dropped again, so it changes nothing; one merge at the end stores the valid files.
 */
export class ImportBatch {
  private readonly created = new Set<StageName>();
  private readonly pending = new Map<StageName, string[]>();
  readonly results: ImportFileResult[] = [];
  private seq = 0;
  rows = 0;

  constructor(
    private readonly session: BulkSession,
    private readonly tenantId: string,
    private readonly border: Pseudonymiser,
  ) {}

  get files(): number {
    return this.results.length;
  }

  /** Streams one file into the staging tables; rejected files leave nothing behind. */
  async add(file: { name: string; items: AsyncIterable<ParsedItem> }, onRecord: () => void): Promise<void> {
    const fileNo = this.results.length;
    const result: ImportFileResult = { name: file.name, kind: 'unknown', status: 'imported', records: 0, inserted: 0, updated: 0, unchanged: 0, errors: [] };
    this.results.push(result);
    const errors: ImportError[] = result.errors;
    let staged = 0;
    try {
      for await (const item of file.items) {
        if ('kind' in item) {
          result.kind = item.kind;
        } else if ('error' in item) {
          if (errors.length < MAX_ERRORS_PER_FILE) errors.push(item.error);
        } else {
          result.records += 1;
          onRecord();
          const problems = recordProblems(item.record);
          for (const message of problems) if (errors.length < MAX_ERRORS_PER_FILE) errors.push({ message: `Record ${result.records}: ${message}` });
          // Once the file is invalid nothing of it will be stored: only count and collect errors.
          if (errors.length > 0) continue;
          this.seq += 1;
          const { stage, line } = stageRow(item.record, fileNo, this.seq, this.border, result.kind);
          await this.stage(stage, line);
          staged += 1;
        }
      }
    } catch (error) {
      // A stream that breaks off (a ZIP bomb, a damaged entry): the file is rejected as a whole.
      errors.push({ message: error instanceof Error && 'dutch' in error && typeof error.dutch === 'string' ? error.dutch : UNREADABLE });
    }
    if (errors.length === 0 && result.records === 0) errors.push({ message: 'Het bestand bevat geen gegevens om te importeren.' });
    if (errors.length > 0) {
      result.status = 'rejected';
      if (staged > 0) await this.drop(fileNo);
    } else {
      this.rows += staged;
    }
  }

  /** Merges every valid file and returns the results, counts filled in. */
  async merge(): Promise<ImportFileResult[]> {
    for (const stage of this.pending.keys()) await this.flush(stage);
    for (const stage of MERGE_ORDER) {
      if (!this.created.has(stage)) continue;
      const counts = await mergeStage(this.session, stage, `import_stage_${stage}`, this.tenantId);
      for (const [fileNo, merged] of counts) {
        const result = this.results[fileNo]!;
        result.inserted += merged.inserted;
        result.updated += merged.updated;
      }
    }
    for (const result of this.results) {
      if (result.status === 'imported') result.unchanged = result.records - result.inserted - result.updated;
    }
    return this.results;
  }

  private async stage(stage: StageName, line: string): Promise<void> {
    if (!this.created.has(stage)) {
      await this.session.query(`create temp table import_stage_${stage} (${STAGES[stage].join(', ')}) on commit drop`);
      this.created.add(stage);
    }
    let lines = this.pending.get(stage);
    if (!lines) {
      lines = [];
      this.pending.set(stage, lines);
    }
    lines.push(line);
    if (lines.length >= COPY_ROWS) await this.flush(stage);
  }

  private async flush(stage: StageName): Promise<void> {
    const lines = this.pending.get(stage);
    if (!lines || lines.length === 0) return;
    await this.session.copy(`import_stage_${stage}`, copyColumns(stage), lines.join(''));
    this.pending.set(stage, []);
  }

  private async drop(fileNo: number): Promise<void> {
    for (const stage of this.created) {
      const lines = this.pending.get(stage);
      if (lines) this.pending.set(stage, lines.filter((line) => !line.startsWith(`${fileNo}\t`)));
      await this.session.query(`delete from import_stage_${stage} where file_no = $1`, [fileNo]);
    }
  }
}
