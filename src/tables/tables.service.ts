import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { computeKba } from '../plans/domain/kba.js';
import { plans } from '../plans/plans.schema.js';
import { scanForPersonalData } from '../privacy/domain/guard.js';
import { amsterdamDate } from '../shared/dates.js';
import { invalid, notFound } from '../shared/errors.js';
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

export function assertNoBsnIn(fields: Record<string, unknown>): void {
  const { errors } = scanForPersonalData(fields);
  if (errors.length > 0) throw invalid(errors, 'De tekst bevat een burgerservicenummer.');
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
