import type { LegalBases, LegalBasesQuery, LegalBasis, LegalBasisCreate, LegalBasisUpdate } from '../../../../src/library/legal-bases.contract';
import type { ImportSummary, PriceItem, PriceItemCreate, PriceItemUpdate, PriceList, PriceListQuery } from '../../../../src/library/price-list.contract';
import type { QueryClient } from '@tanstack/react-query';
import { query, request } from '../../http/client';

/** The price list and the legal library of the API; every type is the server's contract. */

export type { ImportSummary, LegalBases, LegalBasis, PriceItem, PriceList };
export type { Origin } from '../../../../src/library/library.contract';

const item = (base: string, code: string) => `${base}/${encodeURIComponent(code)}`;

/** The download for spreadsheets: semicolons, as Dutch Excel expects. */
export const PRICE_LIST_EXCEL_HREF = '/api/v1/price-list.csv?delimiter=semicolon';

/** Query keys: `['library', …]`, so one invalidation after a change refreshes every list. */
export const libraryKeys = {
  all: ['library'] as const,
  prices: (q: PriceListQuery) => ['library', 'prices', q] as const,
  price: (code: string) => ['library', 'price', code] as const,
  legal: (q: LegalBasesQuery) => ['library', 'legal', q] as const,
  basis: (code: string) => ['library', 'basis', code] as const,
};

/**
 * After a change: what is not on screen is dropped from the cache (it loads fresh when shown, never
 * an old list first); what is on screen is marked stale, and fetched again when `refetch`.
 */
export function afterLibraryChange(queryClient: QueryClient, { refetch = false } = {}): Promise<void> {
  queryClient.removeQueries({ queryKey: libraryKeys.all, type: 'inactive' });
  return queryClient.invalidateQueries({ queryKey: libraryKeys.all, refetchType: refetch ? 'active' : 'none' });
}

export const libraryApi = {
  prices: {
    list: (q: PriceListQuery) => request<PriceList>(`/api/v1/price-list${query({ ...q })}`),
    get: (code: string) => request<PriceItem>(item('/api/v1/price-list', code)),
    create: (input: PriceItemCreate) => request<PriceItem>('/api/v1/price-list', { method: 'POST', body: input }),
    update: (code: string, changes: PriceItemUpdate) => request<PriceItem>(item('/api/v1/price-list', code), { method: 'PUT', body: changes }),
    deactivate: (code: string) => request<PriceItem>(item('/api/v1/price-list', code), { method: 'DELETE' }),
    import: (csv: string, dryRun: boolean) => request<ImportSummary>('/api/v1/price-list/import', { method: 'POST', body: { csv, dryRun } }),
  },
  legal: {
    list: (q: LegalBasesQuery) => request<LegalBases>(`/api/v1/legal-bases${query({ ...q })}`),
    get: (code: string) => request<LegalBasis>(item('/api/v1/legal-bases', code)),
    create: (input: LegalBasisCreate) => request<LegalBasis>('/api/v1/legal-bases', { method: 'POST', body: input }),
    update: (code: string, changes: LegalBasisUpdate) => request<LegalBasis>(item('/api/v1/legal-bases', code), { method: 'PUT', body: changes }),
    deactivate: (code: string) => request<LegalBasis>(item('/api/v1/legal-bases', code), { method: 'DELETE' }),
  },
};
