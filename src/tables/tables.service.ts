import { and, asc, count, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Role } from '../auth/roles.js';
import { can } from '../policy/policy.js';
import { computeKba } from '../plans/domain/kba.js';
import { plans } from '../plans/plans.schema.js';
import { amsterdamDate } from '../shared/dates.js';
import { invalid, notFound } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import { loadWorkflowSettings } from '../workflow/workflow.settings.js';
import { DEFAULT_SLOT_MINUTES, type TableKind } from './domain/agenda.js';
import { upcomingDates } from './domain/recurrence.js';
import { agendaItems, meetingTables, planQuestions, tableSessions } from './tables.schema.js';

export type TableRow = typeof meetingTables.$inferSelect;
export type SessionRow = typeof tableSessions.$inferSelect;

export const UPCOMING_SESSIONS = 4;

export async function loadTable(db: Db, tenantId: string, id: string): Promise<TableRow> {
  const [row] = await db.select().from(meetingTables).where(and(eq(meetingTables.tenantId, tenantId), eq(meetingTables.id, id)));
  if (!row) throw notFound('Deze tafel bestaat niet of u heeft er geen toegang toe.');
  return row;
}

export async function loadSession(db: Db, tenantId: string, id: string): Promise<SessionRow> {
  const [row] = await db.select().from(tableSessions).where(and(eq(tableSessions.tenantId, tenantId), eq(tableSessions.id, id)));
  if (!row) throw notFound('Deze sessie bestaat niet of u heeft er geen toegang toe.');
  return row;
}

/** The longest slot per case the municipality allows (workflow settings; 30 minutes by default). */
export async function maxSlotMinutes(db: Db, tenantId: string): Promise<number> {
  const settings = await loadWorkflowSettings(db, tenantId);
  return settings.slotMinutes || DEFAULT_SLOT_MINUTES;
}

/**
 * Makes sure the next sessions of an active table exist. Idempotent and safe under concurrent
 * reads: the unique (table, date) index lets a second insert of the same date do nothing.
 */
export async function materialiseSessions(db: Db, table: TableRow, today: string, count = UPCOMING_SESSIONS): Promise<void> {
  if (!table.active) return;
  const dates = upcomingDates({ ...table, createdOn: amsterdamDate(table.createdAt) }, today, count);
  await db
    .insert(tableSessions)
    .values(dates.map((d) => ({ tenantId: table.tenantId, id: crypto.randomUUID(), tableId: table.id, date: d.date, startTime: d.startTime })))
    .onConflictDoNothing();
}

export async function sessionsOf(db: Db, tenantId: string, tableId: string): Promise<SessionRow[]> {
  return db
    .select()
    .from(tableSessions)
    .where(and(eq(tableSessions.tenantId, tenantId), eq(tableSessions.tableId, tableId)))
    .orderBy(asc(tableSessions.date));
}

/** The longest slot a table may have as its default: the municipality's maximum. */
export async function assertSlotAllowed(db: Db, tenantId: string, slotMinutes: number | undefined): Promise<void> {
  if (slotMinutes === undefined) return;
  const max = await maxSlotMinutes(db, tenantId);
  if (slotMinutes > max) throw invalid([{ path: 'slotMinutes', message: `Het tijdvak per casus is hoogstens ${max} minuten.` }]);
}

export async function listTables(db: Db, tenantId: string): Promise<TableRow[]> {
  return db.select().from(meetingTables).where(eq(meetingTables.tenantId, tenantId)).orderBy(asc(meetingTables.name));
}

/** The first session on or after `today` per table. */
export async function nextSessions(db: Db, tenantId: string, today: string): Promise<Map<string, SessionRow>> {
  const upcoming = await db
    .select()
    .from(tableSessions)
    .where(and(eq(tableSessions.tenantId, tenantId), gte(tableSessions.date, today)))
    .orderBy(asc(tableSessions.date));
  const next = new Map<string, SessionRow>();
  for (const session of upcoming) if (!next.has(session.tableId)) next.set(session.tableId, session);
  return next;
}

/** How many cases each session has on its agenda. */
export async function agendaCounts(db: Db, tenantId: string, sessionIds: string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .select({ sessionId: agendaItems.sessionId, n: count() })
    .from(agendaItems)
    .where(and(eq(agendaItems.tenantId, tenantId), inArray(agendaItems.sessionId, sessionIds)))
    .groupBy(agendaItems.sessionId);
  return new Map(rows.map((r) => [r.sessionId, Number(r.n)]));
}

