import { z } from 'zod';
import { planListQuery, planStatusSchema, type PlanListParams } from '../../../../src/plans/plans.contract';

/**
 * The list's search lives in the address (`?zoek=…&status=…`), so a search can be bookmarked and
 * shared: Dutch parameter names for the contract's `q` and `status` (one status here). What does
 * not parse (an unknown status, a search that is too long) falls back to none.
 */
export const planFiltersSchema = z.object({
  zoek: z.string().trim().pipe(planListQuery.shape.q.unwrap()).default(''),
  status: z.union([z.literal(''), planStatusSchema]).default(''),
});

export type PlanFilters = z.output<typeof planFiltersSchema>;

export const isFiltered = (filters: PlanFilters): boolean => Boolean(filters.zoek || filters.status);

/** The API's parameters for these filters. */
export function toQuery(filters: PlanFilters, limit: number): Pick<PlanListParams, 'q' | 'status' | 'limit'> {
  return { ...(filters.zoek ? { q: filters.zoek } : {}), ...(filters.status ? { status: filters.status } : {}), limit };
}
