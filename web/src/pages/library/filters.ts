import { DOMAIN_KEYS, FUNDING_STREAM_KEYS } from '../../../../src/plans/domain/vocabulary';
import type { LegalBasesQuery, PriceListQuery } from './libraryApi';

/**
 * The search of the price list and the legal library lives in the address (Dutch parameter
 * names), so a search can be bookmarked, shared with a colleague and reached with the back button.
 */
export interface LibraryFilters {
  q: string;
  fundingStream: string;
  domain: string;
  origin: '' | 'national' | 'local';
  /** Deactivated items too; only for those who manage the library. */
  inactive: boolean;
}

export const NO_FILTERS: LibraryFilters = { q: '', fundingStream: '', domain: '', origin: '', inactive: false };

const PARAMS = { q: 'zoek', fundingStream: 'geldstroom', domain: 'leefgebied', origin: 'herkomst', inactive: 'gedeactiveerd' } as const;
const ORIGIN_PARAM = { national: 'landelijk', local: 'lokaal' } as const;

const oneOf = (keys: readonly string[], value: string | null) => (value && keys.includes(value) ? value : '');

export function readFilters(search: URLSearchParams): LibraryFilters {
  const origin = search.get(PARAMS.origin);
  return {
    q: (search.get(PARAMS.q) ?? '').trim().slice(0, 200),
    fundingStream: oneOf(FUNDING_STREAM_KEYS, search.get(PARAMS.fundingStream)),
    domain: oneOf(DOMAIN_KEYS, search.get(PARAMS.domain)),
    origin: origin === ORIGIN_PARAM.national ? 'national' : origin === ORIGIN_PARAM.local ? 'local' : '',
    inactive: search.get(PARAMS.inactive) === 'ja',
  };
}

export function filtersHref(path: string, filters: LibraryFilters): string {
  const search = new URLSearchParams();
  if (filters.q.trim()) search.set(PARAMS.q, filters.q.trim());
  if (filters.fundingStream) search.set(PARAMS.fundingStream, filters.fundingStream);
  if (filters.domain) search.set(PARAMS.domain, filters.domain);
  if (filters.origin) search.set(PARAMS.origin, ORIGIN_PARAM[filters.origin]);
  if (filters.inactive) search.set(PARAMS.inactive, 'ja');
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export function isFiltered(filters: LibraryFilters): boolean {
  return Boolean(filters.q || filters.fundingStream || filters.domain || filters.origin);
}

/** `canManage`: a link with `gedeactiveerd=ja` opened by someone else just shows the active items. */
export function priceQuery(filters: LibraryFilters, canManage: boolean): PriceListQuery {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.fundingStream ? { fundingStream: filters.fundingStream } : {}),
    ...(filters.domain ? { domain: filters.domain } : {}),
    ...(filters.origin ? { origin: filters.origin } : {}),
    ...(filters.inactive && canManage ? { includeInactive: true } : {}),
  };
}

export function legalQuery(filters: LibraryFilters, canManage: boolean): LegalBasesQuery {
  const { fundingStream: _ignored, ...rest } = priceQuery(filters, canManage);
  return rest;
}
