import { z } from 'zod';
import { CSV_KINDS } from './domain/records.js';

/**
 * Request and response schemas of the import of the municipality's own records (CONTRACT.md
 * "Service data → Import"): `POST /imports` takes the file as the raw body and answers 202 with a
 * job; `GET /imports/:id` reports its progress and the result per file.
 */

export const IMPORT_STATUSES = ['queued', 'running', 'done'] as const;
export const FILE_STATUSES = ['imported', 'rejected'] as const;

export const importQuery = z.strictObject({
  kind: z.enum(CSV_KINDS).optional().describe('Bij text/csv: wat het bestand is (services, households, tariffs, budgets, realisations).'),
  name: z.string().max(255).optional().describe('De bestandsnaam, voor de geschiedenis.'),
});

export const importIdParams = z.strictObject({ id: z.string().max(100) });

export const importErrorOut = z.object({
  line: z.number().int().optional().describe('Regelnummer in de CSV (de kopregel is 1).'),
  path: z.string().optional().describe('Pad van het XML-element, bijvoorbeeld Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Omvang/Eenheid.'),
  message: z.string(),
});

export const importFileResult = z.object({
  name: z.string(),
  kind: z.string().describe('wmo301, wmo305, wmo307, wmo323, jw301 … of de CSV-soort; unknown als het bestand niet herkend is.'),
  status: z.enum(FILE_STATUSES),
  records: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(importErrorOut).max(100),
});
export type ImportFileResult = z.infer<typeof importFileResult>;

export const importProgress = z.object({
  records: z.number().int(),
  bytes: z.number().int(),
  totalBytes: z.number().int(),
});

export const importCreated = z.object({ id: z.string(), status: z.enum(IMPORT_STATUSES) });

export const importJobOut = z.object({
  id: z.string(),
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  createdBy: z.string().nullable().describe('Naam van wie importeerde.'),
  progress: importProgress,
  totals: z.object({ files: z.number().int(), rejected: z.number().int(), inserted: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  files: z.array(importFileResult).describe('Per bestand. In de lijst van imports hoogstens 100: de afgewezen eerst.'),
});
export type ImportJob = z.infer<typeof importJobOut>;

export const importListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const importListOut = z.object({ items: z.array(importJobOut), total: z.number().int() });
