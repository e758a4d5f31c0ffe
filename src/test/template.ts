import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateDatabase, openPglite, openPostgres, type Database } from '../db/client.js';
import { seedDemo } from '../demo/seed.js';

/**
 * Creating a PGlite database costs 5-7 s, loading a dump under 1 s (shared/NOTES.md). So each test
 * run migrates and seeds one template and every test file starts from a copy of it. On PostgreSQL
 * the template is a real template database that each test file clones.
 */
export interface TemplateInfo {
  kind: 'pglite' | 'postgres';
  /** PGlite: path of the gzipped data dir dump. PostgreSQL: the server URL of the template. */
  location: string;
}

export async function buildTemplate(postgresUrl: string | undefined): Promise<TemplateInfo> {
  if (postgresUrl) {
    const name = `doorbraak_tpl_${process.pid}`;
    await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(postgresUrl, `CREATE DATABASE ${name}`);
    const url = withDatabase(postgresUrl, name);
    const database = await openPostgres(url);
    await migrateDatabase(database);
    await seedDemo(database.db);
    await database.close();
    return { kind: 'postgres', location: url };
  }
  const database = await openPglite({ memory: true });
  await migrateDatabase(database);
  await seedDemo(database.db);
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'gzip'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('gzip');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-tpl-')), 'template.tar.gz');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  return { kind: 'pglite', location: file };
}

/**
 * A fresh database from the template: PGlite loads the dump (pass `dump` to reuse one read of the
 * file), PostgreSQL clones the template database; `close` also drops the clone.
 */
export async function openTemplateCopy(template: TemplateInfo, dump?: Blob): Promise<Database & { url?: string }> {
  if (template.kind === 'pglite') {
    return openPglite({ memory: true, loadDataDir: dump ?? new Blob([fs.readFileSync(template.location)]) });
  }
  const templateName = new URL(template.location).pathname.slice(1);
  const name = `doorbraak_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(template.location, `CREATE DATABASE ${name} TEMPLATE ${templateName}`);
  const url = withDatabase(template.location, name);
  const database = await openPostgres(url);
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await adminQuery(template.location, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

export async function dropTemplate(template: TemplateInfo): Promise<void> {
  if (template.kind === 'pglite') {
    fs.rmSync(path.dirname(template.location), { recursive: true, force: true });
  } else {
    const url = new URL(template.location);
    const name = url.pathname.slice(1);
    url.pathname = '/postgres';
    await adminQuery(url.toString(), `DROP DATABASE IF EXISTS ${name}`);
  }
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function adminQuery(url: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
