import path from 'node:path';
import { Cron } from 'croner';

/** Runtime configuration, read once from the environment (see README "Productie"). */
export interface Config {
  port: number;
  host: string;
  /** A postgres:// URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  /** Explicit secret; when absent one is generated and stored in the data dir. */
  secret: string | undefined;
  /** Trust X-Forwarded-* headers (set when running behind a reverse proxy). */
  trustProxy: boolean;
  logLevel: string;
  /** The watched import folder (one subfolder per tenant id); undefined: no folder. */
  importDir: string | undefined;
  /** When the folder is processed: a five-field cron expression in Europe/Amsterdam. */
  importSchedule: string;
}

export const DEFAULT_IMPORT_SCHEDULE = '0 6 * * *';
export const IMPORT_TIME_ZONE = 'Europe/Amsterdam';

type Env = Record<string, string | undefined>;

export function readConfig(env: Env = process.env): Config {
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  const demoFlag = nonEmpty(env.DOORBRAAK_DEMO);
  const importDir = nonEmpty(env.DOORBRAAK_IMPORT_DIR);
  return {
    port: parsePort(env.PORT),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(nonEmpty(env.DOORBRAAK_DATA_DIR) ?? './data'),
    // A production database never gets demo users unless asked for explicitly.
    demo: demoFlag === undefined ? databaseUrl === undefined : demoFlag === '1',
    secret: nonEmpty(env.DOORBRAAK_SECRET),
    trustProxy: env.DOORBRAAK_TRUST_PROXY === '1',
    logLevel: nonEmpty(env.LOG_LEVEL) ?? 'info',
    importDir: importDir === undefined ? undefined : path.resolve(importDir),
    importSchedule: parseImportSchedule(env.DOORBRAAK_IMPORT_SCHEDULE),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT moet een getal tussen 0 en 65535 zijn, niet "${value}".`);
  }
  return port;
}

/** A cron expression croner accepts with five fields (minute hour day month weekday), checked at start. */
function parseImportSchedule(value: string | undefined): string {
  const schedule = nonEmpty(value)?.replace(/\s+/g, ' ') ?? DEFAULT_IMPORT_SCHEDULE;
  try {
    new Cron(schedule, { timezone: IMPORT_TIME_ZONE, mode: '5-part', paused: true }).stop();
  } catch {
    throw new Error(
      `DOORBRAAK_IMPORT_SCHEDULE "${value}" is geen geldige cron-uitdrukking: gebruik vijf velden (minuut uur dag maand weekdag, Europe/Amsterdam), bijvoorbeeld "0 6 * * *" voor elke dag om 06:00. ` +
        `(DOORBRAAK_IMPORT_SCHEDULE is not a valid five-field cron expression, e.g. "0 6 * * *" for 06:00 daily.)`,
    );
  }
  return schedule;
}
