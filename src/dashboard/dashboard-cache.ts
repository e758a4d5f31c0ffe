import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { DashboardFilter } from './domain/dashboard.js';

/**
 * The dashboard's figures, computed once per tenant, data version, day and filter (issue 13:
 * 100,000 plans took ~600 ms per request). The data version is bumped by database triggers on
 * every write that changes a figure (drizzle/0009_dashboard_data_version.sql), in the writing
 * transaction, so a request that starts after a write commits never gets figures from before it.
 * The day is in the key because "today" decides which plans' horizon has passed and the default
 * budget year. Every server instance keeps its own cache; the version lives in the database, so
 * a write through one instance invalidates the others too.
 */

/** Enough for every filter a few dozen people try in a day, per municipality; the oldest goes first. */
export const DASHBOARD_CACHE_ENTRIES = 500;

type Entry<T> = Promise<T>;

const caches = new WeakMap<Db, Map<string, Entry<unknown>>>();

export async function dashboardDataVersion(db: Db, tenantId: string): Promise<number> {
  const result = (await db.execute(sql`SELECT version::text AS version FROM dashboard_data_versions WHERE tenant_id = ${tenantId}`)) as unknown as {
    rows: { version: string }[];
  };
  return Number(result.rows[0]?.version ?? 0);
}

/** The key of one dashboard: the statuses in their given (canonical) order. */
export function dashboardCacheKey(tenantId: string, version: number, today: string, filter: DashboardFilter): string {
  return JSON.stringify([tenantId, version, today, filter.from ?? null, filter.to ?? null, [...filter.statuses]]);
}

/**
 * `compute()` once per key; callers with the same key at the same time share one computation, and
 * a failed one is not kept. Per database handle: a transaction's handle has its own short-lived
 * map, so figures that include its uncommitted writes never reach other requests.
 */
export async function cachedDashboard<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key) as Entry<T> | undefined;
  if (hit) {
    // Most recently used last, so the oldest is evicted first.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const entry = compute();
  cache.set(key, entry);
  entry.catch(() => cache.delete(key));
  while (cache.size > DASHBOARD_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  return entry;
}
