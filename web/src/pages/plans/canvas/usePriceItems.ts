import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PriceList } from '../../../../../src/library/price-list.contract';
import { request } from '../../../http/client';
import type { PriceItem } from '../planTypes';

const NO_ITEMS: PriceItem[] = [];

/**
 * The municipality's whole price list, loaded once per session (a few hundred items at most): the
 * cost lines look their product up by code, and the comboboxes search it without a round trip.
 */
export function usePriceItems() {
  const query = useQuery({
    queryKey: ['price-list', 'all'],
    queryFn: ({ signal }) => request<PriceList>('/api/v1/price-list?limit=5000', { signal }),
    staleTime: 10 * 60_000,
  });
  const items = query.data?.items ?? NO_ITEMS;
  const byCode = useMemo(() => new Map(items.map((item) => [item.code, item])), [items]);
  return { items, byCode, loaded: query.isSuccess, failed: query.isError };
}
