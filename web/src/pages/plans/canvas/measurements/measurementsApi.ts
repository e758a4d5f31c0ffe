import type { Measurement, MeasurementInput, PlanMeasurements, ScheduledMoment } from '../../../../../../src/followup/followup.contract';
import type { MeasurementMoment } from '../../../../../../src/followup/domain/schedule';
import { request } from '../../../../http/client';

export type { Measurement, MeasurementInput, PlanMeasurements, ScheduledMoment } from '../../../../../../src/followup/followup.contract';

const base = (planId: string) => `/api/v1/plans/${encodeURIComponent(planId)}/measurements`;

export const measurementsApi = {
  get: (planId: string) => request<PlanMeasurements>(base(planId)),
  record: (planId: string, moment: MeasurementMoment, body: MeasurementInput) => request<Measurement>(base(planId), { method: 'POST', body: { moment, ...body } }),
  correct: (planId: string, moment: MeasurementMoment, body: MeasurementInput) =>
    request<Measurement>(`${base(planId)}/${encodeURIComponent(moment)}`, { method: 'PUT', body }),
};

/** Query key of a plan's measurements (capability `followup`). */
export const measurementsKey = (planId: string) => ['followup', 'measurements', planId] as const;

/** The moment the form offers first: the first one not yet measured (the schedule is in order). */
export function suggestedMoment(schedule: readonly ScheduledMoment[]): MeasurementMoment {
  return schedule.find((s) => !s.done)?.moment ?? schedule[0]?.moment ?? 'after';
}
