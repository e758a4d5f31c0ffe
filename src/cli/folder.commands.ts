import type { Command } from 'commander';
import { readConfig } from '../config/config.js';
import { loadSecret } from '../config/secret.js';
import { folderDeps, runImportFolder, runImportFolders, tenantExists, type FolderRun } from '../imports/import-folder.js';
import { CliError } from './cli-error.js';
import { withDatabase } from './with-database.js';

function line(run: FolderRun): string {
  return `${run.tenantId}: ${run.status === 'done' ? 'gelukt' : 'MISLUKT'}. ${run.message}`;
}

export function registerFolderCommands(program: Command) {
  program
    .command('refresh-imports')
    .description(
      'Verwerk de importmap (DOORBRAAK_IMPORT_DIR) nu, zoals de server dat volgens DOORBRAAK_IMPORT_SCHEDULE doet: per gemeente de map <importmap>/<gemeente-id>/; ' +
        'elk bestand gaat daarna naar verwerkt/<datum>/ of mislukt/<datum>/. Zonder draaiende server (met de ingebouwde database houdt de server de datamap vast).',
    )
    .option('--tenant <id>', 'alleen deze gemeente')
    .action(async (options: { tenant?: string }) => {
      const config = readConfig();
      const runs = await withDatabase(async (database) => {
        const deps = folderDeps({ db: database.db, bulk: database.bulk, secret: loadSecret(config), config });
        if (!deps) throw new CliError('Er is geen importmap ingesteld: zet DOORBRAAK_IMPORT_DIR op de map met een submap per gemeente.');
        if (!options.tenant) return runImportFolders(deps);
        if (!(await tenantExists(deps, options.tenant))) throw new CliError(`Gemeente ${options.tenant} bestaat niet.`);
        const run = await runImportFolder(deps, options.tenant);
        if (!run) throw new CliError(`De importmap van ${options.tenant} wordt op dit moment al verwerkt door een ander proces; probeer het straks opnieuw.`);
        return [run];
      });
      if (runs.length === 0) console.log(`Geen gemeenten met een map in ${config.importDir}.`);
      for (const run of runs) console.log(line(run));
      if (runs.some((run) => run.status === 'failed')) process.exitCode = 2;
    });
}
