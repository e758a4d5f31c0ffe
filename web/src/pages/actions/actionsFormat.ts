import { MEASUREMENT_MOMENTS } from '../../../../src/followup/domain/schedule';

const longDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** "24 maart 2026" for an ISO date, whatever the computer's time zone. */
export function formatIsoDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T12:00:00Z`));
}

/** "Te laat sinds 24 maart 2026" or "Uiterlijk 24 maart 2026". */
export function dueText(dueDate: string, overdue: boolean): string {
  return `${overdue ? 'Te laat sinds' : 'Uiterlijk'} ${formatIsoDate(dueDate)}`;
}

/** "Meting na 6 maanden" for a moment key. */
export function measurementTitle(moment: string): string {
  const label = MEASUREMENT_MOMENTS.find((m) => m.key === moment)?.label ?? moment;
  return `Meting ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** Where to act on a measurement: the follow-up section on the canvas. */
export const measurementHref = (planId: string) => `/plannen/${encodeURIComponent(planId)}#metingen`;
export const planHref = (planId: string) => `/plannen/${encodeURIComponent(planId)}`;
