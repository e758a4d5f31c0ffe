import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/config.js';
import type { Database, Db } from '../db/client.js';
import type { LoginThrottle } from '../auth/throttle.js';
import type { AuthCache } from '../auth/auth-cache.js';

/** What every route module receives: the database and the process-wide services. */
export interface AppContext {
  db: Db;
  databaseKind: Database['kind'];
  /** COPY-based bulk transactions for imports (Database['bulk']). */
  bulk: Database['bulk'];
  config: Config;
  /** HMAC key: pseudonymises IP addresses in logs and throttling. */
  secret: string;
  throttle: LoginThrottle;
  /** Absolute path of the built web bundle, or undefined to serve the API only. */
  webRoot: string | undefined;
  now: () => Date;
  /** Short-lived cache of resolved credentials; buildApp makes one when none is given. */
  authCache?: AuthCache;
}

/** The Fastify instance with zod schemas as types, as every route module sees it. */
export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
