import type { AuditQuery } from '../../api';

export const PAGE_SIZE = 25;

/** The filters live in the address (Dutch parameter names), so a filtered view can be bookmarked. */
export interface AuditFilters {
  from: string;
  to: string;
  action: string;
  entityType: string;
  page: number;
}

const PARAMS = { from: 'van', to: 'tot', action: 'actie', entityType: 'soort', page: 'pagina' } as const;

const isoDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');

export function readFilters(search: URLSearchParams): AuditFilters {
  const page = Number.parseInt(search.get(PARAMS.page) ?? '1', 10);
  return {
    from: isoDate(search.get(PARAMS.from)),
    to: isoDate(search.get(PARAMS.to)),
    action: search.get(PARAMS.action) ?? '',
    entityType: search.get(PARAMS.entityType) ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function filtersHref(path: string, filters: AuditFilters): string {
  const search = new URLSearchParams();
  if (filters.from) search.set(PARAMS.from, filters.from);
  if (filters.to) search.set(PARAMS.to, filters.to);
  if (filters.action) search.set(PARAMS.action, filters.action);
  if (filters.entityType) search.set(PARAMS.entityType, filters.entityType);
  if (filters.page > 1) search.set(PARAMS.page, String(filters.page));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export function toQuery(filters: AuditFilters): AuditQuery {
  return {
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  };
}
