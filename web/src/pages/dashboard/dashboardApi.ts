import type { DashboardAggregates, Dashboard } from '../../../../src/dashboard/domain/dashboard';
import { PLAN_STATUSES, type PlanStatus } from '../../../../src/plans/domain/statuses';
import { query, request } from '../../http/client';

export type { Dashboard, DashboardAggregates };

export const DASHBOARD_PATH = '/dashboard';
export const REGION_PATH = '/dashboard/regio';
export const DEFAULT_STATUSES: readonly PlanStatus[] = ['approved', 'in_progress', 'monitoring', 'closed'];

/** The filters live in the address (`?van=&tot=&status=`), so a view can be bookmarked and shared. */
export interface DashboardFilters {
  from: string;
  to: string;
  statuses: PlanStatus[];
}

const isoDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');
const STATUS_KEYS = PLAN_STATUSES.map((s) => s.key) as string[];

export function readFilters(search: URLSearchParams): DashboardFilters {
  const requested = (search.get('status') ?? '').split(',').filter((s) => STATUS_KEYS.includes(s)) as PlanStatus[];
  return {
    from: isoDate(search.get('van')),
    to: isoDate(search.get('tot')),
    statuses: requested.length > 0 ? PLAN_STATUSES.map((s) => s.key).filter((key) => requested.includes(key)) : [...DEFAULT_STATUSES],
  };
}

export function filtersHref(path: string, filters: DashboardFilters): string {
  const params = new URLSearchParams();
  if (filters.from) params.set('van', filters.from);
  if (filters.to) params.set('tot', filters.to);
  params.set('status', filters.statuses.join(','));
  return `${path}?${params.toString()}`;
}

const apiQuery = (f: DashboardFilters) => query({ from: f.from || undefined, to: f.to || undefined, status: f.statuses.join(',') });

export interface RegionView {
  region: string | null;
  regionOptIn: boolean;
  municipalities: { tenantId: string; name: string; dashboard: DashboardAggregates }[];
}

export const dashboardApi = {
  load: (filters: DashboardFilters) => request<Dashboard>(`/api/v1/dashboard${apiQuery(filters)}`),
  csvUrl: (filters: DashboardFilters) => `/api/v1/dashboard.csv${apiQuery(filters)}`,
  xlsxUrl: (filters: DashboardFilters) => `/api/v1/dashboard.xlsx${apiQuery(filters)}`,
  region: (filters: DashboardFilters) => request<RegionView>(`/api/v1/dashboard/region${apiQuery(filters)}`),
  settings: () => request<{ region: string | null; regionOptIn: boolean }>('/api/v1/region-settings'),
  saveSettings: (regionOptIn: boolean) => request<{ region: string | null; regionOptIn: boolean }>('/api/v1/region-settings', { method: 'PUT', body: { regionOptIn } }),
};

export const label = (list: readonly { key: string; label: string }[], key: string) => list.find((item) => item.key === key)?.label ?? key;
