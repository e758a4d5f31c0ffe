import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';
import { pgliteBulk, postgresBulk, type BulkTransaction } from './bulk.js';

/** One type for both drivers, so no code above this file knows which database it talks to. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** A transaction below Drizzle for COPY-based bulk loads (imports). */
  bulk: BulkTransaction;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export type PgliteSource = { dataDir: string } | { memory: true; loadDataDir?: Blob };

/** Opens the embedded database. `dataDir` persists on disk; `memory` is for tests. */
export async function openPglite(source: PgliteSource): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client =
    'dataDir' in source
      ? await PGlite.create({ dataDir: source.dataDir })
      : await PGlite.create(source.loadDataDir ? { loadDataDir: source.loadDataDir } : {});
  return { db: drizzle(client, { schema }) as unknown as Db, kind: 'pglite', bulk: pgliteBulk(client), close: () => client.close() };
}

export async function openPostgres(url: string): Promise<Database> {
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new pg.default.Pool({ connectionString: url, max: 10 });
  // Fail early with a clear message instead of on the first request.
  const probe = await pool.connect();
  probe.release();
  return { db: drizzle(pool, { schema }) as unknown as Db, kind: 'postgres', bulk: postgresBulk(pool), close: () => pool.end() };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(database.db as never, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(database.db as never, { migrationsFolder });
  }
}
