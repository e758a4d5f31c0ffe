import type { z } from 'zod';
import type { TableKind } from './domain/agenda.js';
import { amsterdamInstant } from './domain/recurrence.js';
import type { intervalWeeks, MeetingTable, SessionSummary } from './tables.contract.js';
import type { SessionRow, TableRow } from './tables.service.js';

export function presentTable(row: TableRow): MeetingTable {
  return {
    id: row.id,
    kind: row.kind as TableKind,
    name: row.name,
    weekday: row.weekday,
    startTime: row.startTime,
    // Stored as validated by the contract: 1, 2 or 4.
    intervalWeeks: row.intervalWeeks as z.infer<typeof intervalWeeks>,
    slotMinutes: row.slotMinutes,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A session in a list: when, and how full its agenda is. */
export function presentSessionSummary(row: SessionRow, agendaCount: number): SessionSummary {
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
