/**
 * Case numbers as the municipalities write them: the year, a hyphen and a running number of at
 * least three digits (2026-012). "Nieuw plan" suggests the next one; the user may type another.
 */

/** Longest running number that counts: longer ones are someone's own scheme, not the sequence. */
export const MAX_SEQUENCE_DIGITS = 9;

/** The running number of `caseNumber` in `year` (`2026-012` → 12), or null for any other shape. */
export function caseSequence(caseNumber: string, year: number): number | null {
  const match = new RegExp(`^${year}-(\\d{1,${MAX_SEQUENCE_DIGITS}})$`).exec(caseNumber.trim());
  return match ? Number(match[1]) : null;
}

/** The number after the highest one of the year, or `<year>-001` for the first plan of the year. */
export function suggestCaseNumber(year: number, highest: number | null): string {
  const next = (highest ?? 0) + 1;
  return `${year}-${String(next).padStart(3, '0')}`;
}

/** The suggestion from a list of existing case numbers (the pure twin of the SQL in case-number.queries.ts). */
export function nextCaseNumber(existing: readonly string[], year: number): string {
  const sequences = existing.map((caseNumber) => caseSequence(caseNumber, year)).filter((n): n is number => n !== null);
  return suggestCaseNumber(year, sequences.length === 0 ? null : Math.max(...sequences));
}
