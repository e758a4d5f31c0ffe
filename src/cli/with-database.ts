import { readConfig } from '../config/config.js';
import type { Database } from '../db/client.js';
import { openConfiguredDatabase } from '../db/open.js';

/** Opens the configured database (locked and migrated), runs `work`, and always closes it. */
export async function withDatabase<T>(work: (database: Database) => Promise<T>, options = { migrate: true }): Promise<T> {
  const database = await openConfiguredDatabase(readConfig(), options);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
