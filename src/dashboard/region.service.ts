import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { tenants } from '../tenants/tenants.schema.js';
import type { RegionSettings, RegionView } from './dashboard.contract.js';
import { loadDashboard, withoutBudgetByPlan } from './dashboard.service.js';
import type { DashboardFilter } from './domain/dashboard.js';

/**
 * The region view (docs/architecture.md "Tenancy"): one of the few cross-tenant reads. It shows
 * only municipalities of the own region that opted in, and only when the own municipality opted
 * in too; aggregates only, without the per-plan budget figures.
 */

export async function loadRegionSettings(db: Db, tenantId: string): Promise<RegionSettings> {
  const [row] = await db.select({ region: tenants.region, regionOptIn: tenants.regionOptIn }).from(tenants).where(eq(tenants.tenantId, tenantId));
  return row ?? { region: null, regionOptIn: false };
}

export async function setRegionOptIn(tx: Db, tenantId: string, regionOptIn: boolean): Promise<RegionSettings> {
  const [row] = await tx
    .update(tenants)
    .set({ regionOptIn })
    .where(eq(tenants.tenantId, tenantId))
    .returning({ region: tenants.region, regionOptIn: tenants.regionOptIn });
  return row ?? { region: null, regionOptIn: false };
}

export async function loadRegionView(db: Db, tenantId: string, filter: DashboardFilter, now: Date): Promise<RegionView> {
  const own = await loadRegionSettings(db, tenantId);
  if (!own.region || !own.regionOptIn) return { ...own, municipalities: [] };
  const members = await db
    .select({ tenantId: tenants.tenantId, name: tenants.name })
    .from(tenants)
    .where(and(eq(tenants.region, own.region), eq(tenants.regionOptIn, true)))
    .orderBy(asc(tenants.name), asc(tenants.tenantId));
  const municipalities: RegionView['municipalities'] = [];
  for (const member of members) {
    const dashboard = await loadDashboard(db, member.tenantId, filter, now);
    municipalities.push({ ...member, dashboard: withoutBudgetByPlan(dashboard) });
  }
  return { ...own, municipalities };
}
