import { CSV_KINDS, type CsvKind } from '../domain/records.js';

export type EntryClass = { kind: 'xml' } | { kind: CsvKind } | { unsupported: string };

const CSV_NAMES = CSV_KINDS.join(', ');

/**
 * What a file in a ZIP is, from its name (CONTRACT.md "Service data → Import"): an iWmo/iJw
 * message (`.xml`) or a CSV whose base name starts with its kind (`services*.csv`, …).
 */
export function classifyEntry(name: string): EntryClass {
  const base = (name.split('/').pop() ?? name).toLowerCase();
  if (base.endsWith('.xml')) return { kind: 'xml' };
  if (base.endsWith('.csv')) {
    const kind = CSV_KINDS.find((candidate) => base.startsWith(candidate));
    if (kind) return { kind };
    return { unsupported: `CSV-bestand niet herkend: de naam moet beginnen met ${CSV_NAMES} (bijvoorbeeld services-2026.csv).` };
  }
  const dot = base.lastIndexOf('.');
  const type = dot > 0 ? `.${base.slice(dot + 1)}-bestand` : 'bestand zonder extensie';
  return { unsupported: `Dit ${type} wordt niet geïmporteerd: alleen iWmo/iJw-berichten (.xml) en CSV-bestanden (.csv).` };
}
