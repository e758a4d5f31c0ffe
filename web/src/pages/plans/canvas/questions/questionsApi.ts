import { request } from '../../../../http/client';

export interface PlanQuestion {
  id: string;
  planId: string;
  sessionId: string | null;
  question: string;
  assigneeId: string;
  assigneeName: string | null;
  dueDate: string;
  overdue: boolean;
  answered: boolean;
  answer: string | null;
  answeredAt: string | null;
  answeredByName: string | null;
  createdByName: string | null;
  createdAt: string;
}

export interface NewQuestion {
  question: string;
  assigneeId: string;
  dueDate: string;
  sessionId?: string;
}

export const questionsApi = {
  list: (planId: string) => request<{ items: PlanQuestion[] }>(`/api/v1/plans/${encodeURIComponent(planId)}/questions`),
  ask: (planId: string, body: NewQuestion) => request<PlanQuestion>(`/api/v1/plans/${encodeURIComponent(planId)}/questions`, { method: 'POST', body }),
  answer: (id: string, answer: string) => request<PlanQuestion>(`/api/v1/questions/${encodeURIComponent(id)}/answer`, { method: 'POST', body: { answer } }),
  colleagues: () => request<{ items: { id: string; name: string; roles: string[] }[] }>('/api/v1/colleagues'),
};

/** "24 maart 2026" for an ISO date. */
export function dueLabel(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T12:00:00Z`));
}
