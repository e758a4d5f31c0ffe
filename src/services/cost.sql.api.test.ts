import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { addDays, serviceCost, type CostedService } from './domain/cost.js';
import { serviceCostSql } from './cost.sql.js';
import { services } from './services.schema.js';

/** The SQL formula and the TypeScript formula are one formula: equal on random services and periods. */
const t = await createTestApp();

const service = fc.record({
  start: fc.integer({ min: 0, max: 900 }),
  length: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
  kind: fc.constantFrom('1', '2', '4', '6', 'budget'),
  unit: fc.constantFrom('01', '04', '14', '16', '82', '83', '84'),
  volume: fc.integer({ min: 0, max: 400 }),
  price: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: null }),
  amount: fc.integer({ min: 0, max: 5_000_000 }),
});

describe('cost formula in SQL', () => {
  it('equals serviceCost() for random services and periods', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(service, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 500 }), async (drawn, fromOffset, span) => {
        const from = addDays('2024-01-01', fromOffset);
        const to = addDays(from, span);
        const rows = drawn.map((d, i) => {
          const startDate = addDays('2024-01-01', d.start);
          const endDate = d.length === null ? null : addDays(startDate, d.length);
          const budget = d.kind === 'budget';
          return {
            tenantId: 'cost-test', serviceId: `S${i}`, clientKey: 'k', pillar: 'wmo', productCategory: '01', provider: '', source: 'test',
            assignmentStart: startDate, assignmentEnd: endDate, startDate, endDate,
            unit: budget ? null : d.unit, frequency: budget ? null : d.kind, volume: budget ? null : d.volume,
            unitPriceCents: budget ? null : d.price, amountCents: budget ? d.amount : null,
          };
        });
        await t.database.db.delete(services).where(sql`tenant_id = 'cost-test'`);
        await t.database.db.insert(services).values(rows);
        const result = (await t.database.db.execute(
          sql`select s.service_id, ${serviceCostSql(sql`${from}::date`, sql`${to}::date`, 's', sql.raw('s.unit_price_cents'))}::text as cost from services s where s.tenant_id = 'cost-test'`,
        )) as unknown as { rows: { service_id: string; cost: string }[] };
        const bySql = Object.fromEntries(result.rows.map((row) => [row.service_id, Number(row.cost)]));
        for (const row of rows) {
          const expected = serviceCost(row as CostedService, from, to);
          expect(bySql[row.serviceId], JSON.stringify({ row, from, to })).toBe(expected);
        }
      }),
      { numRuns: 40 },
    );
  });
});
