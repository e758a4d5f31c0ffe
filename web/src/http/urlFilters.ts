import type { z } from 'zod';
import { query } from './client';

/** Pure: filters ⇄ query string through a zod schema (the hook is in useUrlFilters.ts). */

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
