import type { FieldError } from '../../../src/http/problem.contract';

export type { FieldError };

/**
 * The one HTTP client of the web app. Response types come from the server's contracts
 * (`src/<capability>/<capability>.contract.ts`, `z.infer`), never retyped here. It handles, in one
 * place: the CSRF token (and one retry after a CSRF 403, e.g. after a new login in another tab),
 * a 401 (session ended → the app's handler sends the user to the login page), a 409 (a
 * `ConflictError` carrying what the server returned: the sent text and the current record) and
 * network failures, all as Dutch `ApiError`s.
 */

/** An application/problem+json answer (or a network failure, status 0) as one typed error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** Other members of the problem document (e.g. a 409's `document` and `current`). */
    readonly problem: Record<string, unknown> = {},
  ) {
    super(detail || title);
    this.name = 'ApiError';
  }

  /** The message for one field, e.g. `email` or `roles`. */
  fieldError(path: string): string | undefined {
    return this.errors.find((error) => error.path === path || error.path.startsWith(`${path}.`))?.message;
  }
}

/** A 409 on a versioned save. `sent` and `current` are typed by the caller from its contract. */
export class ConflictError extends ApiError {
  constructor(title: string, detail: string, problem: Record<string, unknown>) {
    super(409, title, detail, [], problem);
    this.name = 'ConflictError';
  }

  /** A member of the 409 body, e.g. `conflict.member<PlanDocument>('document')`. */
  member<T>(name: string): T | undefined {
    return this.problem[name] as T | undefined;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON, or a raw body (a File or Blob for an upload) sent with its own content type. */
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal;
  /** For the save when the page is being left: the browser finishes the request after unload. */
  keepalive?: boolean;
  /** A 401 here is an answer (wrong password, not logged in yet), not an expired session. */
  expect401?: boolean;
  /** Dutch text for a network failure, when the page can say more (e.g. "uw wijzigingen staan nog hier"). */
  offlineMessage?: string;
}

let csrfToken: string | undefined;
let csrfRefresh: Promise<string | undefined> | undefined;
let onUnauthorized: () => void = () => {};

/** Called when the session has ended under our feet: the app sends the user to the login page. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** The session's CSRF token, from the login, `GET /auth/session` or `GET /me` answer (`null` on logout). */
export function setCsrfToken(token: string | undefined | null): void {
  csrfToken = token ?? undefined;
}

function refreshCsrfToken(): Promise<string | undefined> {
  // The session route answers 200 with or without a session: no failed request in the console.
  csrfRefresh ??= fetch('/api/v1/auth/session', { headers: { accept: 'application/json' }, credentials: 'same-origin' })
    .then((response): Promise<{ csrfToken?: string }> | { csrfToken?: string } => (response.ok ? response.json() : {}))
    .then((body) => {
      csrfToken = body.csrfToken;
      return csrfToken;
    })
    .catch(() => undefined)
    .finally(() => {
      csrfRefresh = undefined;
    });
  return csrfRefresh;
}

const isRaw = (body: unknown) => body instanceof Blob || body instanceof ArrayBuffer || typeof body === 'string';

export async function request<T>(url: string, options: RequestOptions = {}, retried = false): Promise<T> {
  const { method = 'GET', body, contentType, signal, keepalive, expect401 = false } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = contentType ?? (isRaw(body) ? 'application/octet-stream' : 'application/json');
  if (method !== 'GET') {
    const token = csrfToken ?? (await refreshCsrfToken());
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
      ...(body === undefined ? {} : { body: isRaw(body) ? (body as BodyInit) : JSON.stringify(body) }),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Geen verbinding', options.offlineMessage ?? 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const problem = (payload ?? {}) as Record<string, unknown>;
  if (response.status === 403 && problem.type === 'urn:doorbraak:probleem:csrf' && !retried) {
    csrfToken = undefined;
    await refreshCsrfToken();
    return request<T>(url, options, true);
  }
  if (response.status === 401 && !expect401) {
    csrfToken = undefined;
    onUnauthorized();
  }
  throw toApiError(response.status, problem);
}

/**
 * A file as the raw body of a POST (an import), with its own media type: the same CSRF token,
 * 401 handling and Dutch errors as every other request. A CSRF retry sends the file again.
 */
export function upload<T>(url: string, file: Blob, contentType: string, options: Pick<RequestOptions, 'signal'> = {}): Promise<T> {
  return request<T>(url, { ...options, method: 'POST', body: file, contentType });
}

export function toApiError(status: number, problem: Record<string, unknown>): ApiError {
  const title = typeof problem.title === 'string' ? problem.title : 'Er ging iets mis.';
  const detail = typeof problem.detail === 'string' ? problem.detail : title;
  if (status === 409) return new ConflictError(title, detail, problem);
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter((error): error is FieldError => typeof error?.path === 'string' && typeof error?.message === 'string')
    : [];
  return new ApiError(status, title, detail, errors, problem);
}

/** `?a=1&b=x` from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
