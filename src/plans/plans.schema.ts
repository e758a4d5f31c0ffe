import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.schema.js';
import type { PlanDocument } from './domain/plan-document.js';

/** A maatwerk plan. The canvas itself is the `document` (the exchange format of CONTRACT.md). */
export const plans = pgTable(
  'plans',
  {
    tenantId: text('tenant_id').notNull().references(() => tenants.tenantId),
    id: text('id').notNull(),
    caseNumber: text('case_number').notNull(),
    status: text('status').notNull().default('draft'),
    /** Optimistic concurrency: every save names the version it was based on. */
    version: integer('version').notNull().default(1),
    document: jsonb('document').$type<PlanDocument>().notNull(),
    authorId: text('author_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * When the current `version` was saved, and by whom: what people see instead of the version
     * number (a status change moves `updatedAt`, not this). Null until the first save after
     * creation (then `createdAt` and `authorId` hold it).
     */
    savedAt: timestamp('saved_at', { withTimezone: true }),
    savedBy: text('saved_by'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** When the plan was (last) approved; follow-up measurements are due from here. */
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** The maatwerkbudget year its commitment was made on. */
    budgetYear: integer('budget_year'),
    /**
     * The KBA totals, derived from `document` on every save (dashboard aggregates in SQL);
     * null until derived. The document stays the source of truth.
     */
    kbaCurrentCents: bigint('kba_current_cents', { mode: 'number' }),
    kbaThreatenedCents: bigint('kba_threatened_cents', { mode: 'number' }),
    kbaExpectedThreatenedCents: bigint('kba_expected_threatened_cents', { mode: 'number' }),
    kbaPlanCents: bigint('kba_plan_cents', { mode: 'number' }),
    kbaReturnCents: bigint('kba_return_cents', { mode: 'number' }),
    kbaMaatwerkbudgetCents: bigint('kba_maatwerkbudget_cents', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('plans_tenant_case_number').on(t.tenantId, t.caseNumber).where(sql`${t.deletedAt} IS NULL`),
    index('plans_tenant_status').on(t.tenantId, t.status),
    index('plans_tenant_created').on(t.tenantId, t.createdAt),
  ],
);
