import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';

/**
 * Bulk loading below Drizzle: an import streams hundreds of thousands of rows with `COPY` into a
 * staging table and merges them in SQL, in one transaction per file. Both drivers speak COPY:
 * node-postgres through pg-copy-streams, PGlite through `COPY … FROM '/dev/blob'`.
 */
export interface BulkSession {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Copies rows (already in COPY text format, one per line with trailing newline) into a table. */
  copy(table: string, columns: readonly string[], lines: string): Promise<void>;
}

export type BulkTransaction = <T>(work: (session: BulkSession) => Promise<T>) => Promise<T>;

export function pgliteBulk(client: PGlite): BulkTransaction {
  return (work) =>
    client.transaction(async (tx) =>
      work({
        query: async <Row>(text: string, params?: unknown[]) => (await tx.query<Row>(text, params)).rows,
        copy: async (table, columns, lines) => {
          await tx.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], { blob: new Blob([lines]) });
        },
      }),
    );
}

export function postgresBulk(pool: Pool): BulkTransaction {
  return async (work) => {
    const { from: copyFrom } = await import('pg-copy-streams');
    const { pipeline } = await import('node:stream/promises');
    const { Readable } = await import('node:stream');
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work({
        query: async <Row>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as Row[],
        copy: async (table, columns, lines) => {
          const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
          await pipeline(Readable.from([lines]), stream);
        },
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
}

/** One value in COPY text format: `\N` for null; backslash, tab and line breaks escaped. */
export function copyValue(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

export function copyLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(copyValue).join('\t')}\n`;
}
