import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { scheduleAgenda, type TableKind } from '../tables/domain/agenda.js';
import { agendaItems, meetingTables, tableSessions } from '../tables/tables.schema.js';
import type { AgendaSlot } from './workflow.contract.js';

/**
 * The session a plan is on: the first one, from `today` on, that is not closed; with the plan's
 * own slot (each case starts where the previous one ends). Null when it is on no agenda.
 */
export async function planSession(db: Db, tenantId: string, planId: string, today: string): Promise<AgendaSlot | null> {
  const [next] = await db
    .select({ session: tableSessions, tableName: meetingTables.name, tableKind: meetingTables.kind })
    .from(agendaItems)
    .innerJoin(tableSessions, and(eq(tableSessions.tenantId, agendaItems.tenantId), eq(tableSessions.id, agendaItems.sessionId)))
    .innerJoin(meetingTables, and(eq(meetingTables.tenantId, tableSessions.tenantId), eq(meetingTables.id, tableSessions.tableId)))
    .where(and(eq(agendaItems.tenantId, tenantId), eq(agendaItems.planId, planId), gte(tableSessions.date, today), isNull(tableSessions.closedAt)))
    .orderBy(asc(tableSessions.date), asc(tableSessions.startTime))
    .limit(1);
  if (!next) return null;
  const agenda = await db
    .select({ planId: agendaItems.planId, slotMinutes: agendaItems.slotMinutes })
    .from(agendaItems)
    .where(and(eq(agendaItems.tenantId, tenantId), eq(agendaItems.sessionId, next.session.id)))
    .orderBy(asc(agendaItems.position));
  const slot = scheduleAgenda(next.session.startTime, agenda).items.find((item) => item.planId === planId)!;
  return {
    sessionId: next.session.id,
    tableName: next.tableName,
    tableKind: next.tableKind as TableKind,
    date: next.session.date,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
  };
}
