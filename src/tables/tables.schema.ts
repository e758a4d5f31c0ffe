import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenants } from '../tenants/tenants.schema.js';

/** A recurring table: spar-tafel, doorbraaktafel or maatwerkcommissie. */
export const meetingTables = pgTable(
  'meeting_tables',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.tenantId),
    id: text('id').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** ISO weekday, 1 = Monday … 7 = Sunday. */
    weekday: integer('weekday').notNull(),
    /** Local time in Europe/Amsterdam, `HH:MM`. */
    startTime: text('start_time').notNull(),
    intervalWeeks: integer('interval_weeks').notNull().default(1),
    slotMinutes: integer('slot_minutes').notNull().default(30),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const tableSessions = pgTable(
  'table_sessions',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    tableId: text('table_id').notNull(),
    /** The local date of the session (Europe/Amsterdam). */
    date: date('date', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(),
    minutes: text('minutes').notNull().default(''),
    /** Optimistic concurrency on the minutes. */
    version: integer('version').notNull().default(1),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('table_sessions_table_date').on(t.tenantId, t.tableId, t.date),
  ],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    tenantId: text('tenant_id').notNull(),
    sessionId: text('session_id').notNull(),
    planId: text('plan_id').notNull(),
    position: integer('position').notNull(),
    slotMinutes: integer('slot_minutes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.sessionId, t.planId] }), index('agenda_items_plan').on(t.tenantId, t.planId)],
);

/** A question raised about a plan (at a table or not), shown on the canvas until answered. */
export const planQuestions = pgTable(
  'plan_questions',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    planId: text('plan_id').notNull(),
    sessionId: text('session_id'),
    question: text('question').notNull(),
    assigneeId: text('assignee_id').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: text('answered_by'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('plan_questions_plan').on(t.tenantId, t.planId),
    index('plan_questions_assignee').on(t.tenantId, t.assigneeId),
  ],
);
