import { abilities } from '../policy/policy.js';
import type { CurrentUser } from '../http/request-user.js';
import type { CurrentUserOut, TokenOut } from './auth.contract.js';
import type { ApiTokenRow } from './auth.service.js';

export function presentCurrentUser(user: CurrentUser): CurrentUserOut {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: [...user.roles],
    tenant: user.tenant,
    abilities: abilities(user),
  };
}

/** A token without its secret (only the hash is stored anyway). */
export function presentToken(row: ApiTokenRow): TokenOut {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
