import type { PlanQuestion, QuestionInput } from '../../../../../../src/tables/tables.contract';
import { request } from '../../../../http/client';
import { tablesApi, tablesKeys } from '../../../tables/tablesApi';

export type { PlanQuestion, QuestionInput } from '../../../../../../src/tables/tables.contract';

const enc = encodeURIComponent;

export const questionsApi = {
  list: (planId: string) => request<{ items: PlanQuestion[] }>(`/api/v1/plans/${enc(planId)}/questions`),
  ask: (planId: string, body: QuestionInput) => request<PlanQuestion>(`/api/v1/plans/${enc(planId)}/questions`, { method: 'POST', body }),
  answer: (id: string, answer: string) => request<PlanQuestion>(`/api/v1/questions/${enc(id)}/answer`, { method: 'POST', body: { answer } }),
  colleagues: tablesApi.colleagues,
};

/** Questions belong to the tables capability; the colleagues list is shared with the tables pages. */
export const questionsKeys = {
  plan: (planId: string) => ['tables', 'questions', planId] as const,
  colleagues: tablesKeys.colleagues,
};

/** "24 maart 2026" for an ISO date. */
export function dueLabel(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T12:00:00Z`));
}
