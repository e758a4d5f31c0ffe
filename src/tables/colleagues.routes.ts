import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { requireUser } from '../http/request-user.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { users } from '../users/users.schema.js';

export function registerColleagueRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/colleagues',
    {
      schema: {
        tags: ['tafels'],
        summary: 'Actieve collega’s van de eigen gemeente (naam en rollen, geen e-mailadressen), om iemand een vraag toe te wijzen.',
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), roles: z.array(z.string()) })) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const rows = await ctx.db
        .select({ id: users.id, name: users.name, roles: users.roles })
        .from(users)
        .where(and(eq(users.tenantId, user.tenantId), eq(users.active, true)))
        .orderBy(asc(users.name));
      return { items: rows };
    },
  );
}
