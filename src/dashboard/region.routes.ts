import type { AppContext, TypedApp } from '../http/context.js';
import { runCommand } from '../http/command.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { dashboardQuery, regionOut, regionSettingsBody, regionSettingsOut } from './dashboard.contract.js';
import { dashboardFilter } from './dashboard.service.js';
import { loadRegionSettings, loadRegionView, setRegionOptIn } from './region.service.js';

const TAG = 'dashboard';

export function registerRegionRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/region-settings',
    {
      config: { policy: 'dashboard.read' },
      schema: { tags: [TAG], summary: 'De regio van de gemeente en of zij haar cijfers met de regio deelt.', response: { 200: regionSettingsOut } },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'dashboard.read');
      return loadRegionSettings(ctx.db, user.tenantId);
    },
  );

  app.put(
    '/api/v1/region-settings',
    {
      config: { policy: 'region.manage', audit: 'region.settings' },
      schema: {
        tags: [TAG],
        summary: 'Deel de cijfers van de gemeente met de regio, of stop daarmee (beheerder).',
        body: regionSettingsBody,
        response: { 200: regionSettingsOut },
      },
    },
    async (request) => {
      const { regionOptIn } = request.body;
      const tenantId = requireUser(request).tenantId;
      return runCommand(ctx, request, {
        action: 'region.manage',
        change: (tx) => setRegionOptIn(tx, tenantId, regionOptIn),
        audit: () => ({ action: 'region.settings', entityType: 'tenant', entityId: tenantId, detail: { regionOptIn } }),
      });
    },
  );

  app.get(
    '/api/v1/dashboard/region',
    {
      config: { policy: 'dashboard.read' },
      schema: {
        tags: [TAG],
        summary: 'De cijfers van de gemeenten in de regio die meedoen, naast elkaar; alleen als de eigen gemeente ook meedoet. Nooit casussen.',
        querystring: dashboardQuery,
        response: { 200: regionOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'dashboard.read');
      return loadRegionView(ctx.db, user.tenantId, dashboardFilter(request.query), ctx.now());
    },
  );
}
