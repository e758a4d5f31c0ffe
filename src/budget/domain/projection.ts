/**
 * Year-end projection at the current pace. Integer arithmetic only (BigInt), so cents never pass
 * through floating point.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** 1 for 1 January. `isoDate` is a local date `YYYY-MM-DD`. */
export function dayOfYear(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
}

/** The date that is day `day` (1-based) of `year`. */
export function dateOfDay(year: number, day: number): string {
  return new Date(Date.UTC(year, 0, day)).toISOString().slice(0, 10);
}

/** n / d rounded half away from zero; d > 0. */
export function divideRounded(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = (2n * abs + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * What will be used by year end: for the current year `used × daysInYear / dayOfYear` rounded
 * half away from zero to whole cents; a past or future year is what it is.
 */
export function projectYearEnd(usedCents: number, year: number, today: string): number {
  if (Number(today.slice(0, 4)) !== year) return usedCents;
  return Number(divideRounded(BigInt(usedCents) * BigInt(daysInYear(year)), BigInt(dayOfYear(today))));
}

/**
 * The day the budget runs out at the current pace (the first day on which cumulative use reaches
 * the budget), or null when it does not run out within this year, is already used up, or this is
 * not the current year.
 */
export function runOutDate(budgetCents: number, usedCents: number, year: number, today: string): string | null {
  if (Number(today.slice(0, 4)) !== year || usedCents <= 0 || usedCents >= budgetCents) return null;
  const budget = BigInt(budgetCents) * BigInt(dayOfYear(today));
  const used = BigInt(usedCents);
  const day = Number((budget + used - 1n) / used);
  return day > daysInYear(year) ? null : dateOfDay(year, day);
}
