import { useEffect, useState } from 'react';
import { plansApi } from '../plansApi';
import type { PriceItem } from '../planTypes';

export interface PriceSearch {
  items: PriceItem[];
  /** The query the items belong to; null before the first answer. */
  query: string | null;
  failed: boolean;
}

/** Searches the price list while the user types: a short pause first, and an older request is cancelled. */
export function usePriceSearch(query: string, enabled: boolean): PriceSearch {
  const [result, setResult] = useState<PriceSearch>({ items: [], query: null, failed: false });
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      plansApi.searchPrices(query.trim(), controller.signal).then(
        (answer) => setResult({ items: answer.items, query, failed: false }),
        (error: unknown) => {
          if (!(error instanceof DOMException && error.name === 'AbortError')) setResult({ items: [], query, failed: true });
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, enabled]);
  return result;
}
