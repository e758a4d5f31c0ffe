import { bigint, date, index, integer, numeric, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * What the grip pages keep besides the imported records: the budget holder's growth assumptions
 * per pillar (the positive and negative scenarios) and the analist's handling of message-chain
 * signals, and what is derived from the records at the end of every import (grip/derived.queries.ts).
 */

/** Growth of what is not yet realised, per pillar and scenario, in hundredths of a percent (250 = 2.5 %). */
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

/**
 * The message-chain signals as the records show them, rebuilt for the tenant at the end of every
 * import (grip/signals.queries.ts), so the work list reads pages instead of scanning a million
 * declaration lines. `no-start` rows hold every 301 without a 305; the 30 days count at read time.
 */
export const gripSignals = pgTable(
  'grip_signals',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    type: text('type').notNull(),
    provider: text('provider'),
    assignmentNumber: text('assignment_number'),
    since: date('since', { mode: 'string' }).notNull(),
    lines: bigint('lines', { mode: 'number' }),
    amount: bigint('amount', { mode: 'number' }),
    declared: numeric('declared'),
    assigned: numeric('assigned'),
    unit: text('unit'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    productCode: text('product_code'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('grip_signals_type').on(t.tenantId, t.type, t.since), index('grip_signals_provider').on(t.tenantId, t.provider)],
);

/**
 * Declared (323) and realised amounts summed per pillar, product category, provider, period and
 * arrival month: the ledger's realised figures, the delay triangle and the providers' declared
 * amounts read this (tens of thousands of rows) instead of a million lines. Rebuilt with the
 * signals at the end of every import. `source`: 'declaration' or 'realisation'.
 */
export const gripActuals = pgTable(
  'grip_actuals',
  {
    tenantId: text('tenant_id').notNull(),
    source: text('source').notNull(),
    pillar: text('pillar').notNull(),
    productCategory: text('product_category').notNull(),
    provider: text('provider').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** When it arrived (323 Dagtekening); a realisation's period end. */
    declaredOn: date('declared_on', { mode: 'string' }).notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    lines: integer('lines').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.source, t.pillar, t.productCategory, t.provider, t.periodStart, t.periodEnd, t.declaredOn] })],
);

/** 323 amounts per pillar, period month and arrival day: the delay triangle of the late-claims model, derived at every import. */
export const gripDelays = pgTable(
  'grip_delays',
  {
    tenantId: text('tenant_id').notNull(),
    pillar: text('pillar').notNull(),
    periodMonth: integer('period_month').notNull(),
    declaredOn: date('declared_on', { mode: 'string' }).notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.pillar, t.periodMonth, t.declaredOn] })],
);

/** Σ annual cost (the cost formula over [start, start + 364]) of the services starting on a day: the inflow trend, derived at every import. */
export const gripStarts = pgTable(
  'grip_starts',
  {
    tenantId: text('tenant_id').notNull(),
    pillar: text('pillar').notNull(),
    productCategory: text('product_category').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    annualCents: bigint('annual_cents', { mode: 'number' }).notNull(),
    services: integer('services').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.pillar, t.productCategory, t.startDate] })],
);
