import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext, TypedApp } from '../http/context.js';
import { fileResponse, sendDownload } from '../http/download.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { amsterdamDate } from '../shared/dates.js';
import { dashboardOut, dashboardQuery, type DashboardQuery } from './dashboard.contract.js';
import { dashboardFilter, loadDashboard } from './dashboard.service.js';
import { dashboardTables, tablesToCsv } from './domain/export-tables.js';
import { tablesToXlsx, XLSX_MEDIA_TYPE } from './export/xlsx.js';
import { registerRegionRoutes } from './region.routes.js';

const TAG = 'dashboard';
const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

export function registerDashboardRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/dashboard',
    {
      config: { policy: 'dashboard.read' },
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
      return loadDashboard(ctx.db, user.tenantId, dashboardFilter(request.query), ctx.now());
    },
  );

  /** The dashboard as tables, sent as a file; an export of aggregates is audited (with the filter only). */
  async function exportDashboard(request: FastifyRequest, reply: FastifyReply, query: DashboardQuery, format: 'csv' | 'xlsx') {
    const user = requireUser(request);
    authorize(user, 'dashboard.read');
    const filter = dashboardFilter(query);
    const tables = dashboardTables(await loadDashboard(ctx.db, user.tenantId, filter, ctx.now()), filter);
    return sendDownload(ctx, request, reply, {
      body: format === 'csv' ? `\uFEFF${tablesToCsv(tables)}` : tablesToXlsx(tables),
      contentType: format === 'csv' ? CSV_MEDIA_TYPE : XLSX_MEDIA_TYPE,
      fileName: `dashboard-${user.tenantId}-${amsterdamDate(ctx.now())}.${format}`,
      disposition: 'attachment',
      audit: {
        action: 'dashboard.export',
        entityType: 'dashboard',
        entityId: format,
        detail: { from: filter.from ?? null, to: filter.to ?? null, statuses: [...filter.statuses] },
      },
    });
  }

  app.get(
    '/api/v1/dashboard.csv',
    {
      config: { policy: 'dashboard.read', audit: 'dashboard.export' },
      schema: {
        tags: [TAG],
        summary: 'Het dashboard als CSV (puntkomma, UTF-8), één blok per tabel.',
        querystring: dashboardQuery,
        produces: ['text/csv'],
        response: { 200: fileResponse('text/csv', 'Het dashboard als CSV: puntkomma, decimale komma, UTF-8 met BOM.') },
      },
    },
    async (request, reply) => exportDashboard(request, reply, request.query, 'csv'),
  );

  app.get(
    '/api/v1/dashboard.xlsx',
    {
      config: { policy: 'dashboard.read', audit: 'dashboard.export' },
      schema: {
        tags: [TAG],
        summary: 'Het dashboard als Excel-werkmap (XLSX), één werkblad per tabel.',
        querystring: dashboardQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: fileResponse(XLSX_MEDIA_TYPE, 'Het dashboard als Excel-werkmap, één werkblad per tabel.') },
      },
    },
    async (request, reply) => exportDashboard(request, reply, request.query, 'xlsx'),
  );

  registerRegionRoutes(app, ctx);
}
