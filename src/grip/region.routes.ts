import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { amsterdamDate } from '../shared/dates.js';
import { gripRegionOut, regionQuery } from './grip.contract.js';
import { loadGripRegion } from './region.service.js';

const TAG = 'grip';

export function registerGripRegionRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/grip/region',
    {
      config: { policy: 'grip.read' },
      schema: {
        tags: [TAG],
        summary: 'De gripcijfers van de gemeenten in de regio die meedoen, naast elkaar: totalen en per pijler; alleen als de eigen gemeente ook meedoet.',
        description: 'Per gemeente de totalen van de begroting op de peildatum (vandaag, binnen het jaar) en per pijler begroting, gerealiseerd, prognose en afwijking. Nooit begrotingsregels, aanbieders, signalen of cliënten.',
        querystring: regionQuery,
        response: { 200: gripRegionOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'grip.read');
      return loadGripRegion(ctx.db, user.tenantId, request.query.year, amsterdamDate(ctx.now()));
    },
  );
}
