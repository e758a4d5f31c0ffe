import type { FieldError } from '../../shared/errors.js';
import { PLAN_STATUS_KEYS, type PlanStatus } from '../../plans/domain/statuses.js';
import { DEFAULT_DASHBOARD_STATUSES, type DashboardFilter } from './dashboard.js';

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2100;
}

/** The query `from`, `to`, `status` as a filter, or the field errors (Dutch) to return as 422. */
export function parseDashboardFilter(query: { from?: string; to?: string; status?: string }): { filter: DashboardFilter; errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const key of ['from', 'to'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '' && !isIsoDate(value)) errors.push({ path: key, message: 'Geef een datum als JJJJ-MM-DD.' });
  }
  const from = query.from || undefined;
  const to = query.to || undefined;
  if (errors.length === 0 && from && to && from > to) errors.push({ path: 'to', message: 'De einddatum ligt voor de begindatum.' });
  let statuses: PlanStatus[] = [...DEFAULT_DASHBOARD_STATUSES];
  if (query.status !== undefined && query.status.trim() !== '') {
    const requested = [...new Set(query.status.split(',').map((s) => s.trim()).filter(Boolean))];
    const unknown = requested.filter((s) => !(PLAN_STATUS_KEYS as string[]).includes(s));
    if (unknown.length > 0) errors.push({ path: 'status', message: `Onbekende status ${unknown.join(', ')}. Kies uit: ${PLAN_STATUS_KEYS.join(', ')}.` });
    else statuses = PLAN_STATUS_KEYS.filter((key) => requested.includes(key));
  }
  return { filter: { ...(from ? { from } : {}), ...(to ? { to } : {}), statuses }, errors };
}
