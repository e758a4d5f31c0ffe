import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import { plans } from '../plans/plans.schema.js';
import { authorize } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { amsterdamDate } from '../shared/dates.js';
import { AppError, invalid } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import { planDecisions } from '../workflow/workflow.schema.js';
import { renderAgendaPdf } from './agenda-pdf.js';
import { scheduleAgenda, statusesFor, validateAgenda } from './domain/agenda.js';
import { amsterdamInstant } from './domain/recurrence.js';
import { presentTable } from './tables.present.js';
import { agendaItems, tableSessions } from './tables.schema.js';
import {
  assertNoBsnIn,
  kindOf,
  loadAgenda,
  loadCandidates,
  loadSession,
  loadTable,
  maxSlotMinutes,
  openQuestionsFor,
  type SessionRow,
  type TableRow,
} from './tables.service.js';

const idParams = z.object({ id: z.string().max(100) });

const agendaBody = z.strictObject({
  items: z
    .array(
      z.strictObject({
        planId: z.string().min(1).max(100).describe('Het plan dat op de agenda komt.'),
        slotMinutes: z.number().int().describe('Tijdvak voor deze casus in minuten.'),
      }),
    )
    .max(50, 'Een agenda heeft hoogstens 50 casussen.')
    .describe('De casussen in volgorde van bespreking.'),
});

const minutesBody = z.strictObject({
  minutes: z.string().max(100_000).describe('Het verslag van de sessie.'),
  version: z.number().int().min(1).describe('De versie van het verslag waarop deze wijziging is gebaseerd.'),
});

const sessionOut = z.looseObject({ session: z.looseObject({ id: z.string() }), agenda: z.array(z.looseObject({ planId: z.string() })) });

function sessionTimes(session: SessionRow) {
  return { startsAt: amsterdamInstant(session.date, session.startTime).toISOString() };
}

async function sessionDetail(ctx: AppContext, tenantId: string, session: SessionRow, table: TableRow) {
  const today = amsterdamDate(ctx.now());
  const [agenda, max] = await Promise.all([loadAgenda(ctx.db, tenantId, session.id), maxSlotMinutes(ctx.db, tenantId)]);
  const onAgenda = new Set(agenda.map((a) => a.planId));
  const [candidates, questions, decisions] = await Promise.all([
    loadCandidates(ctx.db, tenantId, statusesFor(kindOf(table)), onAgenda),
    openQuestionsFor(ctx.db, tenantId, [...onAgenda]),
    ctx.db
      .select({ decision: planDecisions, userName: users.name, caseNumber: plans.caseNumber })
      .from(planDecisions)
      .leftJoin(users, and(eq(users.tenantId, planDecisions.tenantId), eq(users.id, planDecisions.userId)))
      .leftJoin(plans, and(eq(plans.tenantId, planDecisions.tenantId), eq(plans.id, planDecisions.planId)))
      .where(and(eq(planDecisions.tenantId, tenantId), eq(planDecisions.sessionId, session.id)))
      .orderBy(asc(planDecisions.createdAt)),
  ]);
  const assigneeIds = [...new Set([...questions.values()].flat().map((q) => q.assigneeId))];
  const names = new Map(
    assigneeIds.length
      ? (await ctx.db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, assigneeIds)))).map((u) => [u.id, u.name])
      : [],
  );
  const schedule = scheduleAgenda(session.startTime, agenda);
  return {
    session: {
      id: session.id,
      tableId: session.tableId,
      date: session.date,
      startTime: session.startTime,
      ...sessionTimes(session),
      endTime: schedule.endsAt,
      totalMinutes: schedule.totalMinutes,
      minutes: session.minutes,
      version: session.version,
      closedAt: session.closedAt?.toISOString() ?? null,
    },
    table: presentTable(table),
    maxSlotMinutes: max,
    agenda: schedule.items.map((item) => ({
      planId: item.planId,
      caseNumber: item.caseNumber,
      status: item.status,
      slotMinutes: item.slotMinutes,
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      kba: item.kba,
      openQuestions: (questions.get(item.planId) ?? []).map((q) => ({
        id: q.id,
        question: q.question,
        assigneeId: q.assigneeId,
        assigneeName: names.get(q.assigneeId) ?? null,
        dueDate: q.dueDate,
        overdue: q.dueDate < today,
      })),
    })),
    candidates,
    decisions: decisions.map(({ decision, userName, caseNumber }) => ({
      id: decision.id,
      planId: decision.planId,
      caseNumber,
      planVersion: decision.planVersion,
      userId: decision.userId,
      userName,
      decision: decision.decision,
      note: decision.note,
      counts: decision.counts,
      voided: decision.voidedAt !== null,
      createdAt: decision.createdAt.toISOString(),
    })),
  };
}

async function loadSessionAndTable(ctx: AppContext, tenantId: string, id: string) {
  const session = await loadSession(ctx.db, tenantId, id);
  const table = await loadTable(ctx.db, tenantId, session.tableId);
  return { session, table };
}

