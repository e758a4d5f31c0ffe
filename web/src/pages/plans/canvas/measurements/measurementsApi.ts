import { request } from '../../../../http/client';

export interface Measurement {
  id: string;
  planId: string;
  moment: string;
  label: string;
  lifeSatisfaction: number;
  note: string;
  measuredOn: string;
  userId: string;
  createdAt: string;
}

export interface ScheduledMoment {
  moment: string;
  label: string;
  dueDate: string;
  done: boolean;
  overdue: boolean;
  measuredOn: string | null;
  lifeSatisfaction: number | null;
}

export interface PlanMeasurementsData {
  /** The score of the plan document, at intake. */
  intake: number | null;
  items: Measurement[];
  schedule: ScheduledMoment[];
}

export interface MeasurementInput {
  lifeSatisfaction: number;
  note?: string;
  measuredOn?: string;
}

const base = (planId: string) => `/api/v1/plans/${encodeURIComponent(planId)}/measurements`;

export const measurementsApi = {
  get: (planId: string) => request<PlanMeasurementsData>(base(planId)),
  record: (planId: string, moment: string, body: MeasurementInput) => request<Measurement>(base(planId), { method: 'POST', body: { moment, ...body } }),
  correct: (planId: string, moment: string, body: MeasurementInput) =>
    request<Measurement>(`${base(planId)}/${encodeURIComponent(moment)}`, { method: 'PUT', body }),
};

/** The moment the form offers first: the first one not yet measured (the schedule is in order). */
export function suggestedMoment(schedule: readonly ScheduledMoment[]): string {
  return schedule.find((s) => !s.done)?.moment ?? schedule[0]?.moment ?? 'after';
}
