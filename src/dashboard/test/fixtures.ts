import { eq } from 'drizzle-orm';
import { tenants } from '../../tenants/tenants.schema.js';
import { createUser } from '../../users/users.service.js';
import type { Role } from '../../auth/roles.js';
import type { TestApp } from '../../test/app.js';
import { DEMO_PASSWORD } from '../../demo/demo-data.js';

/** A fresh municipality with one user per role, so its dashboard holds only the test's plans. */
export async function addTenant(t: TestApp, tenantId: string, options: { region?: string; regionOptIn?: boolean } = {}) {
  const [existing] = await t.ctx.db.select().from(tenants).where(eq(tenants.tenantId, tenantId));
  if (!existing) {
    await t.ctx.db.insert(tenants).values({ tenantId, name: `Gemeente ${tenantId}`, region: options.region ?? null, regionOptIn: options.regionOptIn ?? false });
    const roles: Role[] = ['maatwerker', 'beleid', 'beheerder', 'consulent'];
    for (const role of roles) {
      await createUser(t.ctx.db, { tenantId, email: `${role}@${tenantId}.example`, name: `${role} ${tenantId}`, roles: [role], password: DEMO_PASSWORD });
    }
  }
  return {
    maatwerker: await t.login(`maatwerker@${tenantId}.example`),
    beleid: await t.login(`beleid@${tenantId}.example`),
    beheer: await t.login(`beheerder@${tenantId}.example`),
    consulent: await t.login(`consulent@${tenantId}.example`),
  };
}
