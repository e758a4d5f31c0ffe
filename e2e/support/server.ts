import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { LoginThrottle } from '../../src/auth/throttle.js';
import { readConfig } from '../../src/config/config.js';
import { buildApp } from '../../src/server/app.js';
import type { AppContext } from '../../src/http/context.js';
import { WEB_ROOT } from '../../src/server/serve.js';
import { createTestDatabase } from '../../src/test/database.js';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234, without a trailing slash. */
  url: string;
  ctx: AppContext;
  close(): Promise<void>;
}

/** A real HTTP server with the web bundle, on its own copy of the demo database and a free port. */
export async function startServer(): Promise<RunningServer> {
  const database = await createTestDatabase();
  const ctx: AppContext = {
    db: database.db,
    databaseKind: database.kind,
    config: { ...readConfig({}), demo: true },
    secret: 'e2e-secret',
    throttle: new LoginThrottle(),
    webRoot: path.resolve(WEB_ROOT),
    now: () => new Date(),
  };
  const app = await buildApp(ctx, {});
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await database.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
