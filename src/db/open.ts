import path from 'node:path';
import type { Config } from '../config/config.js';
import { migrateDatabase, openPglite, openPostgres, type Database } from './client.js';
import { lockDataDir } from './lock.js';

/**
 * Opens the configured database for this process: PostgreSQL when DATABASE_URL is set, otherwise
 * the embedded PGlite database in the data dir, locked against other processes.
 */
export async function openConfiguredDatabase(config: Config, options: { migrate: boolean }): Promise<Database> {
  let database: Database;
  if (config.databaseUrl) {
    database = await openPostgres(config.databaseUrl);
  } else {
    const lock = lockDataDir(config.dataDir);
    try {
      const opened = await openPglite({ dataDir: path.join(config.dataDir, 'pglite') });
      database = { ...opened, close: async () => { await opened.close(); lock.release(); } };
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  if (options.migrate) await migrateDatabase(database);
  return database;
}
