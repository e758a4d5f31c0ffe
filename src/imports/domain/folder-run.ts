/**
 * How a pass over the watched import folder ends: per file whether it was imported (moved to
 * verwerkt/), rejected (moved to mislukt/) or left where it is (its job failed: tried again next
 * pass), and the Dutch message of the run. Messages name files and counts only, never content.
 */

export type FileOutcome = 'imported' | 'rejected' | 'left';

export interface JobOutcome {
  /** The job finished (status done); otherwise it broke off and nothing of it is certain. */
  done: boolean;
  /** Per-file results of the job, in the order the runner read them. */
  files: readonly { name: string; status: 'imported' | 'rejected' }[];
}

/** A bundle of loose files: entry i is file i. A bundle that could not be read at all rejects every file. */
export function bundleOutcomes(fileNames: readonly string[], job: JobOutcome): FileOutcome[] {
  if (!job.done) return fileNames.map(() => 'left');
  if (job.files.length !== fileNames.length) return fileNames.map(() => 'rejected');
  return job.files.map((file, i) => (file.status === 'imported' && file.name === fileNames[i] ? 'imported' : 'rejected'));
}

/** A ZIP of the folder: imported only when every file in it was. */
export function zipOutcome(job: JobOutcome): FileOutcome {
  if (!job.done) return 'left';
  return job.files.length > 0 && job.files.every((file) => file.status === 'imported') ? 'imported' : 'rejected';
}

const MAX_NAMES = 10;

function names(list: readonly string[]): string {
  const shown = list.slice(0, MAX_NAMES).join(', ');
  return list.length > MAX_NAMES ? `${shown} en ${list.length - MAX_NAMES} andere` : shown;
}

const files = (n: number) => (n === 1 ? '1 bestand' : `${n} bestanden`);

export interface RunSummary {
  status: 'done' | 'failed';
  imported: number;
  /** Moved to mislukt/; files that were left are neither imported nor rejected. */
  rejected: number;
  message: string;
}

/** The run's status and message from its files' outcomes (`date` names the folders they went to). */
export function summariseRun(outcomes: readonly { name: string; outcome: FileOutcome }[], date: string): RunSummary {
  const of = (outcome: FileOutcome) => outcomes.filter((file) => file.outcome === outcome).map((file) => file.name);
  const imported = of('imported');
  const rejected = of('rejected');
  const left = of('left');
  const parts: string[] = [];
  if (outcomes.length === 0) parts.push('Geen nieuwe bestanden in de importmap.');
  if (rejected.length > 0) {
    parts.push(`${files(rejected.length)} van ${outcomes.length} afgewezen: ${names(rejected)}; ${rejected.length === 1 ? 'het staat' : 'ze staan'} in mislukt/${date}. De fouten staan bij de import in Import eigen gegevens.`);
  }
  if (left.length > 0) {
    parts.push(`${files(left.length)} niet verwerkt door een fout bij het importeren: ${names(left)}; ${left.length === 1 ? 'het blijft' : 'ze blijven'} staan voor de volgende ronde.`);
  }
  if (imported.length > 0) parts.push(`${files(imported.length)} geïmporteerd${rejected.length + left.length === 0 ? `: ${names(imported)}` : ''}.`);
  return {
    status: rejected.length + left.length > 0 ? 'failed' : 'done',
    imported: imported.length,
    rejected: rejected.length,
    message: parts.join(' '),
  };
}
