import fs from 'node:fs';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../db/client.js';
import { adminQuery, withDatabase } from './template.js';

/** A fresh database for one test file: migrated, with the demo municipalities and users. */
export async function createTestDatabase(): Promise<Database> {
  const template = inject('template');
  if (template.kind === 'pglite') {
    return openPglite({ memory: true, loadDataDir: new Blob([fs.readFileSync(template.location)]) });
  }
  const templateName = new URL(template.location).pathname.slice(1);
  const name = `doorbraak_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(template.location, `CREATE DATABASE ${name} TEMPLATE ${templateName}`);
  const database = await openPostgres(withDatabase(template.location, name));
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(template.location, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}
