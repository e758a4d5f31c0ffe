/**
 * When a measurement may be taken (issue 13): a "na 6 maanden" score given on the day the plan
 * started says nothing about the effect after six months. A 6- or 12-month measurement is on time
 * from its window's start (the due date minus the window in which "Mijn acties" already asks for
 * it); before that it needs the user's explicit confirmation, and the dashboard does not count it.
 * Pure date arithmetic on ISO dates.
 */
import { addDays, addMonths, DUE_WINDOW_DAYS, MEASUREMENT_MOMENTS, type MeasurementMoment } from './schedule.js';

/** Moments whose timing matters: "direct na het maatwerk" has no fixed date to be early for. */
export const TIMED_MOMENTS: readonly MeasurementMoment[] = ['6m', '12m'];

const monthsOf = (moment: MeasurementMoment) => MEASUREMENT_MOMENTS.find((m) => m.key === moment)!.months;

export interface MeasurementWindow {
  /** The first day on which the measurement is on time. */
  opensOn: string;
  dueDate: string;
}

/** The window of a timed moment from the plan's approval date; null for a moment without one. */
export function measurementWindow(approvedDate: string, moment: MeasurementMoment): MeasurementWindow | null {
  if (!TIMED_MOMENTS.includes(moment)) return null;
  const dueDate = addMonths(approvedDate, monthsOf(moment));
  return { opensOn: addDays(dueDate, -DUE_WINDOW_DAYS), dueDate };
}

/** Whole calendar months from `from` until `to` (at least 1 when `to` is later but within a month). */
export function monthsUntil(from: string, to: string): number {
  if (to <= from) return 0;
  let months = 0;
  while (addMonths(from, months + 1) <= to) months += 1;
  return Math.max(1, months);
}

export interface EarlyMeasurement {
  window: MeasurementWindow;
  /** Whole months from the measurement date until the window opens. */
  monthsEarly: number;
}

/** The measurement comes before its window (so it needs confirmation and the dashboard leaves it out), or null. */
export function earlyMeasurement(approvedDate: string | null, moment: MeasurementMoment, measuredOn: string): EarlyMeasurement | null {
  if (!approvedDate) return null;
  const window = measurementWindow(approvedDate, moment);
  if (!window || measuredOn >= window.opensOn) return null;
  return { window, monthsEarly: monthsUntil(measuredOn, window.opensOn) };
}

/** The same rule from a scheduled moment's due date (what the browser has: the plan's schedule). */
export function earlyForDueDate(moment: MeasurementMoment, dueDate: string, measuredOn: string): EarlyMeasurement | null {
  if (!TIMED_MOMENTS.includes(moment)) return null;
  const window = { opensOn: addDays(dueDate, -DUE_WINDOW_DAYS), dueDate };
  if (measuredOn >= window.opensOn) return null;
  return { window, monthsEarly: monthsUntil(measuredOn, window.opensOn) };
}

const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** `2027-06-03` → `3 juni 2027`. */
export function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${DUTCH_MONTHS[month - 1]} ${year}`;
}

/** The warning the user confirms (the same words in the form and in the API's 422). */
export function earlyMessage(early: EarlyMeasurement): string {
  const when = early.monthsEarly === 1 ? 'over 1 maand' : `over ${early.monthsEarly} maanden`;
  return `Deze meting is pas ${when} aan de beurt (vanaf ${dutchDate(early.window.opensOn)}; gepland op ${dutchDate(early.window.dueDate)}). Weet u zeker dat u nu al meet?`;
}
