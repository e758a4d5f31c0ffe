import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { colleaguesOut, colleaguesQuery } from './tables.contract.js';
import { listColleagues } from './tables.service.js';

export function registerColleagueRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/colleagues',
    {
      config: { policy: 'colleagues.read' },
      schema: {
        tags: ['tafels'],
        summary: 'Actieve collega’s van de eigen gemeente (naam en rollen, geen e-mailadressen), om iemand een vraag toe te wijzen.',
        querystring: colleaguesQuery,
        response: { 200: colleaguesOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'colleagues.read');
      return { items: await listColleagues(ctx.db, user.tenantId, request.query.for) };
    },
  );
}
