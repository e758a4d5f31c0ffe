import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { AppError } from '../shared/errors.js';
import {
  changePasswordBody,
  createdTokenOut,
  createTokenBody,
  demoAccountsOut,
  loginBody,
  loginOut,
  meOut,
  sessionOut,
  tokenListOut,
  tokenOut,
  tokenParams,
} from './auth.contract.js';
import { presentCurrentUser, presentToken } from './auth.present.js';
import {
  assertCurrentPassword,
  changeOwnPassword,
  createToken,
  endSession,
  findOwnToken,
  findUserByPassword,
  listOwnTokens,
  revokeToken,
  startSession,
} from './auth.service.js';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from './authenticate.js';
import { listDemoAccounts } from './demo-accounts.service.js';
import { hashPassword } from './password.js';
import { formatSessionCookie, hmac, newSecret } from './secrets.js';

export function registerAuthRoutes(app: TypedApp, ctx: AppContext) {
  app.post(
    '/api/v1/auth/login',
    {
      // No user yet, so no policy to ask and no command path: the session and its audit event
      // are still written in one transaction.
      config: { policy: 'public', audit: 'auth.login', csrfExempt: true },
      schema: {
        tags: ['auth'],
        summary: 'Inloggen met e-mailadres en wachtwoord; zet een sessiecookie.',
        security: [],
        body: loginBody,
        response: { 200: loginOut },
      },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const keys = [`email:${email}`, `ip:${hmac(ctx.secret, request.ip)}`];
      assertNotThrottled(ctx, keys);

      const user = await findUserByPassword(ctx.db, email, request.body.password);
      if (!user) {
        keys.forEach((key) => ctx.throttle.recordFailure(key));
        throw new AppError('invalidCredentials');
      }
      ctx.throttle.reset(keys[0]!);

      const secret = newSecret();
      const csrfToken = newSecret();
      await ctx.db.transaction(async (tx) => {
        await startSession(tx, user, { secret, csrfToken, now: ctx.now() });
        await recordAudit(tx, { tenantId: user.tenantId, actor: user, action: 'auth.login', entityType: 'user', entityId: user.id, requestId: request.id });
      });
      setSessionCookie(request, reply, formatSessionCookie({ tenantId: user.tenantId, secret }));
      return { user: presentCurrentUser(user), csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      // Public: logging out without (or with an expired) session is not an error, it is done.
      config: { policy: 'public', audit: 'auth.logout' },
      schema: { tags: ['auth'], summary: 'Uitloggen: beëindigt de sessie.', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const auth = request.auth;
      if (auth?.method === 'session') {
        await runCommand(ctx, request, {
          action: 'account.read',
          change: (tx, _loaded, user) => endSession(tx, user.tenantId, auth.sessionId),
          audit: () => ({ action: 'auth.logout', entityType: 'user', entityId: auth.user.id }),
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
      config: { policy: 'account.read' },
      schema: {
        tags: ['auth'],
        summary: 'De ingelogde gebruiker, de gemeente en wat deze mag.',
        response: { 200: meOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'account.read');
      const auth = request.auth!;
      return { user: presentCurrentUser(user), ...(auth.method === 'session' ? { csrfToken: auth.csrfToken } : {}) };
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      // Public: "not logged in" is an answer here (200, user null), not an error (`/me` says 401).
      config: { policy: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Wie is ingelogd (of niemand), en of de server in demomodus draait.',
        security: [],
        response: { 200: sessionOut },
      },
    },
    async (request) => {
      const auth = request.auth;
      if (!auth) return { user: null, demo: ctx.config.demo };
      return { user: presentCurrentUser(auth.user), ...(auth.method === 'session' ? { csrfToken: auth.csrfToken } : {}), demo: ctx.config.demo };
    },
  );

  app.get(
    '/api/v1/auth/demo-accounts',
    {
      // Public, but only in demo mode: a production server has no such accounts to show.
      config: { policy: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Alleen in demomodus: de demo-accounts met hun rollen en het gedeelde wachtwoord.',
        security: [],
        response: { 200: demoAccountsOut },
      },
    },
    async () => {
      if (!ctx.config.demo) throw new AppError('notFound', 'Deze server draait niet in demomodus.');
      return listDemoAccounts(ctx.db);
    },
  );

  app.post(
    '/api/v1/me/password',
    {
      config: { policy: 'account.read', audit: 'user.password_change' },
      schema: {
        tags: ['auth'],
        summary: 'Wijzig het eigen wachtwoord; beëindigt de andere sessies.',
        body: changePasswordBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'account.read');
      // The two scrypt runs stay outside the transaction, so they hold no database connection.
      await assertCurrentPassword(ctx.db, user, request.body.currentPassword);
      const passwordHash = await hashPassword(request.body.newPassword);
      const auth = request.auth!;
      await runCommand(ctx, request, {
        action: 'account.read',
        change: (tx, _loaded, actor) =>
          changeOwnPassword(tx, actor, { passwordHash, now: ctx.now(), keepSessionId: auth.method === 'session' ? auth.sessionId : undefined }),
        audit: () => ({ action: 'user.password_change', entityType: 'user', entityId: user.id }),
      });
      ctx.authCache?.forgetUser(user.tenantId, user.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/tokens',
    {
      config: { policy: 'tokens.manage' },
      schema: {
        tags: ['auth'],
        summary: 'Mijn API-tokens (zonder de geheime waarde).',
        response: { 200: tokenListOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'tokens.manage');
      const items = (await listOwnTokens(ctx.db, user)).map(presentToken);
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/v1/tokens',
    {
      config: { policy: 'tokens.manage', audit: 'token.create' },
      schema: {
        tags: ['auth'],
        summary: 'Maak een API-token voor een koppeling; de waarde wordt één keer getoond.',
        body: createTokenBody,
        response: { 201: createdTokenOut },
      },
    },
    async (request, reply) => {
      requireUser(request);
      rejectBsn({ name: request.body.name });
      const created = await runCommand(ctx, request, {
        action: 'tokens.manage',
        change: (tx, _loaded, user) => createToken(tx, user, { name: request.body.name, now: ctx.now() }),
        audit: ({ row }) => ({ action: 'token.create', entityType: 'api_token', entityId: row.id }),
      });
      return reply.code(201).send({ ...presentToken(created.row), token: created.token });
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      config: { policy: 'tokens.manage', audit: 'token.revoke' },
      schema: {
        tags: ['auth'],
        summary: 'Trek een API-token in; het werkt daarna direct niet meer.',
        params: tokenParams,
        response: { 200: tokenOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const row = await runCommand(ctx, request, {
        action: 'tokens.manage',
        load: (tx, actor) => findOwnToken(tx, actor, request.params.id),
        change: (tx, token) => revokeToken(tx, token, ctx.now()),
        audit: (token) => ({ action: 'token.revoke', entityType: 'api_token', entityId: token.id }),
      });
      ctx.authCache?.forgetUser(user.tenantId, user.id);
      return presentToken(row);
    },
  );
}

/** 429 with the wait in Dutch while the email or the (hashed) address has too many failures. */
function assertNotThrottled(ctx: AppContext, keys: string[]) {
  const waitMs = Math.max(...keys.map((key) => ctx.throttle.retryAfterMs(key)));
  if (waitMs <= 0) return;
  const minutes = Math.ceil(waitMs / 60_000);
  throw new AppError(
    'tooManyRequests',
    `Te veel mislukte inlogpogingen. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
    [],
    { retryAfterSeconds: Math.ceil(waitMs / 1000) },
  );
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
