import { useMemo } from 'react';
import type { PriceItem } from '../planTypes';
import { searchPriceItems } from './priceSearch';
import { usePriceItems } from './usePriceItems';

export interface PriceSearch {
  /** The first matches, at most `SHOWN`. */
  items: PriceItem[];
  /** How many items match in all. */
  total: number;
  /** False while the price list is still loading. */
  ready: boolean;
  failed: boolean;
}

const SHOWN = 10;

/** Searches the loaded price list while the user types: instant, so arrows and Enter never race an answer. */
export function usePriceSearch(text: string, enabled: boolean): PriceSearch {
  const list = usePriceItems();
  return useMemo(() => {
    const found = enabled && list.loaded ? searchPriceItems(list.items, text) : [];
    return { items: found.slice(0, SHOWN), total: found.length, ready: list.loaded, failed: list.failed };
  }, [enabled, list.loaded, list.failed, list.items, text]);
}
