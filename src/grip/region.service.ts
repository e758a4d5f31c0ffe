import { and, asc, eq } from 'drizzle-orm';
import { loadRegionSettings } from '../dashboard/region.service.js';
import type { Db } from '../db/client.js';
import { tenants } from '../tenants/tenants.schema.js';
import { assertKnownYear, loadGripBudget, resolveBudgetQuery } from './budget.service.js';
import { pillarTotals } from './domain/region.js';
import type { GripRegion } from './grip.contract.js';

/**
 * The grip figures of the region side by side: like the dashboard's region view
 * (dashboard/region.service.ts), one of the few cross-tenant reads. Only municipalities of the own
 * region that opted in, and only when the own municipality opted in too; per municipality its
 * totals and its pillars, never its budget lines, providers or signals.
 */
export async function loadGripRegion(db: Db, tenantId: string, year: number | undefined, today: string): Promise<GripRegion> {
  const own = await loadRegionSettings(db, tenantId);
  const query = resolveBudgetQuery(year, undefined, today);
  if (!own.region || !own.regionOptIn) return { ...own, year: query.year, municipalities: [] };
  await assertKnownYear(db, tenantId, query.year, today);
  const members = await db
    .select({ tenantId: tenants.tenantId, name: tenants.name })
    .from(tenants)
    .where(and(eq(tenants.region, own.region), eq(tenants.regionOptIn, true)))
    .orderBy(asc(tenants.name), asc(tenants.tenantId));
  const municipalities: GripRegion['municipalities'] = [];
  for (const member of members) {
    // Every municipality on the same footing and like its own grip page: the peildatum of the year, as known today.
    const budget = await loadGripBudget(db, member.tenantId, { year: query.year, date: query.date, asOf: today });
    municipalities.push({ ...member, totals: budget.totals, byPillar: pillarTotals(budget.lines) });
  }
  return { ...own, year: query.year, municipalities };
}
