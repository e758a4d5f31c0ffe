import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { amsterdamDate } from '../shared/dates.js';
import { loadDashboard } from './dashboard.service.js';
import { dashboardTables, tablesToCsv } from './domain/export-tables.js';
import { dashboardOut, dashboardQuery, filterFrom } from './dashboard.contract.js';
import { tablesToXlsx } from './export/xlsx.js';
import { registerRegionRoutes } from './region.routes.js';

const TAG = 'dashboard';

export function registerDashboardRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/dashboard',
    {
      schema: {
        tags: [TAG],
        summary: 'Cijfers over de plannen van de eigen gemeente (CONTRACT.md "Dashboard"): alleen aantallen en bedragen, nooit casustekst of cliëntnummers.',
        querystring: dashboardQuery,
        response: { 200: dashboardOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'dashboard.read');
      return loadDashboard(ctx.db, user.tenantId, filterFrom(request.query), ctx.now());
    },
  );

  const exportName = (tenantId: string, ext: string) => `dashboard-${tenantId}-${amsterdamDate(ctx.now())}.${ext}`;

  app.get(
    '/api/v1/dashboard.csv',
    { schema: { tags: [TAG], summary: 'Het dashboard als CSV (puntkomma, UTF-8), één blok per tabel.', querystring: dashboardQuery, produces: ['text/csv'] } },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'dashboard.read');
      const filter = filterFrom(request.query);
      const dashboard = await loadDashboard(ctx.db, user.tenantId, filter, ctx.now());
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${exportName(user.tenantId, 'csv')}"`)
        .send(`\uFEFF${tablesToCsv(dashboardTables(dashboard, filter))}`);
    },
  );

  app.get(
    '/api/v1/dashboard.xlsx',
    {
      schema: {
        tags: [TAG],
        summary: 'Het dashboard als Excel-werkmap (XLSX), één werkblad per tabel.',
        querystring: dashboardQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'dashboard.read');
      const filter = filterFrom(request.query);
      const dashboard = await loadDashboard(ctx.db, user.tenantId, filter, ctx.now());
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${exportName(user.tenantId, 'xlsx')}"`)
        .send(tablesToXlsx(dashboardTables(dashboard, filter)));
    },
  );

  registerRegionRoutes(app, ctx);
}
