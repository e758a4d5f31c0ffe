import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import { presentPlan } from '../plans/plans.present.js';
import { loadPlan } from '../plans/plans.service.js';
import { authorize } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { users } from '../users/users.schema.js';
import { renderCanvasPdf } from './canvas-pdf.js';

const idParams = z.object({ id: z.string().max(100) });

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
      schema: {
        tags: ['plannen'],
        summary: 'Het maatwerkcanvas als PDF (A4) voor de doorbraaktafel: application/pdf.',
        description: 'Vertrouwelijk: bevat de casusinhoud. Elke download wordt vastgelegd in de audit-log (plan.export_pdf).',
        params: idParams,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const row = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', row);
      const [author] = await ctx.db
        .select({ name: users.name })
        .from(users)
        .where(and(eq(users.tenantId, user.tenantId), eq(users.id, row.authorId)));
      const pdf = await renderCanvasPdf(presentPlan(row), {
        municipality: user.tenant.name,
        printedAt: ctx.now(),
        authorName: author?.name ?? null,
      });
      await recordAudit(ctx.db, {
        tenantId: user.tenantId,
        actor: user,
        action: 'plan.export_pdf',
        entityType: 'plan',
        entityId: row.id,
        requestId: request.id,
        detail: { version: row.version, bytes: pdf.length },
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${canvasFileName(row.caseNumber)}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
