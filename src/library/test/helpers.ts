import type { Role } from '../../auth/roles.js';
import { tenants } from '../../tenants/tenants.schema.js';
import type { Session, TestApp } from '../../test/app.js';
import { createUser } from '../../users/users.service.js';
import { seedTenantLibrary } from '../library.seed.js';

const PASSWORD = 'doorbraak-demo';

/** The demo has no beheerder in Proefwijk (demo2); tenant-isolation tests need one. */
export async function addProefwijkBeheerder(t: TestApp) {
  const email = 'beheer@proefwijk.example';
  await createUser(t.ctx.db, { tenantId: 'demo2', email, name: 'Bea Beheer', roles: ['beheerder'], password: PASSWORD });
  return t.login(email);
}

/**
 * A municipality with the national library and no plans at all (the demo ones have demo plans,
 * whose legal bases count as usage): for exact suggestion scores. One user per given role.
 */
export async function addCleanTenant<R extends Role>(t: TestApp, tenantId: string, roles: readonly R[]): Promise<Record<R, Session>> {
  await t.ctx.db.transaction(async (tx) => {
    await tx.insert(tenants).values({ tenantId, name: `Gemeente ${tenantId}`, region: null });
    await seedTenantLibrary(tx, tenantId);
    for (const role of roles) {
      await createUser(tx, { tenantId, email: `${role}@${tenantId}.example`, name: `${role} ${tenantId}`, roles: [role], password: PASSWORD });
    }
  });
  const sessions = {} as Record<R, Session>;
  for (const role of roles) sessions[role] = await t.login(`${role}@${tenantId}.example`);
  return sessions;
}

/** The emails of the demo users of Demodam, one per role. */
export const DEMODAM = {
  maatwerker: 'maatwerker@demodam.example',
  consulent: 'consulent@demodam.example',
  voorzitter: 'voorzitter@demodam.example',
  budgetbeheerder: 'budget@demodam.example',
  beleid: 'beleid@demodam.example',
  beheerder: 'beheer@demodam.example',
} as const;
