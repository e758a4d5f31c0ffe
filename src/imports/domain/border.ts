import { findBsns } from '../../privacy/domain/guard.js';
import { findUnstorableCharacters } from '../../shared/text-safety.js';
import type { ImportRecord } from './records.js';

/**
 * The one guard of typed input, applied to what a file wants stored: every kept text of a record
 * (all but the BSN field, which the border hashes) must hold no BSN and no unstorable character.
 * Both parsers feed it, so a product name or household id cannot carry a BSN in.
 */
/**
 * Numbers the standards define (ToewijzingNummer is an integer of up to 20 digits; declaration
 * and reference numbers) would pass the 11-proef one time in eleven: they are not free text.
 * The household id never reaches the database (the border hashes it).
 */
const IDENTIFIERS = new Set(['serviceId', 'declarationNumber', 'productReference', 'householdId']);

export function recordProblems(record: ImportRecord): string[] {
  const kept: Record<string, unknown> = Object.fromEntries(Object.entries(record).filter(([field]) => !IDENTIFIERS.has(field)));
  if ('client' in record) kept.client = { clientNumber: record.client.clientNumber };
  const problems: string[] = [];
  for (const [field, value] of Object.entries(kept)) {
    const texts = typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).filter((v): v is string => typeof v === 'string') : [];
    // A BSN has nine digits: values with fewer skip findBsns' regex.
    if (texts.some((text) => (text.match(/\d/g)?.length ?? 0) >= 9 && findBsns(text).length > 0)) {
      problems.push(`Veld ${field} lijkt een burgerservicenummer (BSN) te bevatten; dat wordt niet opgeslagen.`);
    }
  }
  for (const error of findUnstorableCharacters(kept)) problems.push(`Veld ${error.path}: ${error.message}`);
  return problems;
}
