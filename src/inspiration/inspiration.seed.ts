import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { tenants } from '../tenants/tenants.schema.js';
import { inspirationSolutions } from './inspiration.schema.js';
import { SEED_SOLUTIONS } from './inspiration.seed-data.js';

export const DEMO_REGION = 'Regio Demodam';

/** The seeds' solutions, published by the demo municipality in its region's library. */
export async function seedDemoInspiration(db: Db, tenantId = 'demo'): Promise<void> {
  const [tenant] = await db.select({ region: tenants.region }).from(tenants).where(eq(tenants.tenantId, tenantId));
  const region = tenant?.region ?? DEMO_REGION;
  await db
    .insert(inspirationSolutions)
    .values(SEED_SOLUTIONS.map((solution) => ({ ...solution, tenantId, region, status: 'published', source: 'seed' })))
    .onConflictDoNothing();
}
