import { inject } from 'vitest';
import type { Database } from '../db/client.js';
import { openTemplateCopy } from './template.js';

/** A fresh database for one test file: migrated, with the demo municipalities and users. */
export async function createTestDatabase(): Promise<Database> {
  return openTemplateCopy(inject('template'));
}
