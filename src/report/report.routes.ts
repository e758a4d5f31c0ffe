import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { amsterdamDate } from '../shared/dates.js';
import { invalid } from '../shared/errors.js';
import { renderReportHtml, REPORT_STYLE } from './domain/report-html.js';
import { renderReportPdf } from './report-pdf.js';
import { loadReport, type ReportPeriod } from './report.service.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Geef een datum als JJJJ-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Dit is geen bestaande datum.');

const periodQuery = z.strictObject({
  from: isoDate.optional().describe('Eerste dag van de periode (JJJJ-MM-DD); standaard 1 januari van dit jaar.'),
  to: isoDate.optional().describe('Laatste dag van de periode (JJJJ-MM-DD); standaard 31 december van dit jaar.'),
});

const keyFigure = z.object({ key: z.string(), label: z.string(), value: z.string(), raw: z.number().nullable() });
const reportOut = z.object({
  title: z.string(),
  municipality: z.string(),
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  madeOn: z.string(),
  inleiding: z.array(z.string()),
  kerncijfers: z.object({
    summary: z.string(),
    figures: z.array(keyFigure),
    satisfaction: z.array(z.object({ moment: z.string(), average: z.string() })),
    satisfactionPairs: z.number(),
  }),
  knelpunten: z.object({
    themes: z.array(z.object({ theme: z.string(), label: z.string(), count: z.number() })),
    patterns: z.array(z.object({ title: z.string(), level: z.string(), theme: z.string(), phase: z.string(), planCount: z.number() })),
  }),
  oplossingen: z.array(z.object({ title: z.string(), situation: z.string(), breakthrough: z.string(), expectedReturn: z.string().nullable() })),
  verantwoording: z.array(z.string()),
});

/** The inline stylesheet is allowed by its hash, so the page needs neither scripts nor 'unsafe-inline'. */
const HTML_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(REPORT_STYLE).digest('base64')}'`,
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function periodOf(query: { from?: string; to?: string }, now: Date): ReportPeriod {
  const year = amsterdamDate(now).slice(0, 4);
  const period = { from: query.from ?? `${year}-01-01`, to: query.to ?? `${year}-12-31` };
  if (period.from > period.to) throw invalid([{ path: 'to', message: 'De einddatum ligt voor de begindatum.' }]);
  return period;
}

export function registerReportRoutes(app: TypedApp, ctx: AppContext) {
  /** Authorises, loads the report and records the export (period only: the report holds aggregates). */
  async function prepare(request: FastifyRequest, query: { from?: string; to?: string }, format: 'json' | 'html' | 'pdf') {
    const user = requireUser(request);
    authorize(user, 'dashboard.read');
    const period = periodOf(query, ctx.now());
    const report = await loadReport(ctx.db, { id: user.tenantId, name: user.tenant.name }, period, ctx.now());
    await recordAudit(ctx.db, {
      tenantId: user.tenantId,
      actor: user,
      action: 'report.export',
      entityType: 'report',
      entityId: format,
      requestId: request.id,
      detail: { from: period.from, to: period.to },
    });
    return { report, period };
  }

  const fileName = (period: ReportPeriod, ext: string) => `raadsrapportage-${period.from}-${period.to}.${ext}`;

  app.get(
    '/api/v1/report',
    {
      schema: {
        tags: ['inzicht'],
        summary: 'De raadsrapportage maatwerk over een periode, als gegevens.',
        description: 'Alleen totalen en gepubliceerde verhalen; geen casusinhoud, cliënt- of casusnummers.',
        querystring: periodQuery,
        response: { 200: reportOut },
      },
    },
    async (request) => (await prepare(request, request.query, 'json')).report,
  );

  app.get(
    '/api/v1/report.html',
    {
      schema: {
        tags: ['inzicht'],
        summary: 'De raadsrapportage als losse, afdrukbare webpagina (text/html).',
        querystring: periodQuery,
      },
    },
    async (request, reply) => {
      const { report, period } = await prepare(request, request.query, 'html');
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('content-security-policy', HTML_CSP)
        .header('content-disposition', `inline; filename="${fileName(period, 'html')}"`)
        .header('cache-control', 'no-store')
        .send(renderReportHtml(report));
    },
  );

  app.get(
    '/api/v1/report.pdf',
    {
      schema: {
        tags: ['inzicht'],
        summary: 'De raadsrapportage als PDF (A4): application/pdf.',
        querystring: periodQuery,
      },
    },
    async (request, reply) => {
      const { report, period } = await prepare(request, request.query, 'pdf');
      const pdf = await renderReportPdf(report);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${fileName(period, 'pdf')}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
