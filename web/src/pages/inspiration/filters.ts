import { DOMAIN_KEYS, FUNDING_STREAM_KEYS } from '../../../../src/plans/domain/vocabulary';
import { parseEuro } from '../../../../src/shared/money';

/**
 * The library's search lives in the address (Dutch parameter names), so a search can be
 * bookmarked, shared with a colleague and reached with the back button.
 */
export interface InspirationFilters {
  q: string;
  domain: string;
  legalBasis: string;
  fundingStream: string;
  /** Whole euros as typed, e.g. "10.000"; empty for no minimum. */
  minReturn: string;
}

export const NO_FILTERS: InspirationFilters = { q: '', domain: '', legalBasis: '', fundingStream: '', minReturn: '' };

const PARAMS = { q: 'zoek', domain: 'leefgebied', legalBasis: 'wet', fundingStream: 'geldstroom', minReturn: 'minimaalrendement' } as const;

const oneOf = (keys: readonly string[], value: string | null) => (value && keys.includes(value) ? value : '');

export function readFilters(search: URLSearchParams): InspirationFilters {
  const text = (key: string) => (search.get(key) ?? '').trim().slice(0, 200);
  return {
    q: text(PARAMS.q),
    domain: oneOf(DOMAIN_KEYS, search.get(PARAMS.domain)),
    legalBasis: text(PARAMS.legalBasis),
    fundingStream: oneOf(FUNDING_STREAM_KEYS, search.get(PARAMS.fundingStream)),
    minReturn: text(PARAMS.minReturn),
  };
}

export function filtersHref(path: string, filters: InspirationFilters): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof InspirationFilters)[]) {
    const value = filters[key].trim();
    if (value) search.set(PARAMS[key], value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The minimum return in cents, or null when it is empty; undefined when it cannot be read. */
export function minReturnCents(text: string): number | null | undefined {
  if (!text.trim()) return null;
  const cents = parseEuro(text);
  return cents === null || cents < 0 ? undefined : cents;
}

/** The API query for these filters (English parameter names, amounts in cents). */
export function apiQuery(filters: InspirationFilters): string {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  if (filters.domain) search.set('domain', filters.domain);
  if (filters.legalBasis) search.set('legalBasis', filters.legalBasis);
  if (filters.fundingStream) search.set('fundingStream', filters.fundingStream);
  const min = minReturnCents(filters.minReturn);
  if (typeof min === 'number') search.set('minReturnCents', String(min));
  return search.toString();
}

export const isFiltered = (filters: InspirationFilters) => Object.values(filters).some((value) => value.trim() !== '');
