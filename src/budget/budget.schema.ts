import { bigint, boolean, date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.schema.js';

/** The maatwerkbudget of one year. Its rows are locked while money moves, so nothing overspends. */
export const budgets = pgTable(
  'budgets',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.tenantId),
    year: integer('year').notNull(),
    /** E.g. the college decision that set it. */
    note: text('note').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] })],
);

/** A source budget line pooled into the maatwerkbudget (DOMAIN.md §6). */
export const budgetSources = pgTable(
  'budget_sources',
  {
    tenantId: text('tenant_id').notNull(),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year, t.code] })],
);

/**
 * The ledger: every movement of money for a plan. `commit` on approval, `release` of what is
 * unspent (plan closed, changed or withdrawn), `payment` by the budgetbeheerder. Balances are
 * sums over it, so they always add up.
 */
export const budgetEntries = pgTable(
  'budget_entries',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    year: integer('year').notNull(),
    planId: text('plan_id').notNull(),
    kind: text('kind').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    /** Local date of the movement (payment date). */
    date: date('date', { mode: 'string' }).notNull(),
    description: text('description').notNull().default(''),
    vat: boolean('vat').notNull().default(false),
    invoiceReference: text('invoice_reference'),
    /** Why a payment exceeds the plan's commitment. */
    exceedReason: text('exceed_reason'),
    userId: text('user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('budget_entries_year').on(t.tenantId, t.year),
    index('budget_entries_plan').on(t.tenantId, t.planId),
  ],
);

/** Optional per-maatwerker mandate: a plan above it needs an approval from someone whose mandate covers it. */
export const budgetMandates = pgTable(
  'budget_mandates',
  {
    tenantId: text('tenant_id').notNull(),
    userId: text('user_id').notNull(),
    limitCents: bigint('limit_cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] })],
);
