import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { LoginThrottle } from '../auth/throttle.js';
import { readConfig } from '../config/config.js';
import { buildApp } from '../server/app.js';
import { createTestApp } from '../test/app.js';
import { adminQuery, withDatabase } from '../test/template.js';
import { migrateDatabase, openPglite, openPostgres, type Database } from './client.js';
import { restoreBackup, RestoreError, writeBackup } from './backup.js';
import type { PgTable } from 'drizzle-orm/pg-core';
import { BACKUP_TABLES, NOT_BACKED_UP, allSchemaTables, tableName } from './tables.js';

const t = await createTestApp();

/** An empty, migrated database of the same kind as the suite runs on. */
async function emptyDatabase(): Promise<Database> {
  const template = inject('template');
  if (template.kind === 'pglite') {
    const database = await openPglite({ memory: true });
    await migrateDatabase(database);
    return database;
  }
  const name = `doorbraak_restore_${process.pid}_${Date.now()}`;
  await adminQuery(template.location, `CREATE DATABASE ${name}`);
  const database = await openPostgres(withDatabase(template.location, name));
  await migrateDatabase(database);
  return { ...database, close: async () => { await database.close(); await adminQuery(template.location, `DROP DATABASE ${name}`); } };
}

const countRows = async (database: Database, table: string) =>
  ((await database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n;

describe('backup and restore', () => {
  it('covers every table of the schema (sessions excepted on purpose)', () => {
    const names = (tables: PgTable[]) => tables.map(tableName).sort();
    expect(names([...BACKUP_TABLES, ...NOT_BACKED_UP])).toEqual(names(allSchemaTables()));
  });

  it('round-trips the whole database: users log in with their passwords, tokens keep working, the audit log continues', async () => {
    const user = await t.login('maatwerker@demodam.example');
    const { token } = (await t.as(user, 'POST', '/api/v1/tokens', { name: 'blijft' })).json();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-backup-')), 'backup.jsonl.gz');
    const written = await writeBackup(t.database.db, file);
    expect(written.users).toBe(10);

    const target = await emptyDatabase();
    try {
      const restored = await restoreBackup(target.db, file);
      expect(restored).toEqual(Object.fromEntries(Object.entries(written).filter(([, n]) => n > 0)));
      for (const table of ['tenants', 'users', 'api_tokens', 'audit_events']) {
        expect(await countRows(target, table), table).toBe(await countRows(t.database, table));
      }
      const maxAuditId = async () =>
        ((await target.db.execute(sql`SELECT max(id)::int AS max FROM audit_events`)) as unknown as { rows: { max: number }[] }).rows[0]!.max;
      const restoredMax = await maxAuditId();
      const app = await buildApp({ db: target.db, databaseKind: target.kind, bulk: target.bulk, config: readConfig({}), secret: 's', throttle: new LoginThrottle(), webRoot: undefined, now: () => new Date() });
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'beheer@demodam.example', password: 'doorbraak-demo' } });
      expect(login.statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
      // The login above wrote an audit event with an id after the restored ones instead of colliding.
      expect(await maxAuditId()).toBeGreaterThan(restoredMax);
      await app.close();

      await expect(restoreBackup(target.db, file)).rejects.toThrow(RestoreError);
      await expect(restoreBackup(target.db, file)).rejects.toThrow(/niet leeg/);
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a backup', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-backup-')), 'nep.gz');
    fs.writeFileSync(file, 'geen gzip');
    await expect(restoreBackup(t.database.db, file)).rejects.toThrow(/geen Doorbraak-back-up/);
    await expect(restoreBackup(t.database.db, '/bestaat/niet')).rejects.toThrow(/bestaat niet/);
  });
});
