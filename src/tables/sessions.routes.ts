import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { fileResponse, sendDownload } from '../http/download.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { amsterdamDate } from '../shared/dates.js';
import { renderAgendaPdf } from './agenda-pdf.js';
import { agendaPdfInput, loadSessionAndTable, replaceAgenda, saveMinutes, sessionDetail } from './sessions.service.js';
import { agendaBody, idParams, minutesBody, minutesConflict, minutesOut, sessionDetailOut } from './tables.contract.js';
import { loadSession } from './tables.service.js';

export function registerSessionRoutes(app: TypedApp, ctx: AppContext) {
  const today = () => amsterdamDate(ctx.now());

  app.get(
    '/api/v1/sessions/:id',
    {
      config: { policy: 'tables.read' },
      schema: {
        tags: ['tafels'],
        summary: 'Een sessie: agenda met tijden en KBA-totalen, kandidaat-plannen, besluiten in deze sessie en het verslag.',
        params: idParams,
        response: { 200: sessionDetailOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { session, table } = await loadSessionAndTable(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'tables.read', session);
      return sessionDetail(ctx.db, user.tenantId, session, table, today());
    },
  );

  app.put(
    '/api/v1/sessions/:id/agenda',
    {
      config: { policy: 'tables.manage', audit: 'session.agenda_update' },
      schema: {
        tags: ['tafels'],
        summary: 'Vervang de agenda: volgorde en tijdvak per casus (voorzitter of beheerder).',
        params: idParams,
        body: agendaBody,
        response: { 200: sessionDetailOut },
      },
    },
    async (request) => {
      const { items } = request.body;
      const { session, table } = await runCommand(ctx, request, {
        action: 'tables.manage',
        load: (tx, user) => loadSessionAndTable(tx, user.tenantId, request.params.id),
        resource: (loaded) => loaded.session,
        change: async (tx, loaded, user) => {
          await replaceAgenda(tx, user.tenantId, loaded.session, loaded.table, items);
          return loaded;
        },
        audit: ({ session: changed }) => ({
          action: 'session.agenda_update',
          entityType: 'session',
          entityId: changed.id,
          detail: { planIds: items.map((i) => i.planId), totalMinutes: items.reduce((sum, i) => sum + i.slotMinutes, 0) },
        }),
      });
      return sessionDetail(ctx.db, session.tenantId, session, table, today());
    },
  );

  app.put(
    '/api/v1/sessions/:id/minutes',
    {
      config: { policy: 'tables.manage', audit: 'session.minutes_update' },
      schema: {
        tags: ['tafels'],
        summary: 'Sla het verslag van de sessie op. 409 als iemand anders intussen opsloeg; de afgewezen tekst staat dan in de body.',
        params: idParams,
        body: minutesBody,
        response: { 200: minutesOut, 409: minutesConflict },
      },
    },
    async (request) => {
      const { minutes, version } = request.body;
      const saved = await runCommand(ctx, request, {
        action: 'tables.manage',
        load: (tx, user) => loadSession(tx, user.tenantId, request.params.id),
        change: (tx, session) => {
          rejectBsn({ minutes }, { detail: 'De tekst bevat een burgerservicenummer.' });
          return saveMinutes(tx, session, minutes, version);
        },
        audit: (result, session) => ({ action: 'session.minutes_update', entityType: 'session', entityId: session.id, detail: { version: result.version } }),
      });
      return saved;
    },
  );

  app.get(
    '/api/v1/sessions/:id/agenda.pdf',
    {
      config: { policy: 'tables.read', audit: ['plan.export_pdf', 'session.export_pdf'] },
      schema: {
        tags: ['tafels'],
        summary: 'Eén PDF met de agenda en het canvas van elke casus op de agenda: application/pdf.',
        description: 'Vertrouwelijk: bevat de casusinhoud. Vastgelegd in de audit-log (session.export_pdf en plan.export_pdf per plan).',
        params: idParams,
        response: { 200: fileResponse('application/pdf', 'De agenda en het canvas van elke casus, op A4.') },
      },
    },
    async (request, reply) => {
      // Reading the cases is audited per plan (case data leaves the system), the download itself per session.
      const { session, input } = await runCommand(ctx, request, {
        action: 'tables.read',
        load: async (tx, user) => {
          const { session, table } = await loadSessionAndTable(tx, user.tenantId, request.params.id);
          return { session, input: await agendaPdfInput(tx, user.tenantId, session, table) };
        },
        resource: (loaded) => loaded.session,
        change: async (_tx, loaded) => loaded,
        audit: ({ session, input }) =>
          input.agenda.map((item) => ({
            action: 'plan.export_pdf' as const,
            entityType: 'plan',
            entityId: item.row.id,
            detail: { version: item.row.version, sessionId: session.id },
          })),
      });
      const user = requireUser(request);
      const pdf = await renderAgendaPdf({ ...input, municipality: user.tenant.name, printedAt: ctx.now() });
      return sendDownload(ctx, request, reply, {
        body: pdf,
        contentType: 'application/pdf',
        fileName: `agenda-${session.date}.pdf`,
        disposition: 'inline',
        audit: { action: 'session.export_pdf', entityType: 'session', entityId: session.id, detail: { plans: input.agenda.length, bytes: pdf.length } },
      });
    },
  );
}
