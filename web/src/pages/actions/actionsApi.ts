import type { MyActions } from '../../../../src/followup/followup.contract';
import { request } from '../../http/client';

export type { MyActions } from '../../../../src/followup/followup.contract';

/** `GET /api/v1/me/actions`: what waits for the user, overdue first within each group. */
export const actionsApi = {
  mine: () => request<MyActions>('/api/v1/me/actions'),
};

/** The query key of Mijn acties (also used by the home page's summary). */
export const actionsKey = ['followup', 'actions'] as const;

/** How many things wait, and how many of them are late. */
export function countActions(actions: MyActions): { total: number; overdue: number } {
  const dated = [...actions.measurements, ...actions.questions];
  return {
    total: dated.length + actions.decisions.length + actions.budgetWarnings.length,
    overdue: dated.filter((item) => item.overdue).length,
  };
}
