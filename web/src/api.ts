import type { Role } from '../../src/auth/roles';
import type { Action } from '../../src/policy/policy';

export interface FieldError {
  path: string;
  message: string;
}

/** An application/problem+json answer (or a network failure, status 0) as one typed error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail || title);
    this.name = 'ApiError';
  }

  /** The message for one field, e.g. `email` or `roles`. */
  fieldError(path: string): string | undefined {
    return this.errors.find((error) => error.path === path || error.path.startsWith(`${path}.`))?.message;
  }
}

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  tenant: { id: string; name: string; region: string | null };
  abilities: Action[];
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface User {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AuditEvent {
  id: number;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
}

export interface AuditQuery {
  from?: string;
  to?: string;
  action?: string;
  entityType?: string;
  limit: number;
  offset: number;
}

export interface NewUser {
  email: string;
  name: string;
  roles: Role[];
  password?: string;
}

export type UserChanges = Partial<Pick<User, 'email' | 'name' | 'roles' | 'active'>> & { password?: string };

interface Options {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A 401 here is an answer (wrong password, not logged in yet), not an expired session. */
  expect401?: boolean;
}

let csrfToken: string | undefined;
let onUnauthorized: () => void = () => {};

/** Called when the session has ended under our feet: the app sends the user to the login page. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** For feature modules with their own endpoints (e.g. `pages/library/libraryApi.ts`). */
export async function request<T>(url: string, { method = 'GET', body, expect401 = false }: Options = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'Geen verbinding', 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const error = toApiError(response.status, payload);
  if (response.status === 401 && !expect401) {
    csrfToken = undefined;
    onUnauthorized();
  }
  throw error;
}

function toApiError(status: number, payload: unknown): ApiError {
  const problem = (payload ?? {}) as { title?: unknown; detail?: unknown; errors?: unknown };
  const title = typeof problem.title === 'string' ? problem.title : 'Er ging iets mis.';
  const detail = typeof problem.detail === 'string' ? problem.detail : title;
  const errors = Array.isArray(problem.errors)
    ? problem.errors.filter(
        (error): error is FieldError => typeof error?.path === 'string' && typeof error?.message === 'string',
      )
    : [];
  return new ApiError(status, title, detail, errors);
}

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  /** The logged-in user, or null when there is no session. */
  async me(): Promise<CurrentUser | null> {
    try {
      const result = await request<{ user: CurrentUser; csrfToken?: string }>('/api/v1/me', { expect401: true });
      csrfToken = result.csrfToken;
      return result.user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },

  async login(email: string, password: string): Promise<CurrentUser> {
    const result = await request<{ user: CurrentUser; csrfToken: string }>('/api/v1/auth/login', {
      method: 'POST',
      body: { email, password },
      expect401: true,
    });
    csrfToken = result.csrfToken;
    return result.user;
  },

  async logout(): Promise<void> {
    await request<void>('/api/v1/auth/logout', { method: 'POST', expect401: true });
    csrfToken = undefined;
  },

  tokens: {
    list: () => request<{ items: ApiToken[]; total: number }>('/api/v1/tokens'),
    create: (name: string) => request<ApiToken & { token: string }>('/api/v1/tokens', { method: 'POST', body: { name } }),
    revoke: (id: string) => request<ApiToken>(`/api/v1/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  },

  users: {
    list: () => request<{ items: User[]; total: number }>('/api/v1/users'),
    create: (user: NewUser) =>
      request<{ user: User; initialPassword?: string }>('/api/v1/users', { method: 'POST', body: user }),
    update: (id: string, changes: UserChanges) =>
      request<{ user: User }>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes }),
  },

  audit: {
    list: (q: AuditQuery) => request<{ items: AuditEvent[]; total: number }>(`/api/v1/audit${query({ ...q })}`),
  },
};
