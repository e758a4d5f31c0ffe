import type { Command } from 'commander';
import { restoreBackup, RestoreError, writeBackup } from '../db/backup.js';
import { CliError } from './cli-error.js';
import { withDatabase } from './with-database.js';

export function registerDatabaseCommands(program: Command) {
  program
    .command('migrate')
    .description('Breng het databaseschema bij (gebeurt ook bij elke start van de server).')
    .action(async () => {
      await withDatabase(async () => undefined);
      console.log('Database is bijgewerkt.');
    });

  program
    .command('backup <bestand>')
    .description('Schrijf een consistente back-up van de hele database (gzip met JSON) naar <bestand>.')
    .action(async (file: string) => {
      const counts = await withDatabase(({ db }) => writeBackup(db, file));
      console.log(`Back-up geschreven naar ${file}: ${summary(counts)}.`);
    });

  program
    .command('restore <bestand>')
    .description('Zet een back-up terug in een lege database (ingebouwd of PostgreSQL).')
    .action(async (file: string) => {
      try {
        const counts = await withDatabase(({ db }) => restoreBackup(db, file));
        console.log(`Back-up ${file} teruggezet: ${summary(counts)}.`);
      } catch (error) {
        if (error instanceof RestoreError) throw new CliError(error.message);
        throw error;
      }
    });
}

const summary = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ') || 'leeg';
