import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Pillar } from '../imports/domain/records.js';
import { addDays } from '../services/domain/cost.js';
import { invalid } from '../shared/errors.js';
import { splitVariance, type PeriodCategory, type PeriodTotals } from './domain/variance.js';
import { yearStart } from './domain/months.js';
import type { GripVariance } from './grip.contract.js';
import { num, pricedCost, pricedServices, rows } from './grip.sql.js';

export interface VarianceQuery {
  pillar?: Pillar | undefined;
  from?: string | undefined;
  to?: string | undefined;
  baseFrom?: string | undefined;
  baseTo?: string | undefined;
}

/** Defaults: this year up to today against the same days a year earlier. `from` after `to` is a 422. */
export function resolveVarianceQuery(q: VarianceQuery, today: string) {
  const to = q.to ?? today;
  const from = q.from ?? yearStart(Number(to.slice(0, 4)));
  const baseTo = q.baseTo ?? shiftYear(to, -1);
  const baseFrom = q.baseFrom ?? shiftYear(from, -1);
  const errors = [];
  if (from > to) errors.push({ path: 'from', message: 'Het begin van de periode ligt na het einde.' });
  if (baseFrom > baseTo) errors.push({ path: 'baseFrom', message: 'Het begin van de vergelijkingsperiode ligt na het einde.' });
  if (errors.length > 0) throw invalid(errors);
  return { pillar: q.pillar ?? null, from, to, baseFrom, baseTo };
}

/** The same day a year earlier (29 February becomes 28 February). */
function shiftYear(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const candidate = `${String(year).padStart(4, '0')}${date.slice(4)}`;
  return date.slice(5) === '02-29' ? addDays(`${String(year).padStart(4, '0')}-03-01`, -1) : candidate;
}

async function period(db: Db, tenantId: string, pillar: Pillar | null, from: string, to: string): Promise<{ totals: PeriodTotals; categories: PeriodCategory[] }> {
  const where = pillar ? sql`s.pillar = ${pillar}` : sql`true`;
  const found = await rows<{ pillar: Pillar | null; product_category: string | null; clients: number; cost: string | number }>(
    db,
    sql`with ${pricedServices(tenantId, from, to, where)}
      select pillar, product_category, count(distinct client_key)::int as clients, sum(${pricedCost(sql`${from}::date`, sql`${to}::date`)}) as cost
      from priced p group by grouping sets ((pillar, product_category), ())`,
  );
  const total = found.find((row) => row.pillar === null);
  return {
    totals: { clients: total?.clients ?? 0, costCents: num(total?.cost) },
    categories: found.filter((row) => row.pillar !== null).map((row) => ({ pillar: row.pillar!, productCategory: row.product_category ?? '', clients: row.clients, costCents: num(row.cost) })),
  };
}

export async function loadGripVariance(db: Db, tenantId: string, q: ReturnType<typeof resolveVarianceQuery>): Promise<GripVariance> {
  const [base, current] = await Promise.all([period(db, tenantId, q.pillar, q.baseFrom, q.baseTo), period(db, tenantId, q.pillar, q.from, q.to)]);
  return { ...q, ...splitVariance(base.totals, current.totals, base.categories, current.categories) };
}
