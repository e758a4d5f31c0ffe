import type { PlanStatus } from '../../../../src/plans/domain/statuses';
import { formatIsoDate } from '../actions/actionsFormat';

/** From approval on a plan has a period in which its household's real cost can be compared. */
export const REALISED_STATUSES: readonly PlanStatus[] = ['approved', 'in_progress', 'monitoring', 'closed'];

export const showsRealised = (status: string): boolean => (REALISED_STATUSES as readonly string[]).includes(status);

/** "1 maart 2026 tot en met 1 maart 2027", or null before approval. */
export function periodText(from: string | null, to: string | null): string | null {
  if (!from || !to) return null;
  return `${formatIsoDate(from)} tot en met ${formatIsoDate(to)}`;
}

/** Whether the period still runs on `today`: later declarations are still to come. */
export const periodRunning = (to: string | null, today: string): boolean => to !== null && to >= today;
