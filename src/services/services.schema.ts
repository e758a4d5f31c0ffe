import { bigint, date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/*
 * The municipality's own records, in the vocabulary of the Gemeentelijk Gegevensmodel (VNG, "Model
 * Jeugd en Wmo Generiek"): client, huishouden, leverancier, toewijzing (a service), the provider's
 * start and stop of it, declaratie lines, tarief, begrotingsregel and realisatie. Everything is
 * pseudonymous: a client is the HMAC of a BSN under the tenant's key (imports/pseudonymise.ts).
 * Every table is tenant-first, so it shards on tenant_id (docs/sharding.md).
 */

/** A client: the keyed hash of a BSN (or of the municipality's own client number when no BSN came). */
export const serviceClients = pgTable(
  'service_clients',
  {
    tenantId: text('tenant_id').notNull(),
    clientKey: text('client_key').notNull(),
    /** The municipality's own pseudonymous number, as in plans: links services to plans. */
    clientNumber: text('client_number'),
    birthYear: integer('birth_year'),
    /** HMAC of the BRP address (301 Contact Soort 01): the household when no households record says. */
    addressKey: text('address_key'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.clientKey] }), index('service_clients_number').on(t.tenantId, t.clientNumber)],
);

/** Huishouden: which clients live together, from the BRP via the municipality's data warehouse. */
export const householdMembers = pgTable(
  'household_members',
  {
    tenantId: text('tenant_id').notNull(),
    clientKey: text('client_key').notNull(),
    householdKey: text('household_key').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.clientKey, t.validFrom] }), index('household_members_household').on(t.tenantId, t.householdKey)],
);

/** Leverancier: a provider by its AGB code, with the pillars it delivers in. */
export const providers = pgTable(
  'providers',
  {
    tenantId: text('tenant_id').notNull(),
    agbCode: text('agb_code').notNull(),
    pillar: text('pillar').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.agbCode, t.pillar] })],
);

/**
 * Toewijzing (BeschikteVoorziening): an assigned service, from a 301 ToegewezenProduct or a
 * `services` CSV row, keyed by ToewijzingNummer / serviceId. `start_date`/`end_date` are the
 * effective period of CONTRACT.md (305 and 307 before the assignment's own dates), kept in step by
 * every import so the cost formula reads one row.
 */
export const services = pgTable(
  'services',
  {
    tenantId: text('tenant_id').notNull(),
    serviceId: text('service_id').notNull(),
    clientKey: text('client_key').notNull(),
    pillar: text('pillar').notNull(),
    productCategory: text('product_category').notNull(),
    productCode: text('product_code'),
    productName: text('product_name'),
    provider: text('provider').notNull(),
    assignedOn: date('assigned_on', { mode: 'string' }),
    assignmentStart: date('assignment_start', { mode: 'string' }).notNull(),
    assignmentEnd: date('assignment_end', { mode: 'string' }),
    volume: bigint('volume', { mode: 'number' }),
    unit: text('unit'),
    frequency: text('frequency'),
    unitPriceCents: bigint('unit_price_cents', { mode: 'number' }),
    amountCents: bigint('amount_cents', { mode: 'number' }),
    /**
     * The unit price the cost formula uses: its own, else the tariff of its provider (before the one
     * for every provider) valid on its start date; null when neither. Kept by a database trigger on
     * every insert or update of the service (migration 0007) and by the tariffs import, so aggregates
     * over a million services need no tariff lookup.
     */
    costPriceCents: bigint('cost_price_cents', { mode: 'number' }),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    /** The message's Dagtekening: an older message never overwrites a newer one. */
    messageDate: date('message_date', { mode: 'string' }),
    source: text('source').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.serviceId] }),
    index('services_client').on(t.tenantId, t.clientKey),
    index('services_period').on(t.tenantId, t.startDate, t.endDate),
  ],
);

/** The provider's 305 (start) and 307 (stop) of an assignment; may arrive before its 301. */
export const serviceDeliveries = pgTable(
  'service_deliveries',
  {
    tenantId: text('tenant_id').notNull(),
    serviceId: text('service_id').notNull(),
    provider: text('provider').notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    stopStartedOn: date('stop_started_on', { mode: 'string' }),
    stoppedOn: date('stopped_on', { mode: 'string' }),
    stopReason: text('stop_reason'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.serviceId] })],
);

/** Declaratie: one 323 Prestatie; `amount_cents` signed (credit negative). */
export const declarationLines = pgTable(
  'declaration_lines',
  {
    tenantId: text('tenant_id').notNull(),
    declarationNumber: text('declaration_number').notNull(),
    productReference: text('product_reference').notNull(),
    serviceId: text('service_id'),
    clientKey: text('client_key').notNull(),
    provider: text('provider').notNull(),
    pillar: text('pillar').notNull(),
    productCategory: text('product_category').notNull(),
    productCode: text('product_code'),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    volume: bigint('volume', { mode: 'number' }).notNull(),
    unit: text('unit').notNull(),
    unitPriceCents: bigint('unit_price_cents', { mode: 'number' }).notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    declaredOn: date('declared_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.declarationNumber, t.productReference] }),
    index('declaration_lines_client').on(t.tenantId, t.clientKey, t.periodStart),
    index('declaration_lines_service').on(t.tenantId, t.serviceId),
  ],
);

/** Tarief: a unit price per provider ('' = every provider) and product code, over a period. */
export const tariffs = pgTable(
  'tariffs',
  {
    tenantId: text('tenant_id').notNull(),
    provider: text('provider').notNull(),
    productCategory: text('product_category').notNull(),
    productCode: text('product_code').notNull(),
    unit: text('unit').notNull(),
    unitPriceCents: bigint('unit_price_cents', { mode: 'number' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.provider, t.productCode, t.validFrom] })],
);

/** Begrotingsregel: the budget of a year per pillar and product category ('' = the whole pillar). */
export const budgetLines = pgTable(
  'budget_lines',
  {
    tenantId: text('tenant_id').notNull(),
    year: integer('year').notNull(),
    budgetLine: text('budget_line').notNull(),
    name: text('name').notNull(),
    pillar: text('pillar').notNull(),
    productCategory: text('product_category').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year, t.budgetLine] })],
);

/** Realisatie: what was paid for a service outside iWmo/iJw (a benefit, a debt trajectory). */
export const realisations = pgTable(
  'realisations',
  {
    tenantId: text('tenant_id').notNull(),
    serviceId: text('service_id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.serviceId, t.periodStart, t.periodEnd] })],
);
