import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { serviceCostSql } from '../services/cost.sql.js';
import { monthSql } from './grip.sql.js';
import { signalsInsertSql } from './signals.queries.js';

/**
 * What grip derives from a tenant's records, rebuilt at the end of every import (the only way
 * records change) in one transaction: the message-chain signals and the actuals (declared and
 * realised amounts summed per pillar, category, provider, period and arrival month). Reads then
 * page and sum tens of thousands of rows instead of scanning a million declaration lines.
 */
export async function rebuildDerived(db: Db, tenantId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from grip_signals where tenant_id = ${tenantId}`);
    await tx.execute(signalsInsertSql(tenantId));
    await tx.execute(sql`delete from grip_actuals where tenant_id = ${tenantId}`);
    await tx.execute(sql`insert into grip_actuals (tenant_id, source, pillar, product_category, provider, period_start, period_end, declared_on, amount_cents, lines)
      select ${tenantId}, 'declaration', pillar, product_category, provider, period_start, period_end, declared_on, sum(amount_cents), count(*)
      from declaration_lines where tenant_id = ${tenantId}
      group by pillar, product_category, provider, period_start, period_end, declared_on`);
    await tx.execute(sql`insert into grip_actuals (tenant_id, source, pillar, product_category, provider, period_start, period_end, declared_on, amount_cents, lines)
      select ${tenantId}, 'realisation', s.pillar, s.product_category, s.provider, r.period_start, r.period_end, r.period_end, sum(r.amount_cents), count(*)
      from realisations r join services s on s.tenant_id = r.tenant_id and s.service_id = r.service_id
      where r.tenant_id = ${tenantId}
      group by s.pillar, s.product_category, s.provider, r.period_start, r.period_end`);
    await tx.execute(sql`delete from grip_delays where tenant_id = ${tenantId}`);
    await tx.execute(sql`insert into grip_delays (tenant_id, pillar, period_month, declared_on, amount_cents)
      select ${tenantId}, pillar, ${monthSql(sql`period_start`)}, declared_on, sum(amount_cents)
      from grip_actuals where tenant_id = ${tenantId} and source = 'declaration'
      group by pillar, ${monthSql(sql`period_start`)}, declared_on`);
    await tx.execute(sql`delete from grip_starts where tenant_id = ${tenantId}`);
    await tx.execute(sql`insert into grip_starts (tenant_id, pillar, product_category, start_date, annual_cents, services)
      select ${tenantId}, pillar, product_category, start_date, sum(${serviceCostSql(sql`s.start_date`, sql`(s.start_date + 364)`)}), count(*)
      from services s where tenant_id = ${tenantId}
      group by pillar, product_category, start_date`);
  });
}

/** At start: tenants with records but nothing derived yet (an upgrade, a restore) get it. */
export async function rebuildMissingDerived(db: Db): Promise<void> {
  const found = (await db.execute(sql`select t.tenant_id from tenants t
    where exists (select 1 from services s where s.tenant_id = t.tenant_id)
      and not exists (select 1 from grip_signals g where g.tenant_id = t.tenant_id)
      and not exists (select 1 from grip_actuals a where a.tenant_id = t.tenant_id)`)) as unknown as { rows: { tenant_id: string }[] };
  for (const row of found.rows) await rebuildDerived(db, row.tenant_id);
}
