import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { DEFAULT_HORIZON_MONTHS } from '../plans/domain/kba.js';
import { addMonths } from './domain/realised.js';
import { loadRealisedByPillar } from './services.queries.js';

/**
 * The arrangementenmonitor over many plans (dashboard, council report): for approved plans whose
 * client number is in the municipality's own records, the plan scenario against what the household
 * actually cost since approval. Returns count only for plans whose horizon has passed, so a plan
 * halfway its horizon does not look like a windfall.
 */
export interface RealisedTotals {
  linkedPlans: number;
  completedPlans: number;
  planCents: number;
  realisedCents: number;
  expectedReturnCents: number;
  realisedReturnCents: number;
}

export const NO_REALISED: RealisedTotals = { linkedPlans: 0, completedPlans: 0, planCents: 0, realisedCents: 0, expectedReturnCents: 0, realisedReturnCents: 0 };

/** `selection` is a CTE named `sel` of plans rows (as the dashboard builds it). */
export async function loadRealisedTotals(db: Db, tenantId: string, selection: SQL, today: string): Promise<RealisedTotals> {
  const linked = ((await db.execute(sql`${selection}
      SELECT sel.document->>'clientNumber' AS client_number, to_char(sel.approved_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS approved_on,
        (sel.document->>'horizonMonths')::int AS horizon, sel.kba_plan_cents::text AS plan, sel.kba_return_cents::text AS ret,
        sel.kba_expected_threatened_cents::text AS expected
      FROM sel
      WHERE sel.approved_at IS NOT NULL AND EXISTS (
        SELECT 1 FROM service_clients c WHERE c.tenant_id = ${tenantId} AND c.client_number = sel.document->>'clientNumber')`)) as unknown as {
    rows: { client_number: string; approved_on: string; horizon: number | null; plan: string | null; ret: string | null; expected: string | null }[];
  }).rows;
  const totals = { ...NO_REALISED };
  for (const plan of linked) {
    const to = addMonths(plan.approved_on, plan.horizon ?? DEFAULT_HORIZON_MONTHS);
    const spent = await loadRealisedByPillar(db, tenantId, plan.client_number, plan.approved_on, to);
    const realised = spent.byPillar.reduce((sum, row) => sum + row.cents, 0);
    totals.linkedPlans += 1;
    totals.planCents += Number(plan.plan ?? 0);
    totals.realisedCents += realised;
    if (to < today) {
      totals.completedPlans += 1;
      totals.expectedReturnCents += Number(plan.ret ?? 0);
      totals.realisedReturnCents += Number(plan.expected ?? 0) - realised;
    }
  }
  return totals;
}