export type TableValues = Omit<typeof meetingTables.$inferInsert, 'tenantId' | 'id' | 'createdAt'>;

export async function insertTable(tx: Db, tenantId: string, values: TableValues, now: Date): Promise<TableRow> {
  const [created] = await tx.insert(meetingTables).values({ tenantId, id: crypto.randomUUID(), ...values, createdAt: now }).returning();
  return created!;
}

export async function updateTable(tx: Db, tenantId: string, id: string, changes: Partial<TableValues>): Promise<TableRow> {
  // A PATCH that names no field changes nothing (an empty SET is no SQL).
  if (Object.values(changes).every((value) => value === undefined)) return loadTable(tx, tenantId, id);
  const [updated] = await tx
    .update(meetingTables)
    .set(changes)
    .where(and(eq(meetingTables.tenantId, tenantId), eq(meetingTables.id, id)))
    .returning();
  return updated!;
}

/** Names of the tenant's users by id (for assignees, authors, who answered). */
export async function userNames(db: Db, tenantId: string, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Active colleagues of the tenant: name and roles, no email addresses. */
/** Active colleagues; for a question only those the policy lets answer one (`questions.assignee`). */
export async function listColleagues(db: Db, tenantId: string, purpose?: 'questions') {
  const rows = await db
    .select({ id: users.id, name: users.name, roles: users.roles })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.active, true)))
    .orderBy(asc(users.name));
  if (purpose !== 'questions') return rows;
  return rows.filter((row) => can({ id: row.id, tenantId, roles: row.roles as Role[] }, 'questions.assignee'));
}

export interface AgendaPlan {
  planId: string;
  caseNumber: string;
  status: string;
  slotMinutes: number;
  row: typeof plans.$inferSelect;
  kba: { planCents: number; returnCents: number; maatwerkbudgetCents: number };
}

const kbaTotals = (row: typeof plans.$inferSelect) => {
  const kba = computeKba(row.document);
  return { planCents: kba.planCents, returnCents: kba.returnCents, maatwerkbudgetCents: kba.maatwerkbudgetCents };
};

/** The session's agenda in order, with the plans it names (deleted plans drop out). */
export async function loadAgenda(db: Db, tenantId: string, sessionId: string): Promise<AgendaPlan[]> {
  const rows = await db
    .select({ item: agendaItems, plan: plans })
    .from(agendaItems)
    .innerJoin(plans, and(eq(plans.tenantId, agendaItems.tenantId), eq(plans.id, agendaItems.planId), isNull(plans.deletedAt)))
    .where(and(eq(agendaItems.tenantId, tenantId), eq(agendaItems.sessionId, sessionId)))
    .orderBy(asc(agendaItems.position));
  return rows.map(({ item, plan }) => ({
    planId: plan.id,
    caseNumber: plan.caseNumber,
    status: plan.status,
    slotMinutes: item.slotMinutes,
    row: plan,
    kba: kbaTotals(plan),
  }));
}

export async function loadCandidates(db: Db, tenantId: string, statuses: string[], exclude: ReadonlySet<string>) {
  const rows = await db
    .select()
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), isNull(plans.deletedAt), inArray(plans.status, statuses)))
    .orderBy(asc(plans.caseNumber));
  return rows.filter((row) => !exclude.has(row.id)).map((row) => ({ planId: row.id, caseNumber: row.caseNumber, status: row.status, kba: kbaTotals(row) }));
}

/** Unanswered questions per plan id. */
export async function openQuestionsFor(db: Db, tenantId: string, planIds: string[]) {
  if (planIds.length === 0) return new Map<string, (typeof planQuestions.$inferSelect)[]>();
  const rows = await db
    .select()
    .from(planQuestions)
    .where(and(eq(planQuestions.tenantId, tenantId), inArray(planQuestions.planId, planIds), isNull(planQuestions.answeredAt)))
    .orderBy(asc(planQuestions.dueDate), asc(planQuestions.createdAt));
  const byPlan = new Map<string, (typeof planQuestions.$inferSelect)[]>();
  for (const row of rows) byPlan.set(row.planId, [...(byPlan.get(row.planId) ?? []), row]);
  return byPlan;
}

export const kindOf = (table: TableRow) => table.kind as TableKind;
