import { index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.schema.js';

export interface SolutionKba {
  currentCents: number;
  threatenedCents: number;
  planCents: number;
  returnCents: number;
  maatwerkbudgetCents: number;
}

/**
 * A solution in the region's inspiration library (DOMAIN.md §7): a redacted, rewritten summary of
 * an approved plan, never its client or case number. `tenant_id` is the municipality that wrote
 * it; once `published` it is readable by every municipality of the same `region` — the one
 * deliberate crossing between tenants, after a second maatwerker approved the redaction.
 */
export const inspirationSolutions = pgTable(
  'inspiration_solutions',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.tenantId),
    id: text('id').notNull(),
    region: text('region'),
    /** The plan it came from (own tenant only; never shown to other municipalities). */
    planId: text('plan_id'),
    title: text('title').notNull(),
    situation: text('situation').notNull(),
    breakthrough: text('breakthrough').notNull(),
    legalBases: jsonb('legal_bases').$type<{ regulation: string; article: string }[]>().notNull().default([]),
    kba: jsonb('kba').$type<SolutionKba>(),
    domains: jsonb('domains').$type<string[]>().notNull().default([]),
    fundingStreams: jsonb('funding_streams').$type<string[]>().notNull().default([]),
    /** pending → published | rejected; withdrawn by its author or a beheerder. */
    status: text('status').notNull(),
    submittedBy: text('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note').notNull().default(''),
    /** `plan` (published from a plan) or `seed` (from the source documents). */
    source: text('source').notNull().default('plan'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('inspiration_solutions_region').on(t.region, t.status),
    index('inspiration_solutions_plan').on(t.tenantId, t.planId),
  ],
);
