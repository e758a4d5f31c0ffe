import { fileResponse, sendDownload } from '../http/download.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { planIdParams } from '../plans/plans.contract.js';
import { presentPlan } from '../plans/plans.present.js';
import { loadPlan, planAuthorName } from '../plans/plans.service.js';
import { authorize } from '../policy/policy.js';
import { renderCanvasPdf } from './canvas-pdf.js';

/** A case number as a safe file name: the header must stay ASCII and unquotable. */
export function canvasFileName(caseNumber: string): string {
  const safe = caseNumber
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/[-.]{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return `canvas-${safe || 'plan'}.pdf`;
}

export function registerCanvasRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/plans/:id/canvas.pdf',
    {
      config: { policy: 'plans.read', audit: 'plan.export_pdf' },
      schema: {
        tags: ['plannen'],
        summary: 'Het maatwerkcanvas als PDF (A4) voor de doorbraaktafel: application/pdf.',
        description: 'Vertrouwelijk: bevat de casusinhoud. Elke download wordt vastgelegd in de audit-log (plan.export_pdf).',
        params: planIdParams,
        response: { 200: fileResponse('application/pdf', 'Het maatwerkcanvas op A4.') },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const row = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', row);
      const pdf = await renderCanvasPdf(presentPlan(row), {
        municipality: user.tenant.name,
        printedAt: ctx.now(),
        authorName: await planAuthorName(ctx.db, row),
      });
      return sendDownload(ctx, request, reply, {
        body: pdf,
        contentType: 'application/pdf',
        fileName: canvasFileName(row.caseNumber),
        disposition: 'inline',
        audit: { action: 'plan.export_pdf', entityType: 'plan', entityId: row.id, detail: { version: row.version, bytes: pdf.length } },
      });
    },
  );
}
