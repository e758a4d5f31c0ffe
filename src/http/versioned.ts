import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { AppError } from '../shared/errors.js';

/** A table with optimistic concurrency: tenant-first key and a `version` counter. */
export type VersionedTable = PgTable & { tenantId: PgColumn; id: PgColumn; version: PgColumn };

/**
 * What the loser of a concurrent save gets back in the 409 (CONTRACT.md: nothing is lost):
 * the text that was sent, and the record as it now stands.
 */
export interface Loser {
  /** Dutch: what happened and what to do. */
  detail: string;
  /** What the loser sent, returned in the 409 body (e.g. `document`, `minutes`). */
  sent?: Record<string, unknown>;
  /** The current record, presented as a GET would return it. */
  current?: () => unknown;
}

export function conflict(loser: Loser): AppError {
  return new AppError('conflict', loser.detail, [], { ...loser.sent, ...(loser.current ? { current: loser.current() } : {}) });
}

/**
 * Saves `changes` when the stored version is still `baseVersion`, bumping it; else a 409 with the
 * loser's text. The version check is in the UPDATE itself, so two saves cannot both win.
 */
export async function saveVersioned<T extends VersionedTable>(
  tx: Db,
  table: T,
  key: { tenantId: string; id: string; baseVersion: number; currentVersion: number },
  changes: PgUpdateSetSource<T>,
  loser: Loser,
): Promise<T['$inferSelect']> {
  if (key.currentVersion !== key.baseVersion) throw conflict(loser);
  const rows = (await tx
    .update(table)
    .set({ ...changes, version: sql`${table.version} + 1` } as PgUpdateSetSource<T>)
    .where(and(eq(table.tenantId, key.tenantId), eq(table.id, key.id), eq(table.version, key.baseVersion)))
    .returning()) as T['$inferSelect'][];
  const row = rows[0];
  if (!row) throw conflict({ ...loser, current: undefined });
  return row;
}
