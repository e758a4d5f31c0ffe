import { and, eq, gt, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Role } from './roles.js';
import type { AppContext } from '../http/context.js';
import type { Auth, CurrentUser } from '../http/request-user.js';
import { AppError } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import { tenants } from '../tenants/tenants.schema.js';
import { apiTokens, sessions } from './auth.schema.js';
import { parseApiToken, parseSessionCookie, sameSecret, sha256 } from './secrets.js';

export const SESSION_COOKIE = 'doorbraak_sessie';
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 24 * 60 * 60 * 1000;
/** Sliding expiry is written at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;


const userColumns = {
  id: users.id,
  tenantId: users.tenantId,
  email: users.email,
  name: users.name,
  roles: users.roles,
  tenantName: tenants.name,
  tenantRegion: tenants.region,
};

type UserRow = { id: string; tenantId: string; email: string; name: string; roles: string[]; tenantName: string; tenantRegion: string | null };

const toCurrentUser = (row: UserRow): CurrentUser => ({
  id: row.id,
  tenantId: row.tenantId,
  email: row.email,
  name: row.name,
  roles: row.roles as Role[],
  tenant: { id: row.tenantId, name: row.tenantName, region: row.tenantRegion },
});

/** Resolves who is calling, from the bearer token or the session cookie. */
export async function authenticate(ctx: AppContext, request: FastifyRequest): Promise<Auth | null> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = parseApiToken(header.slice('Bearer '.length).trim());
    if (!token) throw new AppError('unauthenticated', 'Het API-token is ongeldig of ingetrokken.');
    const tokenHash = sha256(token.secret);
    const cacheKey = `t:${token.tenantId}:${tokenHash}`;
    const cached = ctx.authCache?.get(cacheKey, ctx.now().getTime());
    if (cached) return cached;
    const [row] = await ctx.db
      .select({ ...userColumns, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
      .from(apiTokens)
      .innerJoin(users, and(eq(users.tenantId, apiTokens.tenantId), eq(users.id, apiTokens.userId)))
      .innerJoin(tenants, eq(tenants.tenantId, users.tenantId))
      .where(
        and(
          eq(apiTokens.tenantId, token.tenantId),
          eq(apiTokens.tokenHash, tokenHash),
          isNull(apiTokens.revokedAt),
          eq(users.active, true),
        ),
      );
    if (!row) throw new AppError('unauthenticated', 'Het API-token is ongeldig of ingetrokken.');
    const now = ctx.now();
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await ctx.db
        .update(apiTokens)
        .set({ lastUsedAt: now })
        .where(and(eq(apiTokens.tenantId, row.tenantId), eq(apiTokens.id, row.tokenId)));
    }
    const auth: Auth = { method: 'token', user: toCurrentUser(row), tokenId: row.tokenId };
    ctx.authCache?.set(cacheKey, auth, now.getTime());
    return auth;
  }

  const cookie = parseSessionCookie(request.cookies[SESSION_COOKIE]);
  if (!cookie) return null;
  const now = ctx.now();
  const sessionId = sha256(cookie.secret);
  const cacheKey = `s:${cookie.tenantId}:${sessionId}`;
  const cached = ctx.authCache?.get(cacheKey, now.getTime());
  if (cached) return cached;
  const [row] = await ctx.db
    .select({
      ...userColumns,
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      createdAt: sessions.createdAt,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.tenantId, sessions.tenantId), eq(users.id, sessions.userId)))
    .innerJoin(tenants, eq(tenants.tenantId, users.tenantId))
    .where(
      and(
        eq(sessions.tenantId, cookie.tenantId),
        eq(sessions.id, sessionId),
        gt(sessions.expiresAt, now),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  let expiresAtMs = row.expiresAt.getTime();
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, row.createdAt.getTime() + SESSION_ABSOLUTE_MS));
    await ctx.db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt })
      .where(and(eq(sessions.tenantId, row.tenantId), eq(sessions.id, row.sessionId)));
    expiresAtMs = expiresAt.getTime();
  }
  const auth: Auth = { method: 'session', user: toCurrentUser(row), sessionId: row.sessionId, csrfToken: row.csrfToken };
  ctx.authCache?.set(cacheKey, auth, now.getTime(), expiresAtMs);
  return auth;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Cookie-authenticated changes must prove they come from our own page. Bearer tokens need not. */
export function checkCsrf(request: FastifyRequest): void {
  const auth = request.auth;
  if (!auth || auth.method !== 'session' || SAFE_METHODS.has(request.method)) return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !sameSecret(sent, auth.csrfToken)) throw new AppError('csrf');
}
