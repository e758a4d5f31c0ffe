import { z } from 'zod';
import type { ReportModel, ReportQuery } from '../../../../src/report/report.contract';
import { query, request } from '../../http/client';

export type { ReportModel };

export const REPORT_PATH = '/raadsrapportage';

/** The chosen period (CONTRACT of `GET /api/v1/report`: `from`, `to`). */
export type ReportPeriod = Required<ReportQuery>;

/** This calendar year, in the browser's local date (the municipality's day). */
export function defaultPeriod(today: Date): ReportPeriod {
  const year = today.getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period lives in the address (`?van=&tot=`), so a report can be bookmarked; a missing or
 * malformed date is this year's first or last day.
 */
export function reportFilterSchema(today: Date) {
  const fallback = defaultPeriod(today);
  return z.object({ van: z.string().regex(ISO_DATE).default(fallback.from), tot: z.string().regex(ISO_DATE).default(fallback.to) });
}
export type ReportFilters = z.output<ReturnType<typeof reportFilterSchema>>;

const periodQuery = (period: ReportPeriod) => query({ from: period.from, to: period.to });

export const reportKeys = {
  report: (period: ReportPeriod) => ['report', period.from, period.to] as const,
};

export const reportApi = {
  load: (period: ReportPeriod, signal?: AbortSignal) => request<ReportModel>(`/api/v1/report${periodQuery(period)}`, { signal }),
  pdfUrl: (period: ReportPeriod) => `/api/v1/report.pdf${periodQuery(period)}`,
  htmlUrl: (period: ReportPeriod) => `/api/v1/report.html${periodQuery(period)}`,
};