export function registerSessionRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/sessions/:id',
    {
      schema: {
        tags: ['tafels'],
        summary: 'Een sessie: agenda met tijden en KBA-totalen, kandidaat-plannen, besluiten in deze sessie en het verslag.',
        params: idParams,
        response: { 200: sessionOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { session, table } = await loadSessionAndTable(ctx, user.tenantId, request.params.id);
      authorize(user, 'tables.read', session);
      return sessionDetail(ctx, user.tenantId, session, table);
    },
  );

  app.put(
    '/api/v1/sessions/:id/agenda',
    {
      schema: {
        tags: ['tafels'],
        summary: 'Vervang de agenda: volgorde en tijdvak per casus (voorzitter of beheerder).',
        params: idParams,
        body: agendaBody,
        response: { 200: sessionOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const { session, table } = await loadSessionAndTable(ctx, user.tenantId, request.params.id);
      authorize(user, 'tables.manage', session);
      const { items } = request.body;
      const ids = [...new Set(items.map((i) => i.planId))];
      await ctx.db.transaction(async (tx) => {
        const [found, current, max] = await Promise.all([
          ids.length
            ? tx
                .select({ id: plans.id, status: plans.status })
                .from(plans)
                .where(and(eq(plans.tenantId, user.tenantId), inArray(plans.id, ids), isNull(plans.deletedAt)))
            : Promise.resolve([]),
          tx.select({ planId: agendaItems.planId }).from(agendaItems).where(and(eq(agendaItems.tenantId, user.tenantId), eq(agendaItems.sessionId, session.id))),
          maxSlotMinutes(tx, user.tenantId),
        ]);
        const errors = validateAgenda(items, {
          kind: kindOf(table),
          maxSlotMinutes: max,
          planStatuses: new Map(found.map((p) => [p.id, p.status])),
          alreadyOnAgenda: new Set(current.map((c) => c.planId)),
        });
        if (errors.length > 0) throw invalid(errors, 'De agenda klopt nog niet.');
        await tx.delete(agendaItems).where(and(eq(agendaItems.tenantId, user.tenantId), eq(agendaItems.sessionId, session.id)));
        if (items.length > 0) {
          await tx
            .insert(agendaItems)
            .values(items.map((item, position) => ({ tenantId: user.tenantId, sessionId: session.id, planId: item.planId, position, slotMinutes: item.slotMinutes })));
        }
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'session.agenda_update',
          entityType: 'session',
          entityId: session.id,
          requestId: request.id,
          detail: { planIds: items.map((i) => i.planId), totalMinutes: items.reduce((sum, i) => sum + i.slotMinutes, 0) },
        });
      });
      return sessionDetail(ctx, user.tenantId, session, table);
    },
  );

  app.put(
    '/api/v1/sessions/:id/minutes',
    {
      schema: {
        tags: ['tafels'],
        summary: 'Sla het verslag van de sessie op. 409 als iemand anders intussen opsloeg; de afgewezen tekst staat dan in de body.',
        params: idParams,
        body: minutesBody,
        response: { 200: z.object({ minutes: z.string(), version: z.number() }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const session = await loadSession(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'tables.manage', session);
      const { minutes, version } = request.body;
      assertNoBsnIn({ minutes });
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx
          .update(tableSessions)
          .set({ minutes, version: sql`${tableSessions.version} + 1` })
          .where(and(eq(tableSessions.tenantId, user.tenantId), eq(tableSessions.id, session.id), eq(tableSessions.version, version)))
          .returning();
        if (!row) {
          const current = await loadSession(tx, user.tenantId, session.id);
          throw new AppError('conflict', `U bewerkte versie ${version} van het verslag; de opgeslagen versie is ${current.version}. Uw tekst staat hieronder en is niet verloren.`, [], {
            minutes,
            current: { minutes: current.minutes, version: current.version },
          });
        }
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'session.minutes_update',
          entityType: 'session',
          entityId: session.id,
          requestId: request.id,
          detail: { version: row.version },
        });
        return { minutes: row.minutes, version: row.version };
      });
    },
  );

  app.get(
    '/api/v1/sessions/:id/agenda.pdf',
    {
      schema: {
        tags: ['tafels'],
        summary: 'Eén PDF met de agenda en het canvas van elke casus op de agenda: application/pdf.',
        description: 'Vertrouwelijk: bevat de casusinhoud. Vastgelegd in de audit-log (session.export_pdf en plan.export_pdf per plan).',
        params: idParams,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const { session, table } = await loadSessionAndTable(ctx, user.tenantId, request.params.id);
      authorize(user, 'tables.read', session);
      const agenda = await loadAgenda(ctx.db, user.tenantId, session.id);
      const authorIds = [...new Set(agenda.map((a) => a.row.authorId))];
      const authors = new Map(
        authorIds.length
          ? (await ctx.db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, user.tenantId), inArray(users.id, authorIds)))).map((u) => [u.id, u.name])
          : [],
      );
      const pdf = await renderAgendaPdf({
        municipality: user.tenant.name,
        printedAt: ctx.now(),
        table: { name: table.name, kind: kindOf(table) },
        session: { date: session.date, startTime: session.startTime },
        agenda: agenda.map((a) => ({ row: a.row, slotMinutes: a.slotMinutes, authorName: authors.get(a.row.authorId) ?? null })),
      });
      await ctx.db.transaction(async (tx) => {
        for (const item of agenda) {
          await recordAudit(tx, {
            tenantId: user.tenantId,
            actor: user,
            action: 'plan.export_pdf',
            entityType: 'plan',
            entityId: item.planId,
            requestId: request.id,
            detail: { version: item.row.version, sessionId: session.id },
          });
        }
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'session.export_pdf',
          entityType: 'session',
          entityId: session.id,
          requestId: request.id,
          detail: { plans: agenda.length, bytes: pdf.length },
        });
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="agenda-${session.date}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
