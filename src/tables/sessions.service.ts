import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { saveVersioned } from '../http/versioned.js';
import { plans } from '../plans/plans.schema.js';
import { invalid } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import { planDecisions } from '../workflow/workflow.schema.js';
import type { AgendaPdfInput } from './agenda-pdf.js';
import { scheduleAgenda, statusesFor, validateAgenda } from './domain/agenda.js';
import { amsterdamInstant } from './domain/recurrence.js';
import type { AgendaInput, Minutes, SessionDetail } from './tables.contract.js';
import { presentTable } from './tables.present.js';
import { agendaItems, tableSessions } from './tables.schema.js';
import { kindOf, loadAgenda, loadCandidates, loadSession, loadTable, maxSlotMinutes, openQuestionsFor, userNames, type SessionRow, type TableRow } from './tables.service.js';

export async function loadSessionAndTable(db: Db, tenantId: string, id: string) {
  const session = await loadSession(db, tenantId, id);
  const table = await loadTable(db, tenantId, session.tableId);
  return { session, table };
}

async function sessionDecisions(db: Db, tenantId: string, sessionId: string) {
  const rows = await db
    .select({ decision: planDecisions, userName: users.name, caseNumber: plans.caseNumber })
    .from(planDecisions)
    .leftJoin(users, and(eq(users.tenantId, planDecisions.tenantId), eq(users.id, planDecisions.userId)))
    .leftJoin(plans, and(eq(plans.tenantId, planDecisions.tenantId), eq(plans.id, planDecisions.planId)))
    .where(and(eq(planDecisions.tenantId, tenantId), eq(planDecisions.sessionId, sessionId)))
    .orderBy(asc(planDecisions.createdAt));
  return rows.map(({ decision, userName, caseNumber }) => ({
    id: decision.id,
    planId: decision.planId,
    caseNumber,
    planVersion: decision.planVersion,
    userId: decision.userId,
    userName,
    decision: decision.decision as SessionDetail['decisions'][number]['decision'],
    note: decision.note,
    counts: decision.counts,
    voided: decision.voidedAt !== null,
    createdAt: decision.createdAt.toISOString(),
  }));
}

/** A session as `GET /sessions/:id` shows it: agenda with times and KBA totals, candidates, decisions, minutes. */
export async function sessionDetail(db: Db, tenantId: string, session: SessionRow, table: TableRow, today: string): Promise<SessionDetail> {
  const [agenda, max] = await Promise.all([loadAgenda(db, tenantId, session.id), maxSlotMinutes(db, tenantId)]);
  const onAgenda = new Set(agenda.map((a) => a.planId));
  const [candidates, questions, decisions] = await Promise.all([
    loadCandidates(db, tenantId, statusesFor(kindOf(table)), onAgenda),
    openQuestionsFor(db, tenantId, [...onAgenda]),
    sessionDecisions(db, tenantId, session.id),
  ]);
  const names = await userNames(db, tenantId, [...questions.values()].flat().map((q) => q.assigneeId));
  const schedule = scheduleAgenda(session.startTime, agenda);
  return {
    session: {
      id: session.id,
      tableId: session.tableId,
      date: session.date,
      startTime: session.startTime,
      startsAt: amsterdamInstant(session.date, session.startTime).toISOString(),
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
    decisions,
  };
}

/** Replaces the agenda as a whole after checking every item (kind of table, status, slot). */
export async function replaceAgenda(tx: Db, tenantId: string, session: SessionRow, table: TableRow, items: AgendaInput['items']): Promise<void> {
  const ids = [...new Set(items.map((i) => i.planId))];
  const [found, current, max] = await Promise.all([
    ids.length
      ? tx
          .select({ id: plans.id, status: plans.status })
          .from(plans)
          .where(and(eq(plans.tenantId, tenantId), inArray(plans.id, ids), isNull(plans.deletedAt)))
      : Promise.resolve([]),
    tx.select({ planId: agendaItems.planId }).from(agendaItems).where(and(eq(agendaItems.tenantId, tenantId), eq(agendaItems.sessionId, session.id))),
    maxSlotMinutes(tx, tenantId),
  ]);
  const errors = validateAgenda(items, {
    kind: kindOf(table),
    maxSlotMinutes: max,
    planStatuses: new Map(found.map((p) => [p.id, p.status])),
    alreadyOnAgenda: new Set(current.map((c) => c.planId)),
  });
  if (errors.length > 0) throw invalid(errors, 'De agenda klopt nog niet.');
  await tx.delete(agendaItems).where(and(eq(agendaItems.tenantId, tenantId), eq(agendaItems.sessionId, session.id)));
  if (items.length > 0) {
    await tx.insert(agendaItems).values(items.map((item, position) => ({ tenantId, sessionId: session.id, planId: item.planId, position, slotMinutes: item.slotMinutes })));
  }
}

/** Saves the minutes when nobody saved since `baseVersion`; else a 409 with the loser's text and what is stored. */
export async function saveMinutes(tx: Db, session: SessionRow, minutes: string, baseVersion: number): Promise<Minutes> {
  const row = await saveVersioned(
    tx,
    tableSessions,
    { tenantId: session.tenantId, id: session.id, baseVersion, currentVersion: session.version },
    { minutes },
    {
      detail: 'Terwijl u schreef, heeft iemand anders het verslag opgeslagen. Uw tekst staat hieronder en is niet verloren.',
      sent: { minutes },
      current: () => ({ minutes: session.minutes, version: session.version }),
    },
  );
  return { minutes: row.minutes, version: row.version };
}

/** What the agenda PDF prints: the agenda in order with every plan and its author's name. */
export async function agendaPdfInput(db: Db, tenantId: string, session: SessionRow, table: TableRow): Promise<Omit<AgendaPdfInput, 'municipality' | 'printedAt'>> {
  const agenda = await loadAgenda(db, tenantId, session.id);
  const authors = await userNames(db, tenantId, agenda.map((a) => a.row.authorId));
  return {
    table: { name: table.name, kind: kindOf(table) },
    session: { date: session.date, startTime: session.startTime },
    agenda: agenda.map((a) => ({ row: a.row, slotMinutes: a.slotMinutes, authorName: authors.get(a.row.authorId) ?? null })),
  };
}
