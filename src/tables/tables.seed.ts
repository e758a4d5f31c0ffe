import type { Db } from '../db/client.js';
import type { TableKind } from './domain/agenda.js';
import { meetingTables } from './tables.schema.js';

interface SeedTable {
  id: string;
  kind: TableKind;
  name: string;
  weekday: number;
  startTime: string;
  intervalWeeks: number;
}

/** The tables each workflow preset runs (DOMAIN.md §5); the simple form needs none. */
export const PRESET_TABLES: Record<string, SeedTable[]> = {
  maastricht: [
    { id: 'spar-tafel', kind: 'spar', name: 'Spar-tafel', weekday: 2, startTime: '14:00', intervalWeeks: 1 },
    { id: 'doorbraaktafel', kind: 'doorbraak', name: 'Doorbraaktafel', weekday: 2, startTime: '15:30', intervalWeeks: 1 },
  ],
  commissie: [{ id: 'maatwerkcommissie', kind: 'commissie', name: 'Maatwerkcommissie', weekday: 4, startTime: '10:00', intervalWeeks: 2 }],
  simple: [],
};

/** Idempotent: a table that already exists (same id) is left as it is. */
export async function seedDemoTables(db: Db, tenantId: string, preset: string): Promise<void> {
  const tables = PRESET_TABLES[preset] ?? [];
  if (tables.length === 0) return;
  await db
    .insert(meetingTables)
    .values(tables.map((table) => ({ tenantId, ...table, slotMinutes: 30, active: true })))
    .onConflictDoNothing();
}
