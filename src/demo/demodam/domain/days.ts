/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), which a generator of millions of
 * dated records needs to be fast and exact; ISO `YYYY-MM-DD` strings only at the edge.
 * A month is numbered `year * 12 + (month - 1)`.
 */
export type Day = number;
export type Month = number;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day of an ISO date; throws on a date that does not exist. */
export function dayOf(iso: string): Day {
  const match = ISO.exec(iso);
  if (!match) throw new Error(`Geen datum (JJJJ-MM-DD): '${iso}'.`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = daysFromCivil(y, m, d);
  if (isoOf(day) !== iso) throw new Error(`Datum bestaat niet: '${iso}'.`);
  return day;
}

// Howard Hinnant's days_from_civil / civil_from_days.
function daysFromCivil(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(day: Day): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const isoCache = new Map<Day, string>();

export function isoOf(day: Day): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    const [y, m, d] = civilFromDays(day);
    iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

export function yearOf(day: Day): number {
  return civilFromDays(day)[0];
}

export function monthOf(day: Day): Month {
  const [y, m] = civilFromDays(day);
  return y * 12 + m - 1;
}

export function monthStart(month: Month): Day {
  return daysFromCivil(Math.floor(month / 12), (month % 12) + 1, 1);
}

export function monthEnd(month: Month): Day {
  return monthStart(month + 1) - 1;
}

export function yearStart(year: number): Day {
  return daysFromCivil(year, 1, 1);
}

export function yearEnd(year: number): Day {
  return daysFromCivil(year, 12, 31);
}

/** The same day of the month `months` later, clipped to the month's last day. */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = civilFromDays(day);
  const target = y * 12 + m - 1 + months;
  const last = monthEnd(target) - monthStart(target) + 1;
  return monthStart(target) + Math.min(d, last) - 1;
}

/** `YYYYMM` of a month, for numbers and file names. */
export function monthCode(month: Month): string {
  return `${Math.floor(month / 12)}${String((month % 12) + 1).padStart(2, '0')}`;
}
