import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AuditEvent } from '../http/command.js';
import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { fileResponse, sendDownload } from '../http/download.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { amsterdamDate } from '../shared/dates.js';
import { invalid } from '../shared/errors.js';
import { renderReportHtml, REPORT_STYLE } from './domain/report-html.js';
import { renderReportPdf } from './report-pdf.js';
import { reportOut, reportQuery, type ReportQuery } from './report.contract.js';
import { loadReport, type ReportPeriod } from './report.service.js';

const TAG = 'inzicht';

/** The inline stylesheet is allowed by its hash, so the page needs neither scripts nor 'unsafe-inline'. */
const HTML_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(REPORT_STYLE).digest('base64')}'`,
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function periodOf(query: ReportQuery, now: Date): ReportPeriod {
  const year = amsterdamDate(now).slice(0, 4);
  const period = { from: query.from ?? `${year}-01-01`, to: query.to ?? `${year}-12-31` };
  if (period.from > period.to) throw invalid([{ path: 'to', message: 'De einddatum ligt voor de begindatum.' }]);
  return period;
}

/** Every export of the report is audited with its period only: the report holds aggregates. */
const exportEvent = (period: ReportPeriod, format: 'json' | 'html' | 'pdf'): AuditEvent => ({
  action: 'report.export',
  entityType: 'report',
  entityId: format,
  detail: { from: period.from, to: period.to },
});

const fileName = (period: ReportPeriod, ext: string) => `raadsrapportage-${period.from}-${period.to}.${ext}`;

export function registerReportRoutes(app: TypedApp, ctx: AppContext) {
  /** For the files: authorise, then load; the download itself records the export. */
  async function prepare(request: FastifyRequest, query: ReportQuery) {
    const user = requireUser(request);
    authorize(user, 'dashboard.read');
    const period = periodOf(query, ctx.now());
    const report = await loadReport(ctx.db, { id: user.tenantId, name: user.tenant.name }, period, ctx.now());
    return { report, period };
  }

  app.get(
    '/api/v1/report',
    {
      config: { policy: 'dashboard.read', audit: 'report.export' },
      schema: {
        tags: [TAG],
        summary: 'De raadsrapportage maatwerk over een periode, als gegevens.',
        description: 'Alleen totalen en gepubliceerde verhalen; geen casusinhoud, cliënt- of casusnummers.',
        querystring: reportQuery,
        response: { 200: reportOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      // An audited read: the command path authorises first, then loads and records the export together.
      return runCommand(ctx, request, {
        action: 'dashboard.read',
        change: (tx) => loadReport(tx, { id: user.tenantId, name: user.tenant.name }, periodOf(request.query, ctx.now()), ctx.now()),
        audit: (report) => exportEvent(report.period, 'json'),
      });
    },
  );

  app.get(
    '/api/v1/report.html',
    {
      config: { policy: 'dashboard.read', audit: 'report.export' },
      schema: {
        tags: [TAG],
        summary: 'De raadsrapportage als losse, afdrukbare webpagina (text/html).',
        querystring: reportQuery,
        produces: ['text/html'],
        response: { 200: fileResponse('text/html', 'De raadsrapportage als webpagina zonder scripts; de stijl is inline.') },
      },
    },
    async (request, reply) => {
      const { report, period } = await prepare(request, request.query);
      void reply.header('content-security-policy', HTML_CSP);
      return sendDownload(ctx, request, reply, {
        body: renderReportHtml(report),
        contentType: 'text/html; charset=utf-8',
        fileName: fileName(period, 'html'),
        disposition: 'inline',
        audit: exportEvent(period, 'html'),
      });
    },
  );

  app.get(
    '/api/v1/report.pdf',
    {
      config: { policy: 'dashboard.read', audit: 'report.export' },
      schema: {
        tags: [TAG],
        summary: 'De raadsrapportage als PDF (A4): application/pdf.',
        querystring: reportQuery,
        produces: ['application/pdf'],
        response: { 200: fileResponse('application/pdf', 'De raadsrapportage op A4.') },
      },
    },
    async (request, reply) => {
      const { report, period } = await prepare(request, request.query);
      return sendDownload(ctx, request, reply, {
        body: await renderReportPdf(report),
        contentType: 'application/pdf',
        fileName: fileName(period, 'pdf'),
        disposition: 'attachment',
        audit: exportEvent(period, 'pdf'),
      });
    },
  );
}
