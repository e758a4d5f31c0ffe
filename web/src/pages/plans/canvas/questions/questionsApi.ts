import type { PlanQuestion, QuestionInput } from '../../../../../../src/tables/tables.contract';
import { request } from '../../../../http/client';
import type { Colleague } from '../../../../../../src/tables/tables.contract';

export type { PlanQuestion, QuestionInput } from '../../../../../../src/tables/tables.contract';

const enc = encodeURIComponent;

export const questionsApi = {
  list: (planId: string) => request<{ items: PlanQuestion[] }>(`/api/v1/plans/${enc(planId)}/questions`),
  ask: (planId: string, body: QuestionInput) => request<PlanQuestion>(`/api/v1/plans/${enc(planId)}/questions`, { method: 'POST', body }),
  answer: (id: string, answer: string) => request<PlanQuestion>(`/api/v1/questions/${enc(id)}/answer`, { method: 'POST', body: { answer } }),
  /** Only who can answer a question (the policy's `questions.assignee`): no beheer, budget or beleid. */
  colleagues: () => request<{ items: Colleague[] }>('/api/v1/colleagues?for=questions'),
};

/** Questions belong to the tables capability. */
export const questionsKeys = {
  plan: (planId: string) => ['tables', 'questions', planId] as const,
  colleagues: ['tables', 'colleagues', 'questions'] as const,
};

/** "24 maart 2026" for an ISO date. */
export function dueLabel(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T12:00:00Z`));
}
