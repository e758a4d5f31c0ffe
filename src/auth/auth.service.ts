import { and, desc, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { CurrentUser } from '../http/request-user.js';
import { invalid, notFound } from '../shared/errors.js';
import { tenants } from '../tenants/tenants.schema.js';
import { users } from '../users/users.schema.js';
import { apiTokens, sessions } from './auth.schema.js';
import { SESSION_IDLE_MS } from './authenticate.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import type { Role } from './roles.js';
import { formatApiToken, newSecret, sha256 } from './secrets.js';

/**
 * Login knows only an email address, so this is the one lookup across municipalities. The password
 * is always checked, against a dummy hash when the email is unknown, so timing reveals nothing.
 */
export async function findUserByPassword(db: Db, email: string, password: string): Promise<CurrentUser | null> {
  const candidates = await db
    .select({ user: users, tenant: tenants })
    .from(users)
    .innerJoin(tenants, eq(tenants.tenantId, users.tenantId))
    .where(and(eq(sql`lower(${users.email})`, email), eq(users.active, true)));
  if (candidates.length === 0) {
    await verifyPassword(password, DUMMY_HASH);
    return null;
  }
  for (const { user, tenant } of candidates) {
    if (await verifyPassword(password, user.passwordHash)) {
      return {
        id: user.id,
        tenantId: user.tenantId,
        email: user.email,
        name: user.name,
        roles: user.roles as Role[],
        tenant: { id: tenant.tenantId, name: tenant.name, region: tenant.region },
      };
    }
  }
  return null;
}

/** A new session for the user; also clears the user's own expired sessions (tenant-scoped). */
export async function startSession(tx: Db, user: CurrentUser, session: { secret: string; csrfToken: string; now: Date }): Promise<void> {
  const { now } = session;
  await tx.delete(sessions).where(and(eq(sessions.tenantId, user.tenantId), eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
  await tx.insert(sessions).values({
    tenantId: user.tenantId,
    id: sha256(session.secret),
    userId: user.id,
    csrfToken: session.csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
  });
}

export async function endSession(tx: Db, tenantId: string, sessionId: string): Promise<void> {
  await tx.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, sessionId)));
}

/** 422 at `currentPassword` unless it is the user's password. */
export async function assertCurrentPassword(db: Db, user: CurrentUser, currentPassword: string): Promise<void> {
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.tenantId, user.tenantId), eq(users.id, user.id)));
  if (!row || !(await verifyPassword(currentPassword, row.passwordHash))) {
    throw invalid([{ path: 'currentPassword', message: 'Het huidige wachtwoord klopt niet.' }]);
  }
}

/**
 * Stores the new hash and ends the user's other sessions (a stolen session does not survive a
 * password change); `keepSessionId`, the session making the change, stays.
 */
export async function changeOwnPassword(tx: Db, user: CurrentUser, change: { passwordHash: string; now: Date; keepSessionId?: string | undefined }): Promise<void> {
  await tx.update(users).set({ passwordHash: change.passwordHash, updatedAt: change.now }).where(and(eq(users.tenantId, user.tenantId), eq(users.id, user.id)));
  await tx
    .delete(sessions)
    .where(and(eq(sessions.tenantId, user.tenantId), eq(sessions.userId, user.id), change.keepSessionId ? ne(sessions.id, change.keepSessionId) : undefined));
}

export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** The user's own tokens, newest first (revoked ones too). */
export async function listOwnTokens(db: Db, user: CurrentUser): Promise<ApiTokenRow[]> {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tenantId, user.tenantId), eq(apiTokens.userId, user.id)))
    .orderBy(desc(apiTokens.createdAt));
}

/** A new token; only its hash is stored, `token` is the value to show this once. */
export async function createToken(tx: Db, user: CurrentUser, input: { name: string; now: Date }): Promise<{ row: ApiTokenRow; token: string }> {
  const secret = newSecret();
  const [row] = await tx
    .insert(apiTokens)
    .values({ tenantId: user.tenantId, id: crypto.randomUUID(), userId: user.id, name: input.name, tokenHash: sha256(secret), createdAt: input.now })
    .returning();
  return { row: row!, token: formatApiToken({ tenantId: user.tenantId, secret }) };
}

/** One of the user's own tokens, or 404 (another user's token does not exist for this user). */
export async function findOwnToken(db: Db, user: CurrentUser, id: string): Promise<ApiTokenRow> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tenantId, user.tenantId), eq(apiTokens.id, id), eq(apiTokens.userId, user.id)));
  if (!row) throw notFound('Dit token bestaat niet.');
  return row;
}

/** Revokes a token; revoking it again keeps the first moment. */
export async function revokeToken(tx: Db, token: ApiTokenRow, now: Date): Promise<ApiTokenRow> {
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, ${now})` })
    .where(and(eq(apiTokens.tenantId, token.tenantId), eq(apiTokens.id, token.id)))
    .returning();
  return row!;
}
