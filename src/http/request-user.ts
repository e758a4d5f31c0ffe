import type { FastifyRequest } from 'fastify';
import type { Actor } from '../policy/policy.js';
import { AppError } from '../shared/errors.js';

/** The authenticated caller as every route sees it (set by `auth/authenticate.ts`). */
export interface CurrentUser extends Actor {
  email: string;
  name: string;
  tenant: { id: string; name: string; region: string | null };
}

export type Auth =
  | { method: 'session'; user: CurrentUser; sessionId: string; csrfToken: string }
  | { method: 'token'; user: CurrentUser; tokenId: string };

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
}

export function requireUser(request: FastifyRequest): CurrentUser {
  if (!request.auth) throw new AppError('unauthenticated');
  return request.auth.user;
}
