import { DECISION_LABELS } from '../plans/canvas/workflow/steps';
import { TABLE_KINDS } from '../../../../src/tables/domain/agenda';
import { PLAN_STATUSES } from '../../../../src/plans/domain/statuses';

export const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

export const kindLabel = (kind: string) => TABLE_KINDS.find((k) => k.key === kind)?.label ?? kind;
export const statusLabel = (status: string) => PLAN_STATUSES.find((s) => s.key === status)?.label ?? status;

/** "elke dinsdag om 14:00", "om de 2 weken op donderdag om 10:00". */
export function rhythm(table: { weekday: number; startTime: string; intervalWeeks: number }): string {
  const day = WEEKDAYS[table.weekday - 1] ?? '?';
  return table.intervalWeeks === 1 ? `elke ${day} om ${table.startTime}` : `om de ${table.intervalWeeks} weken op ${day} om ${table.startTime}`;
}

/** "dinsdag 24 maart 2026" for an ISO date, whatever the computer's time zone. */
export function sessionDate(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** The list with the item at `index` moved by `delta` places; unchanged when that would leave the list. */
export function move<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item!);
  return copy;
}

export const decisionLabel = (key: string) => (DECISION_LABELS as Record<string, string>)[key] ?? key;

export const sessionPath = (id: string) => `/tafels/sessies/${id}`;
export const presentationPath = (id: string) => `/tafels/sessies/${id}/presentatie`;
export const tablePath = (id: string) => `/tafels/${id}`;
