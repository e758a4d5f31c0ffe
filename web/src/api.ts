import type { Role } from '../../src/auth/roles';
import type { Action } from '../../src/policy/policy';
import { ApiError, query, request, setCsrfToken } from './http/client';

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

export const api = {
  /** The logged-in user, or null when there is no session. */
  async me(): Promise<CurrentUser | null> {
    try {
      const result = await request<{ user: CurrentUser; csrfToken?: string }>('/api/v1/me', { expect401: true });
      setCsrfToken(result.csrfToken);
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
    setCsrfToken(result.csrfToken);
    return result.user;
  },

  async logout(): Promise<void> {
    await request<void>('/api/v1/auth/logout', { method: 'POST', expect401: true });
    setCsrfToken(null);
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
