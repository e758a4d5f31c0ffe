import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.schema.js';

/** How a municipality runs its loop (DOMAIN.md §5): a preset, adjusted by the beheerder. */
export const workflowSettings = pgTable('workflow_settings', {
  tenantId: text('tenant_id')
    .primaryKey()
    .references(() => tenants.tenantId),
  preset: text('preset').notNull(),
  approvalThreshold: integer('approval_threshold').notNull(),
  sparRequired: boolean('spar_required').notNull(),
  /** Roles that may bring a plan to the table (to `sparring` / `scheduled`). */
  tableRoles: jsonb('table_roles').$type<string[]>().notNull(),
  /** Roles whose decisions count at the table. */
  decideRoles: jsonb('decide_roles').$type<string[]>().notNull(),
  slotMinutes: integer('slot_minutes').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A decision at the table, bound to the plan version it was about. An approval counts only while
 * the plan still has that version; `voidedAt` records when a later change voided it.
 */
export const planDecisions = pgTable(
  'plan_decisions',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    planId: text('plan_id').notNull(),
    planVersion: integer('plan_version').notNull(),
    /** When that version was saved: how a person recognises the state that was decided on. Null for decisions from before it was kept. */
    planVersionSavedAt: timestamp('plan_version_saved_at', { withTimezone: true }),
    userId: text('user_id').notNull(),
    decision: text('decision').notNull(),
    note: text('note').notNull().default(''),
    /** False for a decision that cannot count (the author's own approval, a repeat). */
    counts: boolean('counts').notNull(),
    sessionId: text('session_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('plan_decisions_plan').on(t.tenantId, t.planId)],
);

/** The plan's history of status changes, shown on the canvas (the audit log holds the same). */
export const planTransitions = pgTable(
  'plan_transitions',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    planId: text('plan_id').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    reason: text('reason').notNull().default(''),
    userId: text('user_id'),
    planVersion: integer('plan_version').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('plan_transitions_plan').on(t.tenantId, t.planId, t.at)],
);
