import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.schema.js';

/**
 * Systeemleren (DOMAIN.md §8): a "knellend patroon" in rules or systems. The pattern leads;
 * plans only illustrate it. Phases as Tilburg's werktafel: steps → diagnosis → solutions → done.
 */
export const patterns = pgTable(
  'patterns',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.tenantId),
    id: text('id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** local | regional | national */
    level: text('level').notNull(),
    /** A domain key (vocabulary.ts), the theme its bottlenecks share. */
    theme: text('theme').notNull(),
    ownerId: text('owner_id'),
    phase: text('phase').notNull().default('steps'),
    /** Phase 1: the steps a household must take, established objectively. */
    steps: text('steps').notNull().default(''),
    /** Phase 2: where and why the rules block. */
    diagnosis: text('diagnosis').notNull().default(''),
    solutions: text('solutions').notNull().default(''),
    decisions: text('decisions').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** Plans that illustrate a pattern (users without access to cases see only the count). */
export const patternPlans = pgTable(
  'pattern_plans',
  {
    tenantId: text('tenant_id').notNull(),
    patternId: text('pattern_id').notNull(),
    planId: text('plan_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.patternId, t.planId] }), index('pattern_plans_plan').on(t.tenantId, t.planId)],
);
