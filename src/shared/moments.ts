// How people read a moment: "3 december 2026 om 14:32", always in Europe/Amsterdam.

const day = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });
const weekdayDay = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const clock = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "3 december 2026 om 14:32" for an instant (ISO string or Date). */
export function formatMoment(instant: string | Date): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return `${day.format(at)} om ${clock.format(at)}`;
}

/** "14:32" for an instant. */
export function formatClock(instant: string | Date): string {
  return clock.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** "dinsdag 8 december 2026" for an ISO date (a calendar day, no time zone involved). */
export function formatWeekdayDate(isoDate: string): string {
  return weekdayDay.format(new Date(`${isoDate}T12:00:00Z`));
}

/** "dinsdag 8 december 2026, 10:30–10:50": a slot on a table's agenda. */
export function formatSlot(isoDate: string, startsAt: string, endsAt: string): string {
  return `${formatWeekdayDate(isoDate)}, ${startsAt}–${endsAt}`;
}
