import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { LoginThrottle } from '../../src/auth/throttle.js';
import { readConfig } from '../../src/config/config.js';
import type { Database } from '../../src/db/client.js';
import type { AppContext } from '../../src/http/context.js';
import { buildApp } from '../../src/server/app.js';
import { WEB_ROOT } from '../../src/server/serve.js';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234, without a trailing slash. */
  url: string;
  database: Database;
  /** Stops the server and closes (for PostgreSQL: drops) its database. */
  close(): Promise<void>;
}

/**
 * A real HTTP server with the web bundle on a free port, on the database given (a copy of the
 * demo template, see pool.ts), with its own login throttle and credential cache.
 */
export async function startServer(database: Database): Promise<RunningServer> {
  const ctx: AppContext = {
    db: database.db,
    databaseKind: database.kind,
    bulk: database.bulk,
    // Its own data dir (import uploads are spooled there), never the repository's ./data.
    config: { ...readConfig({}), demo: true, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-e2e-')) },
    secret: 'e2e-secret',
    throttle: new LoginThrottle(),
    webRoot: path.resolve(WEB_ROOT),
    now: () => new Date(),
  };
  // DOORBRAAK_E2E_LOG=<file>: the servers' log lines (with any 5xx error) go there, for debugging.
  const logFile = process.env.DOORBRAAK_E2E_LOG;
  const logger = logFile ? pino({ level: 'info', base: { server: 'e2e' } }, pino.destination({ dest: logFile, append: true, sync: true })) : undefined;
  const app = await buildApp(ctx, { strictCommandPath: true, ...(logger ? { logger } : {}) });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await app.close();
    await database.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
