import { z } from 'zod';
import type { Dashboard, DashboardAggregates, RegionSettings, RegionSettingsInput, RegionView } from '../../../../src/dashboard/dashboard.contract';
import { PLAN_STATUS_KEYS, type PlanStatus } from '../../../../src/plans/domain/statuses';
import { query, request } from '../../http/client';
import { filtersToSearch } from '../../http/urlFilters';

export type { Dashboard, DashboardAggregates, RegionSettings, RegionView };

export const DASHBOARD_PATH = '/dashboard';
export const REGION_PATH = '/dashboard/regio';
export const DEFAULT_STATUSES: readonly PlanStatus[] = ['approved', 'in_progress', 'monitoring', 'closed'];

const isoDateOrEmpty = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/)
  .default('');

/** `draft,approved` → the known statuses in their usual order; none known → the default statuses. */
const statusList = z
  .string()
  .default(DEFAULT_STATUSES.join(','))
  .transform((text): PlanStatus[] => {
    const requested = text.split(',');
    const known = PLAN_STATUS_KEYS.filter((key) => requested.includes(key));
    return known.length > 0 ? known : [...DEFAULT_STATUSES];
  });

/**
 * The filters live in the address (`?van=&tot=&status=`), so a view can be bookmarked and shared;
 * the dashboard and the region view read the same ones.
 */
export const dashboardFilterSchema = z.object({ van: isoDateOrEmpty, tot: isoDateOrEmpty, status: statusList });
export type DashboardFilters = z.output<typeof dashboardFilterSchema>;

export function filtersHref(path: string, filters: DashboardFilters): string {
  return `${path}${filtersToSearch(dashboardFilterSchema, filters)}`;
}

/** The API's query (CONTRACT.md "Dashboard": `from`, `to`, `status`). */
const apiQuery = (f: DashboardFilters) => query({ from: f.van || undefined, to: f.tot || undefined, status: f.status.join(',') });

export const dashboardKeys = {
  all: ['dashboard'] as const,
  figures: (filters: DashboardFilters) => ['dashboard', 'figures', filters] as const,
  region: (filters: DashboardFilters) => ['dashboard', 'region', filters] as const,
  regions: ['dashboard', 'region'] as const,
};

export const dashboardApi = {
  load: (filters: DashboardFilters, signal?: AbortSignal) => request<Dashboard>(`/api/v1/dashboard${apiQuery(filters)}`, { signal }),
  csvUrl: (filters: DashboardFilters) => `/api/v1/dashboard.csv${apiQuery(filters)}`,
  xlsxUrl: (filters: DashboardFilters) => `/api/v1/dashboard.xlsx${apiQuery(filters)}`,
  region: (filters: DashboardFilters, signal?: AbortSignal) => request<RegionView>(`/api/v1/dashboard/region${apiQuery(filters)}`, { signal }),
  settings: () => request<RegionSettings>('/api/v1/region-settings'),
  saveSettings: (input: RegionSettingsInput) => request<RegionSettings>('/api/v1/region-settings', { method: 'PUT', body: input }),
};

export const label = (list: readonly { key: string; label: string }[], key: string) => list.find((item) => item.key === key)?.label ?? key;
