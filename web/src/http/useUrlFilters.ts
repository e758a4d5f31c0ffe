import { useCallback, useMemo } from 'react';
import type { z } from 'zod';
import { navigate, useLocation } from '../router';
import { query } from './client';

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

export function parseFilters<Schema extends z.ZodType<Record<string, unknown>>>(schema: Schema, search: URLSearchParams): z.output<Schema> {
  const raw = Object.fromEntries(search.entries());
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Drop only the fields that failed, keep the rest of what the user chose.
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key)));
  const retry = schema.safeParse(kept);
  return retry.success ? retry.data : (schema.parse({}) as z.output<Schema>);
}

/** The query string of the filters that differ from the defaults. */
export function filtersToSearch<Schema extends z.ZodType<Record<string, unknown>>>(schema: Schema, filters: Record<string, unknown>): string {
  const defaults = schema.safeParse({});
  const base = (defaults.success ? defaults.data : {}) as Record<string, unknown>;
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '' || value === base[key]) continue;
    params[key] = String(value);
  }
  return query(params);
}
