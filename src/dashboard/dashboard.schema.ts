import { bigint, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The KBA of each plan per funding stream, derived from the plan document on every save (the
 * engine is TypeScript, so SQL cannot compute it). Lets the dashboard aggregate in one query.
 */
export const planKbaStreams = pgTable(
  'plan_kba_streams',
  {
    tenantId: text('tenant_id').notNull(),
    planId: text('plan_id').notNull(),
    fundingStream: text('funding_stream').notNull(),
    currentCents: bigint('current_cents', { mode: 'number' }).notNull(),
    threatenedCents: bigint('threatened_cents', { mode: 'number' }).notNull(),
    planCents: bigint('plan_cents', { mode: 'number' }).notNull(),
    returnCents: bigint('return_cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.planId, t.fundingStream] })],
);

/**
 * What the dashboard counts from a plan's document, one row per fact: `legal_basis` (key =
 * regulation, detail = article; a plan counts once per basis), `domain` (key = domain) and
 * `bottleneck` (key = theme, detail = its position: every bottleneck counts). Derived on every
 * save, like the KBA, so counting is an index join instead of unpacking 100,000 documents.
 */
export const planFacts = pgTable(
  'plan_facts',
  {
    tenantId: text('tenant_id').notNull(),
    planId: text('plan_id').notNull(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    detail: text('detail').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.planId, t.kind, t.key, t.detail] })],
);
