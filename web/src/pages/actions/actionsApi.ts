import { request } from '../../http/client';

/** `GET /api/v1/me/actions`: what waits for the user, overdue first within each group. */
export interface MyActions {
  measurements: { planId: string; caseNumber: string; moment: string; dueDate: string; overdue: boolean }[];
  questions: { id: string; planId: string; caseNumber: string | null; question: string; dueDate: string; overdue: boolean }[];
  decisions: { planId: string; caseNumber: string; since: string }[];
  budgetWarnings: { level: string; message: string }[];
}

export const actionsApi = {
  mine: () => request<MyActions>('/api/v1/me/actions'),
};

/** How many things wait, and how many of them are late. */
export function countActions(actions: MyActions): { total: number; overdue: number } {
  const dated = [...actions.measurements, ...actions.questions];
  return {
    total: dated.length + actions.decisions.length + actions.budgetWarnings.length,
    overdue: dated.filter((item) => item.overdue).length,
  };
}
