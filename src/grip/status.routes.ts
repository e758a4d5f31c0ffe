import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { gripStatusOut } from './grip.contract.js';
import { loadGripStatus } from './status.service.js';

const TAG = 'grip';

/** How fresh the grip figures are (the banner on every grip page). */
export function registerGripStatusRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/grip/status',
    {
      config: { policy: 'grip.read' },
      schema: {
        tags: [TAG],
        summary: 'Hoe vers de cijfers zijn: het einde van de laatste voltooide import, en het schema en de laatste ronde van de importmap (DOORBRAAK_IMPORT_DIR).',
        response: { 200: gripStatusOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'grip.read');
      return loadGripStatus(ctx.db, user.tenantId, ctx.config, ctx.now());
    },
  );
}
