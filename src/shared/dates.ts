// Dates are ISO strings; the municipality's day runs in Europe/Amsterdam.

/** Midnight in Europe/Amsterdam of an ISO date (plus `addDays`), as an instant. */
export function amsterdamMidnight(isoDate: string, addDays = 0): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const utcGuess = Date.UTC(y, m - 1, d + addDays);
  // Amsterdam is UTC+1 or UTC+2; find the offset that applies at that wall-clock midnight.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcGuess - offsetHours * 3600_000);
    const wall = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (wall === '00') return candidate;
  }
  return new Date(utcGuess - 3600_000);
}

/** The local date (Europe/Amsterdam) of an instant, as `YYYY-MM-DD`. */
export function amsterdamDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The calendar year in Europe/Amsterdam of an instant. */
export function amsterdamYear(instant: Date): number {
  return Number(amsterdamDate(instant).slice(0, 4));
}
