import type { z } from 'zod';
import type {
  changePasswordBody,
  createdTokenOut,
  currentUserOut,
  loginOut,
  meOut,
  sessionOut,
  tokenListOut,
  tokenOut,
} from '../../src/auth/auth.contract';
import type { DemoAccounts } from '../../src/auth/auth.contract';
import type { auditEventOut, auditListOut, auditQuery } from '../../src/audit/audit.contract';
import type { createdUserOut, createUserBody, updatedUserOut, updateUserBody, userListOut, userOut } from '../../src/users/users.contract';
import { ApiError, query, request, setCsrfToken } from './http/client';

/** The types of the account, user and audit screens: what the server's contracts say, nothing retyped. */
export type CurrentUser = z.infer<typeof currentUserOut>;
export type ApiToken = z.infer<typeof tokenOut>;
export type CreatedToken = z.infer<typeof createdTokenOut>;
export type User = z.infer<typeof userOut>;
export type NewUser = z.input<typeof createUserBody>;
export type UserChanges = z.input<typeof updateUserBody>;
export type AuditEvent = z.infer<typeof auditEventOut>;
export type AuditQuery = z.output<typeof auditQuery>;
export type PasswordChange = z.input<typeof changePasswordBody>;
export type { DemoAccounts };

export const api = {
  /**
   * At start-up: who is logged in (user null when nobody) and whether this is demo mode. A 200
   * either way, so an anonymous visitor's console shows no failed request (`/me` would say 401).
   */
  async session(): Promise<{ user: CurrentUser | null; demo: boolean }> {
    const result = await request<z.infer<typeof sessionOut>>('/api/v1/auth/session');
    setCsrfToken(result.csrfToken);
    return { user: result.user, demo: result.demo };
  },

  /** Only in demo mode (the server answers 404 otherwise): the demo accounts for the login page. */
  demoAccounts: () => request<DemoAccounts>('/api/v1/auth/demo-accounts'),

  /** The logged-in user, or null when there is no session. */
  async me(): Promise<CurrentUser | null> {
    try {
      const result = await request<z.infer<typeof meOut>>('/api/v1/me', { expect401: true });
      setCsrfToken(result.csrfToken);
      return result.user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },

  async login(email: string, password: string): Promise<CurrentUser> {
    const result = await request<z.infer<typeof loginOut>>('/api/v1/auth/login', {
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

  changePassword: (change: PasswordChange) => request<void>('/api/v1/me/password', { method: 'POST', body: change }),

  tokens: {
    list: () => request<z.infer<typeof tokenListOut>>('/api/v1/tokens'),
    create: (name: string) => request<CreatedToken>('/api/v1/tokens', { method: 'POST', body: { name } }),
    revoke: (id: string) => request<ApiToken>(`/api/v1/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  },

  users: {
    list: () => request<z.infer<typeof userListOut>>('/api/v1/users'),
    create: (user: NewUser) => request<z.infer<typeof createdUserOut>>('/api/v1/users', { method: 'POST', body: user }),
    update: (id: string, changes: UserChanges) =>
      request<z.infer<typeof updatedUserOut>>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes }),
  },

  audit: {
    list: (q: AuditQuery) => request<z.infer<typeof auditListOut>>(`/api/v1/audit${query({ ...q })}`),
  },
};

/** Query keys of these screens, `['<capability>', …]`. */
export const queryKeys = {
  tokens: ['auth', 'tokens'] as const,
  users: ['users'] as const,
  audit: (q: AuditQuery) => ['audit', q] as const,
};
