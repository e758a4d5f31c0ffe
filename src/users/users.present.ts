import type { Role } from '../auth/roles.js';
import type { UserOut } from './users.contract.js';
import type { UserRow } from './users.service.js';

export function presentUser(row: UserRow): UserOut {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    // Stored as text[]; only roles of ROLE_KEYS are ever written (the contract validates them).
    roles: row.roles as Role[],
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
