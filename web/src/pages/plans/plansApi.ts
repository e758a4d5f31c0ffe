import type { LegalSuggestions } from '../../../../src/library/legal-bases.contract';
import type { PriceList } from '../../../../src/library/price-list.contract';
import type { NextCaseNumber } from '../../../../src/plans/case-number.contract';
import type { Plan, PlanDocument, PlanList, PlanListParams } from '../../../../src/plans/plans.contract';
import { query, request } from '../../http/client';

/**
 * The plans part of the API, through the app's one HTTP client (CSRF, 401 → login, a 409 as
 * `ConflictError` with the sent `document` and the `current` plan). Types are the contract's.
 */

const planUrl = (id: string) => `/api/v1/plans/${encodeURIComponent(id)}`;

/** A save that fails for lack of a connection keeps the text on this computer (useAutosave). */
const OFFLINE = 'De server is niet bereikbaar. Uw wijzigingen staan nog op deze computer.';

export const plansApi = {
  list: (params: Pick<PlanListParams, 'q' | 'status' | 'limit'>, signal?: AbortSignal) => request<PlanList>(`/api/v1/plans${query(params)}`, signal ? { signal } : {}),
  get: (id: string, signal?: AbortSignal) => request<Plan>(planUrl(id), signal ? { signal } : {}),
  /** The suggested case number for a new plan (this year's highest in the municipality plus one). */
  nextCaseNumber: () => request<NextCaseNumber>('/api/v1/plans/next-case-number'),
  create: (document: Pick<PlanDocument, 'caseNumber' | 'clientNumber'>) => request<Plan>('/api/v1/plans', { method: 'POST', body: document }),
  save: (id: string, document: PlanDocument, version: number, options: { keepalive?: boolean } = {}) =>
    request<Plan>(planUrl(id), { method: 'PUT', body: { ...document, version }, offlineMessage: OFFLINE, ...options }),
  legalSuggestions: (id: string) => request<LegalSuggestions>(`${planUrl(id)}/legal-suggestions?limit=8`),
  searchPrices: (q: string, signal?: AbortSignal) => request<PriceList>(`/api/v1/price-list${query({ q, limit: 8 })}`, signal ? { signal } : {}),
  pdfUrl: (id: string) => `${planUrl(id)}/canvas.pdf`,
};

/** Query keys of the plans capability, for the query cache. */
export const planKeys = {
  lists: ['plans', 'list'] as const,
  list: (filters: Pick<PlanListParams, 'q' | 'status' | 'limit'>) => ['plans', 'list', filters] as const,
  plan: (id: string) => ['plans', 'plan', id] as const,
  nextCaseNumber: ['plans', 'next-case-number'] as const,
};
