import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import { LoginThrottle } from '../auth/throttle.js';
import { readConfig } from '../config/config.js';
import type { Database } from '../db/client.js';
import { DEMO_PASSWORD } from '../demo/demo-data.js';
import { buildApp } from '../server/app.js';
import type { AppContext } from '../http/context.js';
import { createTestDatabase } from './database.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Session {
  cookie: string;
  csrfToken: string;
  user: { id: string; email: string; tenant: { id: string } };
}

export interface TestApp {
  app: Awaited<ReturnType<typeof buildApp>>;
  ctx: AppContext;
  database: Database;
  /** Logs a demo user in (password `doorbraak-demo`). */
  login(email: string, password?: string): Promise<Session>;
  /** A request as this session: cookie and CSRF header included for changes. */
  as(
    session: Session | null,
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
    remoteAddress?: string,
  ): Promise<LightMyRequestResponse>;
}

/** An app on its own fresh database, closed after the test file. */
export async function createTestApp(
  overrides: Partial<AppContext> = {},
  options: { logger?: FastifyBaseLogger } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const ctx: AppContext = {
    db: database.db,
    databaseKind: database.kind,
    bulk: database.bulk,
    // Its own data dir (import uploads are spooled there), never the repository's ./data.
    config: { ...readConfig({}), demo: true, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-test-')) },
    secret: 'test-secret',
    throttle: new LoginThrottle(),
    webRoot: undefined,
    now: () => new Date(),
    ...overrides,
  };
  // A change that bypasses runCommand answers 500 here, so every API test also checks the command path.
  const app = await buildApp(ctx, { strictCommandPath: true, ...options });
  afterAll(async () => {
    await app.close();
    await database.close();
    fs.rmSync(ctx.config.dataDir, { recursive: true, force: true });
  });

  const as: TestApp['as'] = (session, method, url, body, headers = {}, remoteAddress) =>
    app.inject({
      method,
      url,
      ...(remoteAddress ? { remoteAddress } : {}),
      headers: {
        ...(session ? { cookie: session.cookie } : {}),
        ...(session && method !== 'GET' ? { 'x-csrf-token': session.csrfToken } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });

  const login: TestApp['login'] = async (email, password = DEMO_PASSWORD) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    if (response.statusCode !== 200) throw new Error(`login ${email}: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'doorbraak_sessie');
    const json = response.json() as { csrfToken: string; user: Session['user'] };
    return { cookie: `${cookie!.name}=${cookie!.value}`, csrfToken: json.csrfToken, user: json.user };
  };

  return { app, ctx, database, login, as };
}
