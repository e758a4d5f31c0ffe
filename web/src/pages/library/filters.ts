import { z } from 'zod';
import type { LegalBasesQuery } from '../../../../src/library/legal-bases.contract';
import type { PriceListQuery } from '../../../../src/library/price-list.contract';
import { DOMAIN_KEYS, FUNDING_STREAM_KEYS } from '../../../../src/plans/domain/vocabulary';
import { filtersToSearch } from '../../http/urlFilters';

const text = z
  .string()
  .transform((value) => value.trim().slice(0, 200))
  .default('');
const oneOf = <K extends string>(keys: readonly [K, ...K[]]) => z.enum(keys).or(z.literal('')).default('');

/**
 * The search of the price list and the legal library lives in the address (Dutch parameter
 * names), so a search can be bookmarked, shared with a colleague and reached with the back button.
 * A value the API would refuse falls back to "no filter" (`useUrlFilters`).
 */
export const libraryFilters = z.object({
  zoek: text,
  geldstroom: oneOf(FUNDING_STREAM_KEYS),
  leefgebied: oneOf(DOMAIN_KEYS),
  herkomst: oneOf(['landelijk', 'lokaal']),
  /** Deactivated items too; only for those who manage the library. */
  gedeactiveerd: oneOf(['ja']),
});

export type LibraryFilters = z.output<typeof libraryFilters>;

export const NO_FILTERS: LibraryFilters = libraryFilters.parse({});

/** The address of a library page showing this search. */
export const filtersHref = (path: string, filters: Partial<LibraryFilters>) => `${path}${filtersToSearch(libraryFilters, { ...NO_FILTERS, ...filters })}`;

export function isFiltered(filters: LibraryFilters): boolean {
  return Boolean(filters.zoek || filters.geldstroom || filters.leefgebied || filters.herkomst);
}

const ORIGIN = { landelijk: 'national', lokaal: 'local' } as const;

/** The API query (contract names). `canManage`: a link with `gedeactiveerd=ja` opened by someone else just shows the active items. */
export function priceQuery(filters: LibraryFilters, canManage: boolean): PriceListQuery {
  return {
    ...(filters.zoek ? { q: filters.zoek } : {}),
    ...(filters.geldstroom ? { fundingStream: filters.geldstroom } : {}),
    ...(filters.leefgebied ? { domain: filters.leefgebied } : {}),
    ...(filters.herkomst ? { origin: ORIGIN[filters.herkomst] } : {}),
    ...(filters.gedeactiveerd && canManage ? { includeInactive: 'true' as const } : {}),
  };
}

/** The legal library has no funding streams. */
export function legalQuery(filters: LibraryFilters, canManage: boolean): LegalBasesQuery {
  const { fundingStream: _ignored, ...rest } = priceQuery(filters, canManage);
  return rest;
}
