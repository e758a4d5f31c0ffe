import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * What the grip pages keep besides the imported records: the budget holder's growth assumptions
 * per pillar (the positive and negative scenarios) and the analist's handling of message-chain
 * signals. Signals themselves are computed from the records on every read (grip/signals.queries.ts).
 */

/** Growth of what is not yet realised, per pillar and scenario, in basis points of a percent (250 = 2.5 %). */
export const gripAssumptions = pgTable(
  'grip_assumptions',
  {
    tenantId: text('tenant_id').notNull(),
    pillar: text('pillar').notNull(),
    positiveBasisPoints: integer('positive_basis_points').notNull(),
    negativeBasisPoints: integer('negative_basis_points').notNull(),
    updatedBy: text('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.pillar] })],
);

/** A signal marked handled by the analist, with a note. Its id is a hash of what the signal is about. */
export const gripSignalHandling = pgTable(
  'grip_signal_handling',
  {
    tenantId: text('tenant_id').notNull(),
    signalId: text('signal_id').notNull(),
    type: text('type').notNull(),
    provider: text('provider'),
    assignmentNumber: text('assignment_number'),
    note: text('note').notNull(),
    handledBy: text('handled_by').notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.signalId] }), index('grip_signal_handling_type').on(t.tenantId, t.type)],
);
