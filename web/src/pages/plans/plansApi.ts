import { ApiError, type FieldError } from '../../http/client';
import type { LegalSuggestion, Plan, PlanDocument, PlanSummary, PriceItem } from './planTypes';

/**
 * The plans part of the API. `web/src/api.ts` keeps its request helper and CSRF token private and
 * drops the extra members of a problem (the 409 of a plan carries both documents), so the canvas
 * has this small client of its own, with the same Dutch errors as `ApiError`.
 */

/** A 409 on a save: `document` is what we sent, `current` the plan as it now stands. */
export class ConflictError extends ApiError {
  constructor(
    title: string,
    detail: string,
    readonly document: PlanDocument | undefined,
    readonly current: Plan | undefined,
  ) {
    super(409, title, detail);
    this.name = 'ConflictError';
  }
}

let csrfToken: Promise<string | undefined> | undefined;
let sessionEnded: () => void = () => {};

/** The app's reaction to an ended session (flash + login page), set by `usePlansSession`. */
export function setPlansSessionHandler(handler: () => void): void {
  sessionEnded = handler;
}

function readCsrfToken(): Promise<string | undefined> {
  csrfToken ??= fetch('/api/v1/me', { headers: { accept: 'application/json' }, credentials: 'same-origin' })
    .then((response): Promise<{ csrfToken?: string }> | { csrfToken?: string } => (response.ok ? response.json() : {}))
    .then((body) => body.csrfToken)
    .catch(() => undefined);
  return csrfToken;
}

interface Options {
  method?: 'GET' | 'POST' | 'PUT';
  body?: unknown;
  signal?: AbortSignal;
  /** For the save when the page is being left: the browser finishes the request after unload. */
  keepalive?: boolean;
}

async function request<T>(url: string, options: Options = {}, retried = false): Promise<T> {
  const { method = 'GET', body, signal, keepalive } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = await readCsrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
      ...(keepalive ? { keepalive } : {}),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Geen verbinding', 'De server is niet bereikbaar. Uw wijzigingen staan nog op deze computer.');
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const problem = (payload ?? {}) as Record<string, unknown>;
  // After a new login in this tab the session has a new CSRF token: fetch it once and try again.
  if (response.status === 403 && problem.type === 'urn:doorbraak:probleem:csrf' && !retried) {
    csrfToken = undefined;
    return request<T>(url, options, true);
  }
  if (response.status === 401) {
    csrfToken = undefined;
    sessionEnded();
  }
  throw toError(response.status, problem);
}

function toError(status: number, problem: Record<string, unknown>): ApiError {
  const title = typeof problem.title === 'string' ? problem.title : 'Er ging iets mis.';
  const detail = typeof problem.detail === 'string' ? problem.detail : title;
  if (status === 409) {
    return new ConflictError(title, detail, problem.document as PlanDocument | undefined, problem.current as Plan | undefined);
  }
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter((error): error is FieldError => typeof error?.path === 'string' && typeof error?.message === 'string')
    : [];
  return new ApiError(status, title, detail, errors);
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

const planUrl = (id: string) => `/api/v1/plans/${encodeURIComponent(id)}`;

export const plansApi = {
  list: (params: { q?: string; status?: string; limit?: number }) =>
    request<{ items: PlanSummary[]; total: number }>(`/api/v1/plans${query({ ...params })}`),
  get: (id: string) => request<Plan>(planUrl(id)),
  create: (document: Pick<PlanDocument, 'caseNumber' | 'clientNumber'>) => request<Plan>('/api/v1/plans', { method: 'POST', body: document }),
  save: (id: string, document: PlanDocument, version: number, options: { keepalive?: boolean } = {}) =>
    request<Plan>(planUrl(id), { method: 'PUT', body: { ...document, version }, ...options }),
  legalSuggestions: (id: string) => request<{ items: LegalSuggestion[]; total: number }>(`${planUrl(id)}/legal-suggestions?limit=8`),
  searchPrices: (q: string, signal?: AbortSignal) =>
    request<{ items: PriceItem[]; total: number }>(`/api/v1/price-list${query({ q, limit: 8 })}`, signal ? { signal } : {}),
  pdfUrl: (id: string) => `${planUrl(id)}/canvas.pdf`,
};
