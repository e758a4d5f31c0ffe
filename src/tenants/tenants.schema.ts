import { boolean, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** A municipality. Its own id is its tenant_id, so it shards with everything it owns. */
export const tenants = pgTable('tenants', {
  tenantId: text('tenant_id').primaryKey(),
  name: text('name').notNull(),
  /** The 4-digit CBS gemeentecode: an imported message must be addressed to (or from) it. */
  municipalityCode: text('municipality_code'),
  /** Municipalities of one region (e.g. a Maatpact region) share only what they opt in to. */
  region: text('region'),
  /** The beheerder's choice to show this municipality's aggregates (never cases) to its region. */
  regionOptIn: boolean('region_opt_in').notNull().default(false),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
