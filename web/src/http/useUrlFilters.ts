import { useCallback, useMemo } from 'react';
import type { z } from 'zod';
import { navigate, useLocation } from '../router';
import { filtersToSearch, parseFilters } from './urlFilters';

/**
 * The filters of a list page live in the URL (shareable, back button works), read through a zod
 * schema: what does not parse falls back to the schema's defaults, so a hand-edited URL never
 * breaks the page. `setFilters` replaces the history entry (typing in a search box is one step).
 */
export function useUrlFilters<Schema extends z.ZodType<Record<string, unknown>>>(schema: Schema) {
  const location = useLocation();
  const filters = useMemo(() => parseFilters(schema, location.search), [schema, location.search]);
  const setFilters = useCallback(
    (next: Partial<z.output<Schema>>, options: { push?: boolean } = {}) => {
      const merged = { ...parseFilters(schema, new URLSearchParams(window.location.search)), ...next } as Record<string, unknown>;
      navigate(`${window.location.pathname}${filtersToSearch(schema, merged)}`, { replace: !options.push });
    },
    [schema],
  );
  return [filters, setFilters] as const;
}
