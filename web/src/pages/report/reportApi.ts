import type { ReportModel } from '../../../../src/report/domain/report-model';
import { query, request } from '../../http/client';

export type { ReportModel };

export const REPORT_PATH = '/raadsrapportage';

/** The chosen period; it lives in the address (`?van=&tot=`), so a report can be bookmarked. */
export interface ReportPeriod {
  from: string;
  to: string;
}

const isoDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');

/** This calendar year, in the browser's local date (the municipality's day). */
export function defaultPeriod(today: Date): ReportPeriod {
  const year = today.getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function readPeriod(search: URLSearchParams, today: Date): ReportPeriod {
  const fallback = defaultPeriod(today);
  return { from: isoDate(search.get('van')) || fallback.from, to: isoDate(search.get('tot')) || fallback.to };
}

export function periodHref(period: ReportPeriod): string {
  return `${REPORT_PATH}?${new URLSearchParams({ van: period.from, tot: period.to }).toString()}`;
}

const periodQuery = (period: ReportPeriod) => query({ from: period.from, to: period.to });

export const reportApi = {
  load: (period: ReportPeriod) => request<ReportModel>(`/api/v1/report${periodQuery(period)}`),
  pdfUrl: (period: ReportPeriod) => `/api/v1/report.pdf${periodQuery(period)}`,
  htmlUrl: (period: ReportPeriod) => `/api/v1/report.html${periodQuery(period)}`,
};
