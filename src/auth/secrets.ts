import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Session cookies and API tokens carry their municipality in clear (`<tenant>.<secret>`), so the
 * lookup is tenant-scoped like every other query. Only a SHA-256 of the secret part is stored.
 */
const TENANT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function hmac(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function isTenantId(value: string): boolean {
  return TENANT_ID.test(value);
}

export interface ScopedSecret {
  tenantId: string;
  secret: string;
}

const SESSION_PREFIX = '';
const TOKEN_PREFIX = 'dbk.';

export const formatSessionCookie = (s: ScopedSecret) => `${SESSION_PREFIX}${s.tenantId}.${s.secret}`;
export const formatApiToken = (s: ScopedSecret) => `${TOKEN_PREFIX}${s.tenantId}.${s.secret}`;

export function parseSessionCookie(value: string | undefined): ScopedSecret | null {
  return value ? parseScoped(value) : null;
}

export function parseApiToken(value: string | undefined): ScopedSecret | null {
  if (!value?.startsWith(TOKEN_PREFIX)) return null;
  return parseScoped(value.slice(TOKEN_PREFIX.length));
}

function parseScoped(value: string): ScopedSecret | null {
  const dot = value.indexOf('.');
  if (dot < 1) return null;
  const tenantId = value.slice(0, dot);
  const secret = value.slice(dot + 1);
  if (!isTenantId(tenantId) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return { tenantId, secret };
}
