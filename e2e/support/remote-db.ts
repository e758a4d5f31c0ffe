import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pg-proxy';
import { PgRemoteSession } from 'drizzle-orm/pg-proxy/session';
import { openPostgres, type Database, type Db } from '../../src/db/client.js';
import * as schema from '../../src/db/schema.js';
import type { Lease, SqlRequest } from './pool.js';

/** Calls the control API of global-setup.ts (pool.ts). */
export async function control<T>(controlUrl: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${controlUrl}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(`e2e-controle ${path}: ${json.error ?? response.status}`);
  return json;
}

type Query = (sqlText: string, params: unknown[], method: SqlRequest['method']) => Promise<{ rows: unknown[] }>;
// drizzle's internals (dialect, session, schema config) are not in its public types.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Internals = { dialect: any; session: any; schema: any; nestedIndex: number };

/** Savepoints inside a remote transaction, as drizzle's own drivers do. */
class RemoteTransaction extends PgTransaction<any, typeof schema, any> {
  override async transaction<T>(work: (tx: RemoteTransaction) => Promise<T>): Promise<T> {
    const self = this as unknown as Internals;
    const name = `sp${self.nestedIndex + 1}`;
    const tx = new RemoteTransaction(self.dialect, self.session, self.schema, self.nestedIndex + 1);
    await tx.execute(sql.raw(`savepoint ${name}`));
    try {
      const result = await work(tx);
      await tx.execute(sql.raw(`release savepoint ${name}`));
      return result;
    } catch (error) {
      await tx.execute(sql.raw(`rollback to savepoint ${name}`));
      throw error;
    }
  }
}

/**
 * The database of a leased server, for a test's own setup and checks. PostgreSQL: a connection of
 * its own. PGlite: the database lives in Vitest's main process, so every query goes there over the
 * control API (drizzle's proxy driver); a transaction is held open there until commit or rollback,
 * and the server's own requests wait for it, as with any PGlite transaction.
 */
export async function openLeasedDatabase(controlUrl: string, lease: Lease): Promise<Database> {
  if (lease.database.kind === 'postgres') return openPostgres(lease.database.url);

  const query =
    (tx?: string): Query =>
    async (sqlText, params, method) => ({
      rows: await control<unknown[]>(controlUrl, `sql/${lease.id}`, { sql: sqlText, params, method, tx } satisfies SqlRequest),
    });
  const db = drizzle(query(), { schema });
  const internals = db as unknown as Internals;
  const { dialect } = internals;
  const schemaConfig = internals.session.schema;
  internals.session.transaction = async (work: (tx: RemoteTransaction) => Promise<unknown>, config?: Parameters<RemoteTransaction['setTransaction']>[0]) => {
    const { tx: key } = await control<{ tx: string }>(controlUrl, `begin/${lease.id}`);
    const tx = new RemoteTransaction(dialect, new PgRemoteSession(query(key), dialect, schemaConfig), schemaConfig);
    try {
      if (config) await tx.setTransaction(config);
      const result = await work(tx);
      await control(controlUrl, `commit/${lease.id}/${key}`);
      return result;
    } catch (error) {
      await control(controlUrl, `rollback/${lease.id}/${key}`);
      throw error;
    }
  };
  const bulk = () => Promise.reject(new Error('Bulk transactions do not cross the e2e SQL bridge: import through the API.'));
  return { db: db as unknown as Db, kind: 'pglite', bulk, close: async () => undefined };
}
/* eslint-enable @typescript-eslint/no-explicit-any */
