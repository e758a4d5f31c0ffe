/**
 * Follow-up of life satisfaction (DOMAIN.md §5 step 8): a measurement right after the maatwerk,
 * and at 6 and 12 months after approval. Pure date arithmetic on ISO dates (`YYYY-MM-DD`).
 */

export const MEASUREMENT_MOMENTS = [
  { key: 'after', label: 'Direct na het maatwerk', months: 1 },
  { key: '6m', label: 'Na 6 maanden', months: 6 },
  { key: '12m', label: 'Na 12 maanden', months: 12 },
] as const;

export type MeasurementMoment = (typeof MEASUREMENT_MOMENTS)[number]['key'];
export const MEASUREMENT_MOMENT_KEYS = MEASUREMENT_MOMENTS.map((m) => m.key) as [MeasurementMoment, ...MeasurementMoment[]];

/** Plans whose follow-up is running: these have a schedule and show up in "Mijn acties". */
export const SCHEDULED_STATUSES = ['approved', 'in_progress', 'monitoring'] as const;
/** Measurements may be recorded from approval on, also after the plan closed (a late 12-month score). */
export const MEASURABLE_STATUSES = [...SCHEDULED_STATUSES, 'closed'] as const;

/** How far ahead a measurement counts as an action for its author. */
export const DUE_WINDOW_DAYS = 14;

export const momentLabel = (moment: MeasurementMoment): string => MEASUREMENT_MOMENTS.find((m) => m.key === moment)!.label;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function parse(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Geen ISO-datum: ${isoDate}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** `isoDate` plus `months` calendar months; a day that does not exist (31 April) becomes the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = parse(isoDate);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = parse(isoDate);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export interface RecordedMeasurement {
  moment: string;
  measuredOn: string;
  lifeSatisfaction: number;
}

export interface ScheduledMoment {
  moment: MeasurementMoment;
  label: string;
  dueDate: string;
  done: boolean;
  /** Not done and the due date has passed. */
  overdue: boolean;
  measuredOn: string | null;
  lifeSatisfaction: number | null;
}

/** Each moment's due date from the approval date, and whether it was measured or is overdue on `today`. */
export function measurementSchedule(approvedDate: string, measurements: readonly RecordedMeasurement[], today: string): ScheduledMoment[] {
  return MEASUREMENT_MOMENTS.map(({ key, label, months }) => {
    const dueDate = addMonths(approvedDate, months);
    const recorded = measurements.find((m) => m.moment === key);
    return {
      moment: key,
      label,
      dueDate,
      done: recorded !== undefined,
      overdue: recorded === undefined && dueDate < today,
      measuredOn: recorded?.measuredOn ?? null,
      lifeSatisfaction: recorded?.lifeSatisfaction ?? null,
    };
  });
}

export const hasSchedule = (status: string): boolean => (SCHEDULED_STATUSES as readonly string[]).includes(status);

/** Open moments that are overdue or due within the window: what the author should act on. */
export function dueMeasurements(schedule: readonly ScheduledMoment[], today: string, windowDays = DUE_WINDOW_DAYS): ScheduledMoment[] {
  const horizon = addDays(today, windowDays);
  return schedule.filter((item) => !item.done && item.dueDate <= horizon);
}
