import type { AuditEvent } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { fileResponse, sendDownload } from '../http/download.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { renderGripReportPdf } from './grip-report-pdf.js';
import { loadGripReport } from './grip-report.service.js';
import { gripReportQuery } from './grip.contract.js';

const TAG = 'grip';

export function registerGripReportRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/grip/report.pdf',
    {
      config: { policy: 'grip.read', audit: 'grip.report_export' },
      schema: {
        tags: [TAG],
        summary: 'De griprapportage sociaal domein voor de planning-en-controlcyclus, als PDF (A4): application/pdf.',
        description:
          'Kerncijfers, per begrotingsregel, de drie scenario\'s, volume × prijs per pijler, de aanbieders met het hoogste gedeclareerde bedrag, signalen per type, de methode en de actualiteit. Alleen totalen: geen cliëntgegevens, toewijzingsnummers of casusinhoud.',
        querystring: gripReportQuery,
        produces: ['application/pdf'],
        response: { 200: fileResponse('application/pdf', 'De griprapportage op A4.') },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'grip.read');
      const report = await loadGripReport(ctx.db, { id: user.tenantId, name: user.tenant.name }, request.query, ctx.config, ctx.now());
      // Aggregates only, so the event records what was asked, nothing of the figures.
      const audit: AuditEvent = { action: 'grip.report_export', entityType: 'grip_report', entityId: 'pdf', detail: { year: report.year, date: report.date, moment: report.moment } };
      return sendDownload(ctx, request, reply, {
        body: await renderGripReportPdf(report),
        contentType: 'application/pdf',
        fileName: `griprapportage-${report.moment}-${report.year}-${report.date}.pdf`,
        disposition: 'attachment',
        audit,
      });
    },
  );
}
