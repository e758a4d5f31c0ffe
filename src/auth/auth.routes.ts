import { and, desc, eq, lt, ne, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { AppError, invalid, notFound } from '../shared/errors.js';
import { authorize } from '../policy/policy.js';
import { users } from '../users/users.schema.js';
import { apiTokens, sessions } from './auth.schema.js';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE, SESSION_IDLE_MS } from './authenticate.js';
import { requireUser, type CurrentUser } from '../http/request-user.js';
import { DUMMY_HASH, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { presentCurrentUser } from './presenters.js';
import { formatApiToken, formatSessionCookie, hmac, newSecret, sha256 } from './secrets.js';
import { tenants } from '../tenants/tenants.schema.js';
import type { Role } from './roles.js';

const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  tenant: z.object({ id: z.string(), name: z.string(), region: z.string().nullable() }),
  abilities: z.array(z.string()).describe('Wat deze gebruiker mag; de UI toont knoppen op basis hiervan.'),
});

const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export function registerAuthRoutes(app: TypedApp, ctx: AppContext) {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Inloggen met e-mailadres en wachtwoord; zet een sessiecookie.',
        body: z.strictObject({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) }),
        response: { 200: z.object({ user: userSchema, csrfToken: z.string() }) },
      },
      config: { csrfExempt: true },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const keys = [`email:${email}`, `ip:${hmac(ctx.secret, request.ip)}`];
      const waitMs = Math.max(...keys.map((key) => ctx.throttle.retryAfterMs(key)));
      if (waitMs > 0) {
        const minutes = Math.ceil(waitMs / 60_000);
        throw new AppError(
          'tooManyRequests',
          `Te veel mislukte inlogpogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
          [],
          { retryAfterSeconds: Math.ceil(waitMs / 1000) },
        );
      }

      const user = await findUserByPassword(ctx, email, request.body.password);
      if (!user) {
        keys.forEach((key) => ctx.throttle.recordFailure(key));
        throw new AppError('invalidCredentials');
      }
      ctx.throttle.reset(keys[0]!);

      const secret = newSecret();
      const csrfToken = newSecret();
      const now = ctx.now();
      await ctx.db.transaction(async (tx) => {
        // Housekeeping of this user's own expired sessions, tenant-scoped like every query.
        await tx
          .delete(sessions)
          .where(and(eq(sessions.tenantId, user.tenantId), eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
        await tx.insert(sessions).values({
          tenantId: user.tenantId,
          id: sha256(secret),
          userId: user.id,
          csrfToken,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
        });
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          requestId: request.id,
        });
      });
      setSessionCookie(request, reply, formatSessionCookie({ tenantId: user.tenantId, secret }));
      return { user: presentCurrentUser(user), csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'Uitloggen: beëindigt de sessie.', response: { 204: z.null() } } },
    async (request, reply) => {
      const auth = request.auth;
      if (auth?.method === 'session') {
        await ctx.db.transaction(async (tx) => {
          await tx.delete(sessions).where(and(eq(sessions.tenantId, auth.user.tenantId), eq(sessions.id, auth.sessionId)));
          await recordAudit(tx, {
            tenantId: auth.user.tenantId,
            actor: auth.user,
            action: 'auth.logout',
            entityType: 'user',
            entityId: auth.user.id,
            requestId: request.id,
          });
        });
        // After the commit, so no concurrent request can cache the old state again.
        ctx.authCache?.forgetUser(auth.user.tenantId, auth.user.id);
      }
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'De ingelogde gebruiker, de gemeente en wat deze mag.',
        response: { 200: z.object({ user: userSchema, csrfToken: z.string().optional() }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'account.read');
      const auth = request.auth!;
      return { user: presentCurrentUser(user), ...(auth.method === 'session' ? { csrfToken: auth.csrfToken } : {}) };
    },
  );

  app.post(
    '/api/v1/me/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Wijzig het eigen wachtwoord; beëindigt de andere sessies.',
        body: z.strictObject({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(200) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'account.read');
      const [row] = await ctx.db.select().from(users).where(and(eq(users.tenantId, user.tenantId), eq(users.id, user.id)));
      if (!row || !(await verifyPassword(request.body.currentPassword, row.passwordHash))) {
        throw invalid([{ path: 'currentPassword', message: 'Het huidige wachtwoord klopt niet.' }]);
      }
      const passwordHash = await hashPassword(request.body.newPassword);
      const auth = request.auth!;
      await ctx.db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash, updatedAt: ctx.now() }).where(and(eq(users.tenantId, user.tenantId), eq(users.id, user.id)));
        // Other sessions end (a stolen session does not survive a password change); this one stays.
        await tx
          .delete(sessions)
          .where(and(eq(sessions.tenantId, user.tenantId), eq(sessions.userId, user.id), auth.method === 'session' ? ne(sessions.id, auth.sessionId) : undefined));
        await recordAudit(tx, { tenantId: user.tenantId, actor: user, action: 'user.password_change', entityType: 'user', entityId: user.id, requestId: request.id });
      });
      ctx.authCache?.forgetUser(user.tenantId, user.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Mijn API-tokens (zonder de geheime waarde).',
        response: { 200: z.object({ items: z.array(tokenSchema), total: z.number() }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'tokens.manage');
      const rows = await ctx.db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.tenantId, user.tenantId), eq(apiTokens.userId, user.id)))
        .orderBy(desc(apiTokens.createdAt));
      const items = rows.map(presentToken);
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Maak een API-token voor een koppeling; de waarde wordt één keer getoond.',
        body: z.strictObject({ name: z.string().trim().min(1).max(100) }),
        response: { 201: tokenSchema.extend({ token: z.string() }) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'tokens.manage');
      const secret = newSecret();
      const id = crypto.randomUUID();
      const [row] = await ctx.db.transaction(async (tx) => {
        const inserted = await tx
          .insert(apiTokens)
          .values({ tenantId: user.tenantId, id, userId: user.id, name: request.body.name, tokenHash: sha256(secret), createdAt: ctx.now() })
          .returning();
        await recordAudit(tx, { tenantId: user.tenantId, actor: user, action: 'token.create', entityType: 'api_token', entityId: id, requestId: request.id });
        return inserted;
      });
      return reply.code(201).send({ ...presentToken(row!), token: formatApiToken({ tenantId: user.tenantId, secret }) });
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Trek een API-token in; het werkt daarna direct niet meer.',
        params: z.object({ id: z.string().max(100) }),
        response: { 200: tokenSchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const [existing] = await ctx.db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.tenantId, user.tenantId), eq(apiTokens.id, request.params.id), eq(apiTokens.userId, user.id)));
      if (!existing) throw notFound('Dit token bestaat niet.');
      authorize(user, 'tokens.manage', existing);
      const [row] = await ctx.db.transaction(async (tx) => {
        const updated = await tx
          .update(apiTokens)
          .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, ${ctx.now()})` })
          .where(and(eq(apiTokens.tenantId, user.tenantId), eq(apiTokens.id, existing.id)))
          .returning();
        await recordAudit(tx, { tenantId: user.tenantId, actor: user, action: 'token.revoke', entityType: 'api_token', entityId: existing.id, requestId: request.id });
        return updated;
      });
      ctx.authCache?.forgetUser(user.tenantId, user.id);
      return presentToken(row!);
    },
  );
}

function presentToken(row: typeof apiTokens.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Login knows only an email address, so this is the one lookup across municipalities. The password
 * is always checked, against a dummy hash when the email is unknown, so timing reveals nothing.
 */
async function findUserByPassword(ctx: AppContext, email: string, password: string): Promise<CurrentUser | null> {
  const candidates = await ctx.db
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

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, value: string) {
  void reply.setCookie(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https' || !isLoopback(request.hostname),
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
