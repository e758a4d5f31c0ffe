import path from 'node:path';

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
}

type Env = Record<string, string | undefined>;

export function readConfig(env: Env = process.env): Config {
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  const demoFlag = nonEmpty(env.DOORBRAAK_DEMO);
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
