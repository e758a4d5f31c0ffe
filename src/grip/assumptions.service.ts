import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Pillar } from '../imports/domain/records.js';
import { basisPointsToPercent, percentToBasisPoints, withDefaults, type GrowthAssumption } from './domain/assumptions.js';
import type { AssumptionsBody, GripAssumptions } from './grip.contract.js';
import { gripAssumptions } from './grip.schema.js';

export async function loadAssumptionRows(db: Db, tenantId: string) {
  return db.select().from(gripAssumptions).where(eq(gripAssumptions.tenantId, tenantId));
}

const merged = (stored: Awaited<ReturnType<typeof loadAssumptionRows>>): GrowthAssumption[] =>
  withDefaults(stored.map((row) => ({ pillar: row.pillar as Pillar, positiveBasisPoints: row.positiveBasisPoints, negativeBasisPoints: row.negativeBasisPoints })));

export async function loadAssumptions(db: Db, tenantId: string): Promise<GrowthAssumption[]> {
  return merged(await loadAssumptionRows(db, tenantId));
}

export async function presentAssumptions(db: Db, tenantId: string): Promise<GripAssumptions> {
  const stored = await loadAssumptionRows(db, tenantId);
  const latest = stored.reduce<(typeof stored)[number] | undefined>((best, row) => (!best || row.updatedAt > best.updatedAt ? row : best), undefined);
  return {
    pillars: merged(stored).map((row) => ({ pillar: row.pillar, positivePercent: basisPointsToPercent(row.positiveBasisPoints), negativePercent: basisPointsToPercent(row.negativeBasisPoints) })),
    updatedAt: latest ? latest.updatedAt.toISOString() : null,
    updatedBy: latest?.updatedBy ?? null,
  };
}

export async function saveAssumptions(tx: Db, tenantId: string, userName: string, body: AssumptionsBody): Promise<void> {
  for (const row of body.pillars) {
    const values = { positiveBasisPoints: percentToBasisPoints(row.positivePercent), negativeBasisPoints: percentToBasisPoints(row.negativePercent), updatedBy: userName, updatedAt: new Date() };
    await tx
      .insert(gripAssumptions)
      .values({ tenantId, pillar: row.pillar, ...values })
      .onConflictDoUpdate({ target: [gripAssumptions.tenantId, gripAssumptions.pillar], set: values });
  }
}
