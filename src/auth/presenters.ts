import { abilities } from '../policy/policy.js';
import type { CurrentUser } from '../http/request-user.js';

export function presentCurrentUser(user: CurrentUser) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: [...user.roles],
    tenant: user.tenant,
    abilities: abilities(user),
  };
}
