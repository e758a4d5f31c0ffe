import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { authorize } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { amsterdamDate } from '../shared/dates.js';
import { registerColleagueRoutes } from './colleagues.routes.js';
import { registerQuestionRoutes } from './questions.routes.js';
import { registerSessionRoutes } from './sessions.routes.js';
import { createTableBody, idParams, patchTableBody, tableOut, tableSessionsOut, tablesOut } from './tables.contract.js';
import { presentSessionSummary, presentTable } from './tables.present.js';
import {
  agendaCounts,
  assertSlotAllowed,
  insertTable,
  listTables,
  loadTable,
  materialiseSessions,
  nextSessions,
  sessionsOf,
  updateTable,
  type SessionRow,
} from './tables.service.js';

const BSN_DETAIL = 'De tekst bevat een burgerservicenummer.';

export function registerTableRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/tables',
    {
      config: { policy: 'tables.read' },
      schema: {
        tags: ['tafels'],
        summary: 'De tafels van de eigen gemeente (spar-tafel, doorbraaktafel, maatwerkcommissie) met hun volgende sessie.',
        response: { 200: tablesOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'tables.read');
      const today = amsterdamDate(ctx.now());
      const tables = await listTables(ctx.db, user.tenantId);
      for (const table of tables) await materialiseSessions(ctx.db, table, today, 1);
      const next = tables.length ? await nextSessions(ctx.db, user.tenantId, today) : new Map<string, SessionRow>();
      const counts = await agendaCounts(ctx.db, user.tenantId, [...next.values()].map((s) => s.id));
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
    {
      config: { policy: 'tables.manage', audit: 'table.create' },
      schema: { tags: ['tafels'], summary: 'Maak een tafel met een vast ritme (voorzitter of beheerder).', body: createTableBody, response: { 201: tableOut } },
    },
    async (request, reply) => {
      const row = await runCommand(ctx, request, {
        action: 'tables.manage',
        change: async (tx, _loaded, user) => {
          rejectBsn({ name: request.body.name }, { detail: BSN_DETAIL });
          await assertSlotAllowed(tx, user.tenantId, request.body.slotMinutes);
          return insertTable(tx, user.tenantId, request.body, ctx.now());
        },
        audit: (created) => ({ action: 'table.create', entityType: 'table', entityId: created.id }),
      });
      return reply.code(201).send(presentTable(row));
    },
  );

  app.patch(
    '/api/v1/tables/:id',
    {
      config: { policy: 'tables.manage', audit: 'table.update' },
      schema: { tags: ['tafels'], summary: 'Wijzig een tafel (voorzitter of beheerder).', params: idParams, body: patchTableBody, response: { 200: tableOut } },
    },
    async (request) => {
      const row = await runCommand(ctx, request, {
        action: 'tables.manage',
        load: (tx, user) => loadTable(tx, user.tenantId, request.params.id),
        change: async (tx, existing, user) => {
          if (request.body.name !== undefined) rejectBsn({ name: request.body.name }, { detail: BSN_DETAIL });
          await assertSlotAllowed(tx, user.tenantId, request.body.slotMinutes);
          return updateTable(tx, user.tenantId, existing.id, request.body);
        },
        audit: (updated) => ({ action: 'table.update', entityType: 'table', entityId: updated.id, detail: { fields: Object.keys(request.body) } }),
      });
      return presentTable(row);
    },
  );

  app.get(
    '/api/v1/tables/:id/sessions',
    {
      config: { policy: 'tables.read' },
      schema: {
        tags: ['tafels'],
        summary: 'De sessies van een tafel: eerdere en de komende vier (worden bij het lezen aangemaakt).',
        params: idParams,
        response: { 200: tableSessionsOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const table = await loadTable(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'tables.read', table);
      const today = amsterdamDate(ctx.now());
      await materialiseSessions(ctx.db, table, today);
      const sessions = await sessionsOf(ctx.db, user.tenantId, table.id);
      const counts = await agendaCounts(ctx.db, user.tenantId, sessions.map((s) => s.id));
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
