import { tablesToCsv, type ExportTable } from '../../../src/dashboard/domain/export-tables';
import { tablesToXlsxBytes, XLSX_MEDIA_TYPE } from '../../../src/dashboard/export/xlsx';

export type { ExportTable };
export type ExportFormat = 'csv' | 'xlsx';

/**
 * A table on screen as a file, made in the browser from the figures the page already has, with the
 * writers the dashboard export uses on the server: CSV for Dutch spreadsheets (semicolons, decimal
 * comma, UTF-8 with BOM) and a real XLSX workbook (one sheet per table).
 */
export function exportFile(tables: readonly ExportTable[], format: ExportFormat, baseName: string): { name: string; blob: Blob } {
  const name = `${fileBaseName(baseName)}.${format}`;
  if (format === 'csv') return { name, blob: new Blob([`\uFEFF${tablesToCsv(tables)}`], { type: 'text/csv;charset=utf-8' }) };
  const bytes = tablesToXlsxBytes(tables);
  // A copy into a plain ArrayBuffer: what Blob takes, whatever buffer fflate wrote into.
  return { name, blob: new Blob([bytes.slice().buffer as ArrayBuffer], { type: XLSX_MEDIA_TYPE }) };
}

/** "Begrotingsregels 2026 (peildatum 1 juli)" → "begrotingsregels-2026-peildatum-1-juli". */
export function fileBaseName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'tabel';
}

/** Saves the file through a temporary link: no new window, no server round trip. */
export function saveFile({ name, blob }: { name: string; blob: Blob }): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
