import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.schema.js';
import { tenants } from '../tenants/tenants.schema.js';
import { createTestApp } from '../test/app.js';
import { legalBases, priceItems } from './library.schema.js';
import { LEGAL_BASES_FILE, PRICE_LIST_FILE } from './library.reference.js';
import { ensureTenantLibraries, seedTenantLibrary } from './library.seed.js';

const t = await createTestApp();
const db = t.ctx.db;

/** Data rows of a reference file, counted independently of the CSV parser (no cell holds a line break). */
const dataRows = (file: URL) =>
  fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '').length;

const count = async (tenantId: string) => ({
  priceItems: await db.$count(priceItems, eq(priceItems.tenantId, tenantId)),
  legalBases: await db.$count(legalBases, eq(legalBases.tenantId, tenantId)),
});

describe('seedTenantLibrary', () => {
  it('gives a new municipality all 32 national price items and 37 legal bases', async () => {
    expect(dataRows(PRICE_LIST_FILE)).toBe(32);
    expect(dataRows(LEGAL_BASES_FILE)).toBe(37);
    await db.insert(tenants).values({ tenantId: 'nieuwstad', name: 'Gemeente Nieuwstad', region: null });
    const result = await db.transaction((tx) => seedTenantLibrary(tx, 'nieuwstad'));
    expect(result).toEqual({ priceItems: 32, legalBases: 37 });
    expect(await count('nieuwstad')).toEqual({ priceItems: 32, legalBases: 37 });
    const rows = await db.select().from(priceItems).where(eq(priceItems.tenantId, 'nieuwstad'));
    expect(rows.every((row) => row.origin === 'national' && row.active)).toBe(true);
    expect(rows.find((row) => row.code === 'PL-005')?.unitPriceCents).toBe(159_720);
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, 'nieuwstad'), eq(auditEvents.action, 'library.seed')));
    expect(audit?.detail).toEqual({ priceItems: 32, legalBases: 37 });
  });

  it('is idempotent and leaves local changes alone', async () => {
    await db.update(priceItems).set({ unitPriceCents: 1, origin: 'local' }).where(and(eq(priceItems.tenantId, 'nieuwstad'), eq(priceItems.code, 'PL-001')));
    await db.update(legalBases).set({ active: false }).where(and(eq(legalBases.tenantId, 'nieuwstad'), eq(legalBases.code, 'LB-PW-9')));
    expect(await seedTenantLibrary(db, 'nieuwstad')).toEqual({ priceItems: 0, legalBases: 0 });
    expect(await count('nieuwstad')).toEqual({ priceItems: 32, legalBases: 37 });
    const [pl001] = await db.select().from(priceItems).where(and(eq(priceItems.tenantId, 'nieuwstad'), eq(priceItems.code, 'PL-001')));
    expect(pl001).toMatchObject({ unitPriceCents: 1, origin: 'local' });
    const [pw9] = await db.select().from(legalBases).where(and(eq(legalBases.tenantId, 'nieuwstad'), eq(legalBases.code, 'LB-PW-9')));
    expect(pw9?.active).toBe(false);
  });
});

describe('ensureTenantLibraries', () => {
  it('seeds only the municipalities that have no price list yet (databases from before the library)', async () => {
    await db.insert(tenants).values({ tenantId: 'oudstad', name: 'Gemeente Oudstad', region: null });
    expect(await ensureTenantLibraries(db)).toEqual(['oudstad']);
    expect(await count('oudstad')).toEqual({ priceItems: 32, legalBases: 37 });
    expect(await ensureTenantLibraries(db)).toEqual([]);
  });

  it('the demo municipalities were seeded with the demo data', async () => {
    expect(await count('demo')).toEqual({ priceItems: 32, legalBases: 37 + 2 });
    expect(await count('demo2')).toEqual({ priceItems: 32, legalBases: 37 });
  });
});
