import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo/demo-data.js';
import { tenants } from '../tenants/tenants.schema.js';
import { users } from '../users/users.schema.js';
import type { DemoAccounts } from './auth.contract.js';
import type { Role } from './roles.js';

/**
 * The demo accounts that really exist and may log in: a beheerder may have deactivated one, or
 * changed its roles. Only the login page in demo mode asks (the route refuses otherwise).
 */
export async function listDemoAccounts(db: Db): Promise<DemoAccounts> {
  const rows = await db
    .select({ email: users.email, name: users.name, roles: users.roles, tenantId: users.tenantId, tenantName: tenants.name })
    .from(users)
    .innerJoin(tenants, eq(tenants.tenantId, users.tenantId))
    .where(and(inArray(users.email, DEMO_USERS.map((user) => user.email)), eq(users.active, true)))
    .orderBy(asc(users.tenantId), asc(users.email));
  const order = new Map(DEMO_USERS.map((user, index) => [user.email, index]));
  rows.sort((a, b) => (order.get(a.email) ?? 0) - (order.get(b.email) ?? 0));
  return {
    password: DEMO_PASSWORD,
    items: rows.map((row) => ({ email: row.email, name: row.name, roles: row.roles as Role[], tenant: { id: row.tenantId, name: row.tenantName } })),
  };
}
