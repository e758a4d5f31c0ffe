import { z } from 'zod';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { loadMyActions } from './actions.service.js';

const actionsOut = z.object({
  measurements: z.array(z.object({ planId: z.string(), caseNumber: z.string(), moment: z.string(), dueDate: z.string(), overdue: z.boolean() })),
  questions: z.array(
    z.object({ id: z.string(), planId: z.string(), caseNumber: z.string().nullable(), question: z.string(), dueDate: z.string(), overdue: z.boolean() }),
  ),
  decisions: z.array(z.object({ planId: z.string(), caseNumber: z.string(), since: z.string() })),
  budgetWarnings: z.array(z.object({ level: z.string(), message: z.string() })),
});

export function registerActionRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/me/actions',
    {
      schema: {
        tags: ['opvolging'],
        summary: 'Mijn acties: metingen die (bijna) moeten, open vragen aan mij, plannen die op mijn besluit wachten en budgetwaarschuwingen.',
        response: { 200: actionsOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'actions.read');
      return loadMyActions(ctx.db, user, ctx.now());
    },
  );
}
