import { and, asc, count, eq, gte, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { amsterdamDate } from '../shared/dates.js';
import { invalid } from '../shared/errors.js';
import { registerColleagueRoutes } from './colleagues.routes.js';
import { MIN_SLOT_MINUTES, TABLE_KIND_KEYS } from './domain/agenda.js';
import { registerQuestionRoutes } from './questions.routes.js';
import { registerSessionRoutes } from './sessions.routes.js';
import { presentSessionSummary, presentTable } from './tables.present.js';
import { agendaItems, meetingTables, tableSessions } from './tables.schema.js';
import { assertNoBsnIn, loadTable, materialiseSessions, maxSlotMinutes, sessionsOf, type SessionRow } from './tables.service.js';

const idParams = z.object({ id: z.string().max(100) });

const tableFields = {
  kind: z.enum(TABLE_KIND_KEYS).describe('Soort tafel: spar (spar-tafel), doorbraak (doorbraaktafel) of commissie (maatwerkcommissie).'),
  name: z.string().trim().min(1, 'Geef de tafel een naam.').max(100).describe('Naam van de tafel, bijvoorbeeld "Doorbraaktafel".'),
  weekday: z.number().int().min(1).max(7).describe('Dag van de week: 1 = maandag … 7 = zondag.'),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Geef een tijd als UU:MM, bijvoorbeeld 14:00.')
    .describe('Begintijd (Europe/Amsterdam), UU:MM.'),
  intervalWeeks: z.union([z.literal(1), z.literal(2), z.literal(4)]).describe('Elke 1, 2 of 4 weken.'),
  slotMinutes: z.number().int().min(MIN_SLOT_MINUTES).max(240).describe('Standaard tijdvak per casus in minuten.'),
  active: z.boolean().describe('Een inactieve tafel krijgt geen nieuwe sessies.'),
};

const createBody = z.strictObject({
  ...tableFields,
  intervalWeeks: tableFields.intervalWeeks.default(1),
  slotMinutes: tableFields.slotMinutes.default(30),
  active: tableFields.active.default(true),
});
const patchBody = z.strictObject(tableFields).partial();

const tableOut = z.looseObject({ id: z.string(), kind: z.string(), name: z.string() });

async function assertSlotAllowed(ctx: AppContext, tenantId: string, slotMinutes: number | undefined) {
  if (slotMinutes === undefined) return;
  const max = await maxSlotMinutes(ctx.db, tenantId);
  if (slotMinutes > max) throw invalid([{ path: 'slotMinutes', message: `Het tijdvak per casus is hoogstens ${max} minuten.` }]);
}

export function registerTableRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/tables',
    {
      schema: {
        tags: ['tafels'],
        summary: 'De tafels van de eigen gemeente (spar-tafel, doorbraaktafel, maatwerkcommissie) met hun volgende sessie.',
        response: { 200: z.object({ items: z.array(tableOut) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'tables.read');
      const today = amsterdamDate(ctx.now());
      const tables = await ctx.db.select().from(meetingTables).where(eq(meetingTables.tenantId, user.tenantId)).orderBy(asc(meetingTables.name));
      for (const table of tables) await materialiseSessions(ctx.db, table, today, 1);
      const upcoming = tables.length
        ? await ctx.db
            .select()
            .from(tableSessions)
            .where(and(eq(tableSessions.tenantId, user.tenantId), gte(tableSessions.date, today)))
            .orderBy(asc(tableSessions.date))
        : [];
      const next = new Map<string, SessionRow>();
      for (const session of upcoming) if (!next.has(session.tableId)) next.set(session.tableId, session);
      const counts = await agendaCounts(ctx, user.tenantId, [...next.values()].map((s) => s.id));
      return {
        items: tables.map((table) => {
          const session = next.get(table.id);
          return { ...presentTable(table), nextSession: session ? presentSessionSummary(session, counts.get(session.id) ?? 0) : null };
        }),
      };
    },
  );

  app.post(
    '/api/v1/tables',
    { schema: { tags: ['tafels'], summary: 'Maak een tafel met een vast ritme (voorzitter of beheerder).', body: createBody, response: { 201: tableOut } } },
    async (request, reply) => {
      const user = requireUser(request);
      authorize(user, 'tables.manage');
      assertNoBsnIn({ name: request.body.name });
      await assertSlotAllowed(ctx, user.tenantId, request.body.slotMinutes);
      const row = await ctx.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(meetingTables)
          .values({ tenantId: user.tenantId, id: crypto.randomUUID(), ...request.body, createdAt: ctx.now() })
          .returning();
        await recordAudit(tx, { tenantId: user.tenantId, actor: user, action: 'table.create', entityType: 'table', entityId: created!.id, requestId: request.id });
        return created!;
      });
      return reply.code(201).send(presentTable(row));
    },
  );

  app.patch(
    '/api/v1/tables/:id',
    { schema: { tags: ['tafels'], summary: 'Wijzig een tafel (voorzitter of beheerder).', params: idParams, body: patchBody, response: { 200: tableOut } } },
    async (request) => {
      const user = requireUser(request);
      const existing = await loadTable(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'tables.manage', existing);
      if (request.body.name !== undefined) assertNoBsnIn({ name: request.body.name });
      await assertSlotAllowed(ctx, user.tenantId, request.body.slotMinutes);
      const row = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(meetingTables)
          .set(request.body)
          .where(and(eq(meetingTables.tenantId, user.tenantId), eq(meetingTables.id, existing.id)))
          .returning();
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'table.update',
          entityType: 'table',
          entityId: existing.id,
          requestId: request.id,
          detail: { fields: Object.keys(request.body) },
        });
        return updated!;
      });
      return presentTable(row);
    },
  );

  app.get(
    '/api/v1/tables/:id/sessions',
    {
      schema: {
        tags: ['tafels'],
        summary: 'De sessies van een tafel: eerdere en de komende vier (worden bij het lezen aangemaakt).',
        params: idParams,
        response: { 200: z.object({ table: tableOut, past: z.array(z.looseObject({ id: z.string() })), upcoming: z.array(z.looseObject({ id: z.string() })) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const table = await loadTable(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'tables.read', table);
      const today = amsterdamDate(ctx.now());
      await materialiseSessions(ctx.db, table, today);
      const sessions = await sessionsOf(ctx.db, user.tenantId, table.id);
      const counts = await agendaCounts(ctx, user.tenantId, sessions.map((s) => s.id));
      const present = (s: SessionRow) => presentSessionSummary(s, counts.get(s.id) ?? 0);
      return {
        table: presentTable(table),
        past: sessions.filter((s) => s.date < today).reverse().map(present),
        upcoming: sessions.filter((s) => s.date >= today).map(present),
      };
    },
  );

  registerSessionRoutes(app, ctx);
  registerQuestionRoutes(app, ctx);
  registerColleagueRoutes(app, ctx);
}

async function agendaCounts(ctx: AppContext, tenantId: string, sessionIds: string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ sessionId: agendaItems.sessionId, n: count() })
    .from(agendaItems)
    .where(and(eq(agendaItems.tenantId, tenantId), inArray(agendaItems.sessionId, sessionIds)))
    .groupBy(agendaItems.sessionId);
  return new Map(rows.map((r) => [r.sessionId, Number(r.n)]));
}
