import { Command, CommanderError } from 'commander';
import { readConfig } from '../config/config.js';
import { DataDirLockedError } from '../db/lock.js';
import { registerDatabaseCommands } from './database.commands.js';
import { registerUserCommands } from './user.commands.js';
import { registerPlanCommands } from './plan.commands.js';
import { registerImportCommands } from './import.commands.js';
import { registerFolderCommands } from './folder.commands.js';
import { registerDemoDataCommands } from '../demo/demodam/demo-data.commands.js';
import { CliError } from './cli-error.js';

export async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('doorbraak')
    .description('Doorbraak: maatwerk voor het sociaal domein.\nDe instellingen komen uit de omgeving: PORT, HOST, DATABASE_URL, DOORBRAAK_DATA_DIR, DOORBRAAK_DEMO, DOORBRAAK_SECRET, DOORBRAAK_IMPORT_DIR, DOORBRAAK_IMPORT_SCHEDULE.')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description('Start de server (web en API). Migreert de database en laadt demogegevens in een lege ingebouwde database.')
    .option('--build-web', 'bouw eerst de webinterface als die ontbreekt of verouderd is')
    .action(async (options: { buildWeb?: boolean }) => {
      if (options.buildWeb) await (await import('../server/web-build.js')).ensureWebBundle();
      await (await import('../server/serve.js')).serve(readConfig());
    });

  registerDatabaseCommands(program);
  registerUserCommands(program);
  registerPlanCommands(program);
  registerImportCommands(program);
  registerFolderCommands(program);
  registerDemoDataCommands(program);

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof DataDirLockedError || error instanceof CliError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
