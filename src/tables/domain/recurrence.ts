// Sessions recur on a local weekday and time in Europe/Amsterdam; all date arithmetic is on
// calendar dates (UTC-based day numbers), so a DST change never shifts a session.

export interface RecurringTable {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local time `HH:MM`. */
  startTime: string;
  /** 1, 2 or 4. */
  intervalWeeks: number;
  /** The local date the table was created (`YYYY-MM-DD`): the cycle of a 2- or 4-weekly table starts here. */
  createdOn: string;
}

export interface SessionDate {
  date: string;
  startTime: string;
  /** The start as an instant (ISO, UTC), correct on both sides of a DST change. */
  startsAt: string;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday) of a day number; 1970-01-01 was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The instant of a local Amsterdam wall-clock time on a date (CET +1 or CEST +2). */
export function amsterdamInstant(isoDate: string, time: string): Date {
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wallUtc = dayNumber(isoDate) * DAY_MS + (h * 60 + min) * 60_000;
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(wallUtc - offsetHours * 3_600_000);
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (parts === time) return candidate;
  }
  // A time that does not exist (inside the spring-forward gap): take it as winter time.
  return new Date(wallUtc - 3_600_000);
}

/** The first `count` session dates on or after `fromDate`. */
export function upcomingDates(table: RecurringTable, fromDate: string, count: number): SessionDate[] {
  const created = dayNumber(table.createdOn);
  const anchor = created + ((table.weekday - isoWeekday(created) + 7) % 7);
  const step = 7 * table.intervalWeeks;
  const from = dayNumber(fromDate);
  let day = from <= anchor ? anchor : anchor + Math.ceil((from - anchor) / step) * step;
  const out: SessionDate[] = [];
  for (let i = 0; i < count; i++, day += step) {
    const date = isoFromDayNumber(day);
    out.push({ date, startTime: table.startTime, startsAt: amsterdamInstant(date, table.startTime).toISOString() });
  }
  return out;
}
