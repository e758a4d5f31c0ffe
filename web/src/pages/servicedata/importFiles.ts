import { CSV_KINDS, type CsvKind } from '../../../../src/imports/domain/records';
import type { ImportFileResult, ImportJob } from './servicedataApi';

/** What an upload is, by the extension of its name: each has the media type the API expects. */
export const UPLOAD_TYPES = {
  xml: { contentType: 'application/xml', label: 'iWmo- of iJw-bericht (XML)' },
  zip: { contentType: 'application/zip', label: 'ZIP-bestand met berichten en CSV-bestanden' },
  csv: { contentType: 'text/csv', label: 'CSV-bestand' },
} as const;
export type UploadType = keyof typeof UPLOAD_TYPES;

export const ACCEPT = '.xml,.zip,.csv,application/xml,text/xml,application/zip,text/csv';

export function uploadTypeOf(fileName: string): UploadType | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  return extension === 'xml' || extension === 'zip' || extension === 'csv' ? extension : null;
}

/** `services-2026.csv` → services, as CONTRACT.md names them inside a ZIP (`services*.csv`). */
export function kindFromFileName(fileName: string): CsvKind | undefined {
  const base = fileName.trim().split(/[\\/]/).pop()!.toLowerCase();
  if (!base.endsWith('.csv')) return undefined;
  return CSV_KINDS.find((kind) => base.startsWith(kind));
}

export const CSV_KIND_LABELS: Record<CsvKind, string> = {
  services: 'Voorzieningen (services)',
  households: 'Huishoudens (households)',
  tariffs: 'Tarieven (tariffs)',
  budgets: 'Begroting (budgets)',
  realisations: 'Realisaties (realisations)',
};

const MESSAGE_LABELS: Record<string, string> = {
  '301': '301 toewijzing',
  '305': '305 start zorg',
  '307': '307 stop zorg',
  '323': '323 declaratie',
};

/** `wmo323` → "iWmo 323 declaratie"; a CSV kind by its label; `unknown` → "Onbekend". */
export function fileKindLabel(kind: string): string {
  if ((CSV_KINDS as readonly string[]).includes(kind)) return `CSV: ${CSV_KIND_LABELS[kind as CsvKind]}`;
  const message = /^(wmo|jw)(\d{3})$/.exec(kind);
  if (message) return `${message[1] === 'wmo' ? 'iWmo' : 'iJw'} ${MESSAGE_LABELS[message[2]!] ?? message[2]}`;
  return kind === 'unknown' ? 'Onbekend' : kind;
}

/** "regel 4: …", "pad Bericht/Client[2]/…: …" or only the message. */
export function errorText(error: ImportFileResult['errors'][number]): string {
  if (error.line !== undefined) return `regel ${error.line}: ${error.message}`;
  if (error.path) return `pad ${error.path}: ${error.message}`;
  return error.message;
}

const number = new Intl.NumberFormat('nl-NL');
export const formatCount = (n: number) => number.format(n);

/** "12,3 kB", "1,2 MB": decimal units, one decimal, Dutch notation. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} ${units[unit]}`;
}

/** Whole percent of the bytes read; 100 once done, 0 while nothing is known. */
export function progressPercent(job: Pick<ImportJob, 'status' | 'progress'>): number {
  if (job.status === 'done') return 100;
  const { bytes, totalBytes } = job.progress;
  if (totalBytes <= 0) return 0;
  return Math.min(100, Math.floor((bytes / totalBytes) * 100));
}

export const IMPORT_STATUS_LABELS: Record<ImportJob['status'], string> = { queued: 'In de wachtrij', running: 'Bezig', done: 'Klaar' };

export function fileCounts(files: readonly Pick<ImportFileResult, 'status' | 'records'>[]) {
  return {
    imported: files.filter((file) => file.status === 'imported').length,
    rejected: files.filter((file) => file.status === 'rejected').length,
    records: files.reduce((sum, file) => sum + file.records, 0),
  };
}

const files = (n: number) => (n === 1 ? '1 bestand' : `${formatCount(n)} bestanden`);

/** "2 bestanden geïmporteerd, 1 afgewezen" (the rejected part only when there are any). */
export function resultSummary(job: Pick<ImportJob, 'files'>): string {
  const { imported, rejected } = fileCounts(job.files);
  if (job.files.length === 0) return 'geen bestanden gevonden';
  if (rejected === 0) return `${files(imported)} geïmporteerd`;
  if (imported === 0) return `${files(rejected)} afgewezen`;
  return `${files(imported)} geïmporteerd, ${formatCount(rejected)} afgewezen`;
}

/**
 * What the polite live region says. It changes only at a status change and per quarter of the
 * file, so a screen reader hears a few messages during an import, not one every second.
 */
export function progressAnnouncement(job: Pick<ImportJob, 'status' | 'progress' | 'files'>): string {
  if (job.status === 'queued') return 'De import staat in de wachtrij.';
  if (job.status === 'done') return `De import is klaar: ${resultSummary(job)}.`;
  const quarter = Math.floor(progressPercent(job) / 25) * 25;
  return quarter === 0 ? 'De import is gestart.' : `De import loopt: ${quarter} procent verwerkt.`;
}

/** The API's limit (CONTRACT.md: up to 1 GiB). */
export const MAX_UPLOAD_BYTES = 1024 ** 3;

/** Why a chosen or dropped file cannot be sent, in Dutch; null when it can. */
export function fileProblem(files: readonly Pick<File, 'name' | 'size'>[]): string | null {
  if (files.length === 0) return 'Kies een bestand.';
  if (files.length > 1) return 'Kies één bestand. Wilt u meer bestanden tegelijk aanleveren? Pak ze in als één ZIP-bestand.';
  const [file] = files as [Pick<File, 'name' | 'size'>];
  if (!uploadTypeOf(file.name)) return `${file.name} kan Doorbraak niet lezen. Kies een iWmo- of iJw-bericht (.xml), een ZIP-bestand (.zip) of een CSV-bestand (.csv).`;
  if (file.size === 0) return `${file.name} is leeg.`;
  if (file.size > MAX_UPLOAD_BYTES) return `${file.name} is groter dan 1 GiB. Splits het op, bijvoorbeeld in een ZIP per maand.`;
  return null;
}

/** The form's own checks before sending: a file, and for a CSV its kind. Paths as the API names them. */
export function uploadProblems(chosen: { type: UploadType } | null, kind: string): { path: 'file' | 'kind'; message: string }[] {
  if (!chosen) return [{ path: 'file', message: 'Kies eerst een bestand.' }];
  if (chosen.type === 'csv' && !kind) return [{ path: 'kind', message: 'Kies wat voor CSV-bestand dit is.' }];
  return [];
}
