import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { auditListOut, auditQuery } from './audit.contract.js';
import { listAuditEvents } from './audit.service.js';

export function registerAuditRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/audit',
    {
      config: { policy: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Het auditlog van de eigen gemeente, nieuwste eerst (beheerder). Alleen-lezen.',
        querystring: auditQuery,
        response: { 200: auditListOut },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      authorize(actor, 'audit.read');
      return listAuditEvents(ctx.db, actor.tenantId, request.query);
    },
  );
}
