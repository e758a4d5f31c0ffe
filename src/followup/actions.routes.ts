import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { myActionsOut } from './followup.contract.js';
import { loadMyActions } from './actions.service.js';

export function registerActionRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/me/actions',
    {
      config: { policy: 'actions.read' },
      schema: {
        tags: ['opvolging'],
        summary: 'Mijn acties: metingen die (bijna) moeten, open vragen aan mij, plannen die op mijn besluit wachten en budgetwaarschuwingen.',
        response: { 200: myActionsOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'actions.read');
      return loadMyActions(ctx.db, user, ctx.now());
    },
  );
}
