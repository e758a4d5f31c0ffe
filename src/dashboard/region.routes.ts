import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { tenants } from '../tenants/tenants.schema.js';
import { aggregatesOut, dashboardQuery, filterFrom } from './dashboard.contract.js';
import { loadDashboard, withoutBudgetByPlan } from './dashboard.service.js';

const TAG = 'dashboard';

const settingsOut = z.object({ region: z.string().nullable(), regionOptIn: z.boolean() });
const settingsBody = z.strictObject({
  regionOptIn: z.boolean().describe('Toon de cijfers van deze gemeente (nooit casussen) aan de andere gemeenten in de regio die ook meedoen.'),
});

const regionOut = z.object({
  region: z.string().nullable(),
  regionOptIn: z.boolean(),
  municipalities: z.array(z.object({ tenantId: z.string(), name: z.string(), dashboard: aggregatesOut })),
});

export function registerRegionRoutes(app: TypedApp, ctx: AppContext) {
  async function ownTenant(tenantId: string) {
    const [row] = await ctx.db.select({ region: tenants.region, regionOptIn: tenants.regionOptIn }).from(tenants).where(eq(tenants.tenantId, tenantId));
    return row ?? { region: null, regionOptIn: false };
  }

  app.get(
    '/api/v1/region-settings',
    { schema: { tags: [TAG], summary: 'De regio van de gemeente en of zij haar cijfers met de regio deelt.', response: { 200: settingsOut } } },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'dashboard.read');
      return ownTenant(user.tenantId);
    },
  );

  app.put(
    '/api/v1/region-settings',
    { schema: { tags: [TAG], summary: 'Deel de cijfers van de gemeente met de regio, of stop daarmee (beheerder).', body: settingsBody, response: { 200: settingsOut } } },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'region.manage');
      const { regionOptIn } = request.body;
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx
          .update(tenants)
          .set({ regionOptIn })
          .where(eq(tenants.tenantId, user.tenantId))
          .returning({ region: tenants.region, regionOptIn: tenants.regionOptIn });
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'region.settings',
          entityType: 'tenant',
          entityId: user.tenantId,
          requestId: request.id,
          detail: { regionOptIn },
        });
        return row!;
      });
    },
  );

  app.get(
    '/api/v1/dashboard/region',
    {
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
      const filter = filterFrom(request.query);
      const own = await ownTenant(user.tenantId);
      if (!own.region || !own.regionOptIn) return { ...own, municipalities: [] };
      const members = await ctx.db
        .select({ tenantId: tenants.tenantId, name: tenants.name })
        .from(tenants)
        .where(and(eq(tenants.region, own.region), eq(tenants.regionOptIn, true)))
        .orderBy(asc(tenants.name), asc(tenants.tenantId));
      const municipalities = [];
      for (const member of members) {
        const dashboard = await loadDashboard(ctx.db, member.tenantId, filter, ctx.now());
        municipalities.push({ ...member, dashboard: withoutBudgetByPlan(dashboard) });
      }
      return { ...own, municipalities };
    },
  );
}
