import { PLAN_STATUS_KEYS, type PlanStatus } from '../../../../src/plans/domain/statuses';

/** The list's search lives in the address (`?zoek=…&status=…`), so a search can be bookmarked and shared. */
export interface PlanFilters {
  q: string;
  status: PlanStatus | '';
}

export function readPlanFilters(search: URLSearchParams): PlanFilters {
  const status = search.get('status') ?? '';
  return {
    q: (search.get('zoek') ?? '').trim().slice(0, 200),
    status: (PLAN_STATUS_KEYS as string[]).includes(status) ? (status as PlanStatus) : '',
  };
}

export function planFiltersHref(filters: PlanFilters): string {
  const search = new URLSearchParams();
  if (filters.q.trim()) search.set('zoek', filters.q.trim());
  if (filters.status) search.set('status', filters.status);
  const text = search.toString();
  return text ? `/plannen?${text}` : '/plannen';
}
