import { boolean, bigint, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Domain, Frequency, FundingStream } from '../plans/domain/vocabulary.js';
import { tenants } from '../tenants/tenants.schema.js';
import type { Confidence } from './domain/price-items.js';
import type { Origin } from './library.contract.js';

/** The maatschappelijke prijslijst of one municipality: national defaults plus local tariffs. */
export const priceItems = pgTable(
  'price_items',
  {
    tenantId: text('tenant_id').notNull().references(() => tenants.tenantId),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    unitPriceCents: bigint('unit_price_cents', { mode: 'number' }).notNull(),
    frequency: text('frequency').$type<Frequency>().notNull(),
    fundingStream: text('funding_stream').$type<FundingStream>().notNull(),
    domain: text('domain').$type<Domain>().notNull(),
    year: integer('year').notNull(),
    confidence: text('confidence').$type<Confidence>().notNull(),
    source: text('source').notNull(),
    note: text('note').notNull().default(''),
    /** `national` rows come from the reference list; `local` ones are the municipality's own. */
    origin: text('origin').$type<Origin>().notNull().default('national'),
    active: boolean('active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.code] })],
);

/** The legal library (legitimiteit): national articles plus local ordinances and policy rules. */
export const legalBases = pgTable(
  'legal_bases',
  {
    tenantId: text('tenant_id').notNull().references(() => tenants.tenantId),
    code: text('code').notNull(),
    regulation: text('regulation').notNull(),
    shortName: text('short_name').notNull(),
    article: text('article').notNull(),
    bwbId: text('bwb_id'),
    url: text('url'),
    description: text('description').notNull(),
    domains: text('domains').array().$type<Domain[]>().notNull(),
    confidence: text('confidence').$type<Confidence>().notNull().default('high'),
    note: text('note').notNull().default(''),
    origin: text('origin').$type<Origin>().notNull().default('national'),
    active: boolean('active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.code] })],
);
