import { z } from 'zod';
import { DOMAIN_KEYS, FUNDING_STREAM_KEYS } from '../../../../src/plans/domain/vocabulary';
import { parseEuro } from '../../../../src/shared/money';
import { filtersToSearch } from '../../http/urlFilters';
import type { SolutionQuery } from './inspirationApi';

const text = z
  .string()
  .transform((value) => value.trim().slice(0, 200))
  .default('');
const oneOf = <K extends string>(keys: readonly [K, ...K[]]) => z.enum(keys).or(z.literal('')).default('');

/**
 * The library's search lives in the address (Dutch parameter names), so a search can be
 * bookmarked, shared with a colleague and reached with the back button. A value the API would
 * refuse falls back to "no filter" (`useUrlFilters`).
 */
export const inspirationFilters = z.object({
  zoek: text,
  leefgebied: oneOf(DOMAIN_KEYS),
  wet: text,
  geldstroom: oneOf(FUNDING_STREAM_KEYS),
  /** Whole euros as typed, e.g. "10.000"; empty for no minimum. */
  minimaalrendement: text,
});

export type InspirationFilters = z.output<typeof inspirationFilters>;

export const NO_FILTERS: InspirationFilters = inspirationFilters.parse({});

export const filtersHref = (path: string, filters: Partial<InspirationFilters>) =>
  `${path}${filtersToSearch(inspirationFilters, { ...NO_FILTERS, ...filters })}`;

/** The minimum return in cents, or null when it is empty; undefined when it cannot be read. */
export function minReturnCents(amount: string): number | null | undefined {
  if (!amount.trim()) return null;
  const cents = parseEuro(amount);
  return cents === null || cents < 0 ? undefined : cents;
}

/** The API query for these filters (the contract's names, amounts in cents). */
export function apiQuery(filters: InspirationFilters): SolutionQuery {
  const min = minReturnCents(filters.minimaalrendement);
  return {
    ...(filters.zoek ? { q: filters.zoek } : {}),
    ...(filters.leefgebied ? { domain: filters.leefgebied } : {}),
    ...(filters.wet ? { legalBasis: filters.wet } : {}),
    ...(filters.geldstroom ? { fundingStream: filters.geldstroom } : {}),
    ...(typeof min === 'number' ? { minReturnCents: min } : {}),
  };
}

export const isFiltered = (filters: InspirationFilters) => Object.values(filters).some((value) => value !== '');
