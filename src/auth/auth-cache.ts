import type { Auth } from '../http/request-user.js';

/**
 * Resolved sessions and API tokens, kept a few seconds so that a burst of requests does not repeat
 * the same three-table join (bench/: it cost most of an authenticated request). Every change that
 * affects authentication in this process (logout, revoke, password, roles, deactivation) forgets
 * the entries at once; with several server instances on one PostgreSQL, another instance may
 * honour such a change up to `ttlMs` later (docs/adr/0002).
 */
export class AuthCache {
  private readonly entries = new Map<string, { auth: Auth; until: number }>();

  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, nowMs: number): Auth | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= nowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.auth;
  }

  /** Caches until the TTL ends or the credential itself expires, whichever comes first. */
  set(key: string, auth: Auth, nowMs: number, expiresAtMs = Number.POSITIVE_INFINITY): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { auth, until: Math.min(nowMs + this.ttlMs, expiresAtMs) });
  }

  forgetUser(tenantId: string, userId: string): void {
    for (const [key, entry] of this.entries) {
      if (entry.auth.user.tenantId === tenantId && entry.auth.user.id === userId) this.entries.delete(key);
    }
  }
}
