import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { LoginThrottle } from '../auth/throttle.js';
import type { Config } from '../config/config.js';
import { loadSecret } from '../config/secret.js';
import { openConfiguredDatabase } from '../db/open.js';
import { isEmpty, seedDemo } from '../demo/seed.js';
import { seedDemoServiceData } from '../demo/demo-service-data.js';
import { ensureTenantLibraries } from '../library/library.seed.js';
import { rebuildMissingDerived } from '../grip/derived.queries.js';
import { buildApp } from './app.js';
import { backfillPlanKba } from '../plans/plan-derived.js';
import { folderDeps } from '../imports/import-folder.js';
import { ImportSchedule, missedImportRun } from '../imports/import-schedule.js';
import { lastFolderPassAt } from '../imports/import-folder.service.js';

export const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Starts the server: database (locked, migrated, seeded when empty in demo mode), then HTTP. */
export async function serve(config: Config): Promise<void> {
  const logger = pino({ level: config.logLevel, base: { app: 'doorbraak' } });
  const database = await openConfiguredDatabase(config, { migrate: true });
  if (config.demo && (await isEmpty(database.db))) {
    await seedDemo(database.db);
    logger.info('demogegevens geladen (gemeenten demo en demo2)');
    const job = await seedDemoServiceData(database, { secret: loadSecret(config), dataDir: config.dataDir });
    logger.info({ files: job.files.length, records: job.progress.records }, 'eigen gegevens van Demodam geïmporteerd (synthetisch)');
  }
  // Databases from before the price list and legal library existed get the national reference lists.
  await rebuildMissingDerived(database.db);
  const seeded = await ensureTenantLibraries(database.db);
  if (seeded.length > 0) logger.info({ tenants: seeded }, 'landelijke prijslijst en juridische bibliotheek geladen');
  // Plans saved before the dashboard existed get their KBA derived once.
  const derived = await backfillPlanKba(database.db);
  if (derived > 0) logger.info({ plans: derived }, 'kosten-batenanalyse van bestaande plannen afgeleid');
  const app = await buildApp(
    {
      db: database.db,
      databaseKind: database.kind,
      bulk: database.bulk,
      config,
      secret: loadSecret(config),
      throttle: new LoginThrottle(),
      webRoot: path.resolve(WEB_ROOT),
      now: () => new Date(),
    },
    { logger },
  );

  // The watched import folder, on its schedule (DOORBRAAK_IMPORT_DIR, DOORBRAAK_IMPORT_SCHEDULE).
  const folder = folderDeps({ db: database.db, bulk: database.bulk, secret: loadSecret(config), config, log: (message, detail) => logger.warn(detail, message) });
  const importSchedule = folder ? new ImportSchedule(folder, config.importSchedule, (message, detail) => logger.info(detail, message)) : undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'server stopt');
    await importSchedule?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  logger.info({ address, database: database.kind }, 'Doorbraak draait');
  if (importSchedule) {
    importSchedule.start();
    // A 06:00 pass missed while the server was down runs now, so the figures are never a day old unnoticed.
    if (missedImportRun(config.importSchedule, await lastFolderPassAt(database.db), new Date())) void importSchedule.runNow();
    logger.info({ importDir: config.importDir, schedule: config.importSchedule, nextRunAt: importSchedule.nextRunAt()?.toISOString() ?? null }, 'importmap op schema');
  }
  console.log(`Doorbraak draait op ${address} (database: ${database.kind === 'pglite' ? `ingebouwd, ${config.dataDir}` : 'PostgreSQL'})`);
}
