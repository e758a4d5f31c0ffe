import { z } from 'zod';
import { priceImportBody } from '../../../../src/library/price-list.contract';

/** The API takes at most 1 MiB of CSV text per import. */
export const MAX_CSV_BYTES = 1024 * 1024;

/** The import form: the contract's `csv`, and first of all something to read. */
export const importFormSchema = z.object({
  csv: z
    .string()
    .refine((text) => text.trim() !== '', { message: 'Kies een bestand of plak de inhoud van een CSV-bestand.', abort: true })
    .pipe(priceImportBody.shape.csv),
});

/**
 * The text of an uploaded CSV file. Excel in Dutch saves "CSV (gescheiden door lijstscheidingsteken)"
 * as Windows-1252, not UTF-8; decoding that as UTF-8 would silently turn every é into �, so a file
 * that is not valid UTF-8 is read as Windows-1252 instead and the user is told.
 */
export function decodeCsv(bytes: ArrayBuffer): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Why a chosen file cannot be read, or null when it can. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return `Het bestand ${file.name} is leeg.`;
  if (file.size > MAX_CSV_BYTES) return `Het bestand ${file.name} is groter dan 1 MB. Lees de tarieven in delen in.`;
  if (/\.(xlsx?|ods|numbers)$/i.test(file.name)) {
    return `${file.name} is een spreadsheet, geen CSV-bestand. Kies in uw spreadsheetprogramma ‘Opslaan als’ en dan CSV.`;
  }
  return null;
}
