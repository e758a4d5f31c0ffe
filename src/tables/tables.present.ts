import { amsterdamInstant } from './domain/recurrence.js';
import type { SessionRow, TableRow } from './tables.service.js';

export function presentTable(row: TableRow) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    weekday: row.weekday,
    startTime: row.startTime,
    intervalWeeks: row.intervalWeeks,
    slotMinutes: row.slotMinutes,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A session in a list: when, and how full its agenda is. */
export function presentSessionSummary(row: SessionRow, agendaCount: number) {
  return {
    id: row.id,
    tableId: row.tableId,
    date: row.date,
    startTime: row.startTime,
    startsAt: amsterdamInstant(row.date, row.startTime).toISOString(),
    agendaCount,
    hasMinutes: row.minutes.trim().length > 0,
  };
}
