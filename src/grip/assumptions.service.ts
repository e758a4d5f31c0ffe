import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Pillar } from '../imports/domain/records.js';
import { basisPointsToPercent, percentToBasisPoints, withDefaults, type GrowthAssumption } from './domain/assumptions.js';
import type { AssumptionsBody, GripAssumptions } from './grip.contract.js';
import { gripAssumptions } from './grip.schema.js';

export async function loadAssumptionRows(db: Db, tenantId: string) {
  return db.select().from(gripAssumptions).where(eq(gripAssumptions.tenantId, tenantId));
}

export async function loadAssumptions(db: Db, tenantId: string): Promise<GrowthAssumption[]> {
  const stored = await loadAssumptionRows(db, tenantId);
  return withDefaults(stored.map((row) => ({ pillar: row.pillar as Pillar, positiveBasisPoints: row.positiveBasisPoints, negativeBasisPoints: row.negativeBasisPoints })));
}

export async function presentAssumptions(db: Db, tenantId: string): Promise<GripAssumptions> {
  const stored = await loadAssumptionRows(db, tenantId);
  const latest = stored.reduce<(typeof stored)[number] | undefined>((best, row) => (!best || row.updatedAt > best.updatedAt ? row : best), undefined);
  const merged = withDefaults(stored.map((row) => ({ pillar: row.pillar as Pillar, positiveBasisPoints: row.positiveBasisPoints, negativeBasisPoints: row.negativeBasisPoints })));
  return {
    pillars: merged.map((row) => ({ pillar: row.pillar, positivePercent: basisPointsToPercent(row.positiveBasisPoints), negativePercent: basisPointsToPercent(row.negativeBasisPoints) })),
    updatedAt: latest ? latest.updatedAt.toISOString() : null,
    updatedBy: latest?.updatedBy ?? null,
  };
}

export async function saveAssumptions(tx: Db, tenantId: string, userName: string, body: AssumptionsBody): Promise<void> {
  for (const row of body.pillars) {
    const values = { positiveBasisPoints: percentToBasisPoints(row.positivePercent), negativeBasisPoints: percentToBasisPoints(row.negativePercent), updatedBy: userName, updatedAt: new Date() };
    const updated = await tx.update(gripAssumptions).set(values).where(and(eq(gripAssumptions.tenantId, tenantId), eq(gripAssumptions.pillar, row.pillar))).returning({ pillar: gripAssumptions.pillar });
    if (updated.length === 0) await tx.insert(gripAssumptions).values({ tenantId, pillar: row.pillar, ...values });
  }
}
