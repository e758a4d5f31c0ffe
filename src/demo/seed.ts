import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { tenants } from '../tenants/tenants.schema.js';
import { createUser } from '../users/users.service.js';
import { recordAudit } from '../audit/audit.js';
import { seedDemoLibrary, seedTenantLibrary } from '../library/library.seed.js';
import { DEMO_PASSWORD, DEMO_TENANTS, DEMO_USERS } from './demo-data.js';
import { seedDemoPlans } from './demo-plans.js';
import { seedDemoWorkflow } from './demo-workflow.js';
import { seedDemoInspiration } from '../inspiration/inspiration.seed.js';
import { seedDemoPatterns } from '../patterns/patterns.seed.js';

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(tenants);
  return (row?.n ?? 0) === 0;
}

/** Seeds the demo municipalities into an empty database, in one transaction. */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(tenants).values([...DEMO_TENANTS]);
    for (const user of DEMO_USERS) {
      await createUser(tx, { ...user, password: DEMO_PASSWORD });
    }
    for (const tenant of DEMO_TENANTS) {
      await seedTenantLibrary(tx, tenant.tenantId);
      await recordAudit(tx, { tenantId: tenant.tenantId, actor: null, action: 'demo.seed', entityType: 'tenant', entityId: tenant.tenantId });
    }
    await seedDemoLibrary(tx, 'demo');
    await seedDemoPlans(tx, now);
    await seedDemoWorkflow(tx, now);
    await seedDemoInspiration(tx);
    await seedDemoPatterns(tx, 'demo');
  });
}
