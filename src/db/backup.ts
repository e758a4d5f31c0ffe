import fs from 'node:fs';
import path from 'node:path';
import { createGunzip, createGzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { migrationsFolder, type Db } from './client.js';
import { BACKUP_TABLES, tableName } from './tables.js';

export const BACKUP_FORMAT = 'doorbraak-backup';
const BATCH = 1000;

interface Header {
  format: typeof BACKUP_FORMAT;
  formatVersion: 1;
  createdAt: string;
  /** The last migration applied to the source: a restore needs the same schema. */
  migration: string;
  tables: string[];
}

export function currentMigration(): string {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.at(-1)?.tag ?? 'geen';
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

function primaryKeyColumns(table: PgTable): string[] {
  const config = getTableConfig(table);
  const fromConstraint = config.primaryKeys[0]?.columns.map((column) => column.name);
  return fromConstraint ?? config.columns.filter((column) => column.primary).map((column) => column.name);
}

/**
 * Writes every table as gzipped JSON lines: a header, then batches of rows. Read in one
 * REPEATABLE READ transaction, so the dump is a consistent snapshot even while the server runs
 * on PostgreSQL. Returns the number of rows per table.
 */
export async function writeBackup(db: Db, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  await db.transaction(
    async (tx) => {
      const header: Header = {
        format: BACKUP_FORMAT,
        formatVersion: 1,
        createdAt: new Date().toISOString(),
        migration: currentMigration(),
        tables: BACKUP_TABLES.map(tableName),
      };
      lines.push(JSON.stringify(header));
      for (const table of BACKUP_TABLES) {
        const name = tableName(table);
        const order = primaryKeyColumns(table).map(q).join(', ');
        counts[name] = 0;
        for (let offset = 0; ; offset += BATCH) {
          const result = await tx.execute<{ row: Record<string, unknown> }>(
            sql.raw(`SELECT to_jsonb(t) AS row FROM ${q(name)} t ORDER BY ${order} LIMIT ${BATCH} OFFSET ${offset}`),
          );
          const rows = resultRows<{ row: Record<string, unknown> }>(result).map((r) => r.row);
          if (rows.length === 0) break;
          lines.push(JSON.stringify({ table: name, rows }));
          counts[name] += rows.length;
          if (rows.length < BATCH) break;
        }
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  await pipeline(Readable.from(lines.map((line) => `${line}\n`)), createGzip(), fs.createWriteStream(temp, { mode: 0o600 }));
  fs.renameSync(temp, file);
  return counts;
}

export class RestoreError extends Error {}

/** Restores a backup into an empty, migrated database, all in one transaction. */
export async function restoreBackup(db: Db, file: string): Promise<Record<string, number>> {
  if (!fs.existsSync(file)) throw new RestoreError(`Het bestand ${file} bestaat niet.`);
  const input = createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = input[Symbol.asyncIterator]();
  let header: Header;
  try {
    const first = await iterator.next();
    header = JSON.parse(String(first.value)) as Header;
  } catch {
    throw new RestoreError(`${file} is geen Doorbraak-back-up (geen gzip met JSON).`);
  }
  if (header.format !== BACKUP_FORMAT || header.formatVersion !== 1) {
    throw new RestoreError(`${file} is geen Doorbraak-back-up van een bekende versie.`);
  }
  if (header.migration !== currentMigration()) {
    throw new RestoreError(
      `De back-up heeft databaseschema ${header.migration}, deze versie van Doorbraak ${currentMigration()}. ` +
        'Zet hem terug met dezelfde versie van Doorbraak als waarmee hij gemaakt is.',
    );
  }
  const known = new Map(BACKUP_TABLES.map((table) => [tableName(table), table]));
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const table of BACKUP_TABLES) {
      const result = await tx.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM ${q(tableName(table))}`));
      if ((resultRows<{ n: number }>(result)[0]?.n ?? 0) > 0) {
        throw new RestoreError(`De database is niet leeg (tabel ${tableName(table)} heeft gegevens). Terugzetten kan alleen in een lege database.`);
      }
    }
    for await (const line of { [Symbol.asyncIterator]: () => iterator }) {
      if (!line.trim()) continue;
      const batch = JSON.parse(line) as { table: string; rows: unknown[] };
      if (!known.has(batch.table)) throw new RestoreError(`Onbekende tabel ${batch.table} in de back-up.`);
      await tx.execute(
        sql`INSERT INTO ${sql.raw(q(batch.table))} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${sql.raw(q(batch.table))}, ${JSON.stringify(batch.rows)}::json)`,
      );
      counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
    }
    // Identity columns continue after the highest restored id.
    for (const table of BACKUP_TABLES) {
      for (const column of getTableConfig(table).columns) {
        if (!column.generatedIdentity) continue;
        const t = q(tableName(table));
        const c = q(column.name);
        await tx.execute(
          sql.raw(`SELECT setval(pg_get_serial_sequence('${t}', '${column.name}'), coalesce((SELECT max(${c}) FROM ${t}), 0) + 1, false)`),
        );
      }
    }
  });
  return counts;
}

/** node-postgres returns `{ rows }`, PGlite returns `{ rows }` too, but typed differently. */
function resultRows<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
