/** Searching the price list and the legal library: case- and accent-insensitive, word by word. */

/** Lower case without diacritics and with single spaces: `Cliënt  Één` → `client een`. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that only say "article" and carry no meaning in a search for one: `art. 35` finds `35`. */
const FILLER = new Set(['art', 'art.', 'artikel', 'artikelen']);

/** The words of a query, folded; empty for a blank query. */
export function queryTerms(query: string | undefined): string[] {
  if (!query) return [];
  return fold(query)
    .split(' ')
    .filter((term) => term !== '' && !FILLER.has(term));
}

/** True when every word of the query occurs in one of the fields (a blank query matches all). */
export function matchesQuery(terms: readonly string[], fields: readonly (string | null | undefined)[]): boolean {
  if (terms.length === 0) return true;
  const haystack = fields
    .filter((field): field is string => typeof field === 'string' && field !== '')
    .map(fold)
    .join(' \u0000 ');
  return terms.every((term) => haystack.includes(term));
}

/**
 * Natural order for codes and article numbers: `PW-9` before `PW-12`, `2.3.5` before `2.3.10`.
 * Deterministic (no locale): digit runs compare by value, other runs by code point of the folded text.
 */
export function compareNatural(a: string, b: string): number {
  const split = (s: string) => fold(s).match(/\d+|\D+/g) ?? [];
  const left = split(a);
  const right = split(b);
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    const xDigits = /^\d/.test(x);
    const yDigits = /^\d/.test(y);
    if (xDigits && yDigits) {
      // Compare digit runs as numbers of any length: first by significant length, then digit by digit.
      const xs = x.replace(/^0+/, '');
      const ys = y.replace(/^0+/, '');
      if (xs.length !== ys.length) return xs.length - ys.length;
      if (xs !== ys) return xs < ys ? -1 : 1;
      // Same value, different zero padding: shorter first.
      if (x.length !== y.length) return x.length - y.length;
      continue;
    }
    return x < y ? -1 : 1;
  }
  if (left.length !== right.length) return left.length - right.length;
  // Folded equal (case or accents differ): fall back to the raw strings for a total order.
  return a < b ? -1 : a > b ? 1 : 0;
}
