import { MEASUREMENT_MOMENTS } from '../../../../src/followup/domain/schedule';
import { ACTION_ANCHORS, answerAnchor } from '../plans/canvas/anchors';

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

export const planHref = (planId: string) => `/plannen/${encodeURIComponent(planId)}`;

/** Where to act on a measurement: the measurement form on the canvas (focus on its first field). */
export const measurementHref = (planId: string) => `${planHref(planId)}#${ACTION_ANCHORS.measurement}`;

/** Where to answer a question: its answer box on the canvas. */
export const questionHref = (planId: string, questionId: string) => `${planHref(planId)}#${encodeURIComponent(answerAnchor(questionId))}`;

/** Where to decide: the decision form in the canvas' workflow panel. */
export const decisionHref = (planId: string) => `${planHref(planId)}#${ACTION_ANCHORS.decision}`;
