import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.js';
import { ROLE_KEYS } from '../auth/roles.js';
import { sessions } from '../auth/auth.schema.js';
import { authorize } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { invalid, notFound } from '../shared/errors.js';
import { assertEmailFree, createUser, generatePassword } from './users.service.js';
import { users } from './users.schema.js';

const roles = z.array(z.enum(ROLE_KEYS)).min(1, 'Kies minstens één rol.');
const password = z.string().min(MIN_PASSWORD_LENGTH).max(200);

const userOut = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const present = (row: typeof users.$inferSelect) => ({
  id: row.id,
  email: row.email,
  name: row.name,
  roles: row.roles,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export function registerUserRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['gebruikers'],
        summary: 'Gebruikers van de eigen gemeente (beheerder).',
        response: { 200: z.object({ items: z.array(userOut), total: z.number() }) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      authorize(actor, 'users.read');
      const rows = await ctx.db.select().from(users).where(eq(users.tenantId, actor.tenantId)).orderBy(asc(users.name));
      return { items: rows.map(present), total: rows.length };
    },
  );

  app.post(
    '/api/v1/users',
    {
      schema: {
        tags: ['gebruikers'],
        summary: 'Voeg een gebruiker toe; zonder wachtwoord wordt een startwachtwoord gemaakt en één keer getoond.',
        body: z.strictObject({
          email: z.email().max(320),
          name: z.string().trim().min(1).max(200),
          roles,
          password: password.optional(),
        }),
        response: { 201: z.object({ user: userOut, initialPassword: z.string().optional() }) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      authorize(actor, 'users.manage');
      const initialPassword = request.body.password ? undefined : generatePassword();
      const row = await ctx.db.transaction(async (tx) => {
        const created = await createUser(tx, {
          tenantId: actor.tenantId,
          email: request.body.email,
          name: request.body.name,
          roles: request.body.roles,
          password: request.body.password ?? initialPassword!,
        });
        await recordAudit(tx, {
          tenantId: actor.tenantId,
          actor,
          action: 'user.create',
          entityType: 'user',
          entityId: created.id,
          requestId: request.id,
          detail: { roles: created.roles },
        });
        return created;
      });
      return reply.code(201).send({ user: present(row), ...(initialPassword ? { initialPassword } : {}) });
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags: ['gebruikers'],
        summary: 'Wijzig naam, e-mail, rollen, actief of wachtwoord van een gebruiker (beheerder).',
        params: z.object({ id: z.string().max(100) }),
        body: z.strictObject({
          email: z.email().max(320).optional(),
          name: z.string().trim().min(1).max(200).optional(),
          roles: roles.optional(),
          active: z.boolean().optional(),
          password: password.optional(),
        }),
        response: { 200: z.object({ user: userOut }) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const [existing] = await ctx.db
        .select()
        .from(users)
        .where(and(eq(users.tenantId, actor.tenantId), eq(users.id, request.params.id)));
      if (!existing) throw notFound('Deze gebruiker bestaat niet.');
      authorize(actor, 'users.manage', existing);
      const body = request.body;
      if (existing.id === actor.id && (body.active === false || (body.roles && !body.roles.includes('beheerder')))) {
        throw invalid(
          [{ path: body.active === false ? 'active' : 'roles', message: 'U kunt uzelf niet deactiveren of uw beheerdersrol afnemen; vraag een andere beheerder.' }],
        );
      }
      const row = await ctx.db.transaction(async (tx) => {
        if (body.email && body.email.toLowerCase() !== existing.email) await assertEmailFree(tx, body.email, existing.id);
        const [updated] = await tx
          .update(users)
          .set({
            ...(body.email ? { email: body.email.toLowerCase() } : {}),
            ...(body.name ? { name: body.name } : {}),
            ...(body.roles ? { roles: [...new Set(body.roles)] } : {}),
            ...(body.active !== undefined ? { active: body.active } : {}),
            ...(body.password ? { passwordHash: await hashPassword(body.password) } : {}),
            updatedAt: sql`now()`,
          })
          .where(and(eq(users.tenantId, actor.tenantId), eq(users.id, existing.id)))
          .returning();
        // A deactivated user or a new password ends every open session at once.
        if (body.active === false || body.password) {
          await tx.delete(sessions).where(and(eq(sessions.tenantId, actor.tenantId), eq(sessions.userId, existing.id)));
        }
        await recordAudit(tx, {
          tenantId: actor.tenantId,
          actor,
          action: 'user.update',
          entityType: 'user',
          entityId: existing.id,
          requestId: request.id,
          detail: { fields: Object.keys(body).sort(), ...(body.roles ? { roles: body.roles } : {}) },
        });
        return updated!;
      });
      // Roles, name, activity or password changed: the next request must see it (after the commit).
      ctx.authCache?.forgetUser(actor.tenantId, existing.id);
      return { user: present(row) };
    },
  );
}
