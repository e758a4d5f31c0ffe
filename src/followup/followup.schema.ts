import { date, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** Life satisfaction after the maatwerk, at 6 and at 12 months (DOMAIN.md §5 step 8). */
export const planMeasurements = pgTable(
  'plan_measurements',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    planId: text('plan_id').notNull(),
    moment: text('moment').notNull(),
    lifeSatisfaction: integer('life_satisfaction').notNull(),
    note: text('note').notNull().default(''),
    measuredOn: date('measured_on', { mode: 'string' }).notNull(),
    userId: text('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('plan_measurements_plan_moment').on(t.tenantId, t.planId, t.moment)],
);
