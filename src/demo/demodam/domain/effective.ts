import type { Day } from './days.js';
import type { Assignment, CsvService, Household } from './model.js';
import type { Pillar } from '../../../imports/domain/records.js';

/**
 * A service's period as the importer will see it from the files that have arrived by today
 * (CONTRACT.md: the 305's Begindatum, else the Ingangsdatum; the 307's Einddatum, else the
 * assignment's). The generator uses it for budgets, its tests for what the overlap will count.
 */
export function effectivePeriod(assignment: Assignment, today: Day): { start: Day; end: Day | null } {
  const started = assignment.started && assignment.started.sentOn <= today ? assignment.started.begin : undefined;
  const stopped = assignment.stopped && assignment.stopped.sentOn <= today ? assignment.stopped : undefined;
  return { start: started ?? assignment.start, end: stopped ? stopped.end : assignment.end };
}

const activeOn = (period: { start: Day; end: Day | null }, day: Day) => period.start <= day && (period.end === null || day <= period.end);

/** The pillars in which the household has a service active on `day`, as the overlap counts them. */
export function activePillars(household: Household, day: Day, today: Day): Set<Pillar> {
  const pillars = new Set<Pillar>();
  for (const client of household.clients) {
    for (const a of client.assignments) if (activeOn(effectivePeriod(a, today), day)) pillars.add(a.pillar);
    for (const s of client.csvServices) if (activeOn(s as CsvService, day)) pillars.add(s.pillar);
  }
  return pillars;
}
