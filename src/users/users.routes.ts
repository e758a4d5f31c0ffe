import { runCommand } from '../http/command.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { createdUserOut, createUserBody, updatedUserOut, updateUserBody, userListOut, userParams } from './users.contract.js';
import { presentUser } from './users.present.js';
import { assertNotLockingOut, createUser, findUser, generatePassword, listUsers, updateUser } from './users.service.js';

export function registerUserRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/users',
    {
      config: { policy: 'users.read' },
      schema: {
        tags: ['gebruikers'],
        summary: 'Gebruikers van de eigen gemeente (beheerder).',
        response: { 200: userListOut },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      authorize(actor, 'users.read');
      const items = (await listUsers(ctx.db, actor.tenantId)).map(presentUser);
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/v1/users',
    {
      config: { policy: 'users.manage', audit: 'user.create' },
      schema: {
        tags: ['gebruikers'],
        summary: 'Voeg een gebruiker toe; zonder wachtwoord wordt een startwachtwoord gemaakt en één keer getoond.',
        body: createUserBody,
        response: { 201: createdUserOut },
      },
    },
    async (request, reply) => {
      const body = request.body;
      requireUser(request);
      rejectBsn({ name: body.name });
      const initialPassword = body.password ? undefined : generatePassword();
      const row = await runCommand(ctx, request, {
        action: 'users.manage',
        change: (tx, _loaded, actor) =>
          createUser(tx, { tenantId: actor.tenantId, email: body.email, name: body.name, roles: body.roles, password: body.password ?? initialPassword! }),
        audit: (created) => ({ action: 'user.create', entityType: 'user', entityId: created.id, detail: { roles: created.roles } }),
      });
      return reply.code(201).send({ user: presentUser(row), ...(initialPassword ? { initialPassword } : {}) });
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { policy: 'users.manage', audit: 'user.update' },
      schema: {
        tags: ['gebruikers'],
        summary: 'Wijzig naam, e-mail, rollen, actief of wachtwoord van een gebruiker (beheerder).',
        params: userParams,
        body: updateUserBody,
        response: { 200: updatedUserOut },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const changes = request.body;
      if (changes.name !== undefined) rejectBsn({ name: changes.name });
      const row = await runCommand(ctx, request, {
        action: 'users.manage',
        load: (tx, user) => findUser(tx, user.tenantId, request.params.id),
        change: (tx, existing, user) => {
          assertNotLockingOut(user.id, existing, changes);
          return updateUser(tx, existing, changes);
        },
        audit: (_updated, existing) => ({
          action: 'user.update',
          entityType: 'user',
          entityId: existing.id,
          detail: { fields: Object.keys(changes).sort(), ...(changes.roles ? { roles: changes.roles } : {}) },
        }),
      });
      // Roles, name, activity or password changed: the next request must see it (after the commit).
      ctx.authCache?.forgetUser(actor.tenantId, row.id);
      return { user: presentUser(row) };
    },
  );
}
