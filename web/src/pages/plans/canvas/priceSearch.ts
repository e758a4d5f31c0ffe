import { compareNatural, fold, matchesQuery, queryTerms } from '../../../../../src/library/domain/search';
import type { PriceItem } from '../planTypes';

/**
 * Searches the loaded price list the way the server does (every word in code, name, unit, source
 * or note), ranked for picking: names that start with the query first, then names that hold every
 * word, then the rest; within each, by code.
 */
export function searchPriceItems(items: readonly PriceItem[], text: string): PriceItem[] {
  const terms = queryTerms(text);
  if (terms.length === 0) return [];
  const query = fold(text);
  const rank = (item: PriceItem) => {
    const name = fold(item.name);
    if (name.startsWith(query)) return 0;
    return terms.every((term) => name.includes(term)) ? 1 : 2;
  };
  return items
    .filter((item) => item.active && matchesQuery(terms, [item.code, item.name, item.unit, item.source, item.note]))
    .map((item) => ({ item, rank: rank(item) }))
    .sort((a, b) => a.rank - b.rank || compareNatural(a.item.code, b.item.code))
    .map(({ item }) => item);
}

/** What the line says about an estimated price: "Schatting" for low confidence, with the range from the note. */
export function confidenceOf(item: PriceItem): { label: string; detail: string; quiet: boolean } | null {
  if (item.confidence === 'high') return null;
  const range = /bandbreedte[^;]*/i.exec(item.note)?.[0];
  const detail = range ?? item.note.trim();
  return item.confidence === 'low' ? { label: 'Schatting', detail, quiet: false } : { label: 'Indicatief', detail, quiet: true };
}
