import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { PlanDocument } from '../plans/domain/plan-document.js';
import { plans } from '../plans/plans.schema.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { invalid, notFound } from '../shared/errors.js';
import type { LegalReference } from './domain/legal-bases.js';
import { validatePriceCsv, type PriceItemData } from './domain/price-items.js';
import { compareNatural, matchesQuery, queryTerms } from './domain/search.js';
import { rankLegalBases, usageFromPlans, type Suggestion, type UsageCount } from './domain/suggestions.js';
import type { LegalBasisRow, PriceItemRow } from './library.present.js';
import { legalBases, priceItems } from './library.schema.js';

/**
 * The SQL of the price list and the legal library. Changes take the transaction of the route's
 * command (`runCommand`), which also writes their audit event; reads take any `Db`.
 */

/**
 * Searching happens in memory over the municipality's own list (tens to a few thousand rows), so
 * it can ignore accents as well as case on both PGlite and PostgreSQL without extensions.
 */
export interface PriceListFilter {
  q?: string | undefined;
  fundingStream?: string | undefined;
  domain?: string | undefined;
  origin?: string | undefined;
  includeInactive?: boolean;
}

/** What an edit did: the row as it now is, and for the audit log which fields really changed. */
export interface Edit<Row> {
  row: Row;
  /** Empty when the edit changed nothing (then nothing was written, and nothing is audited). */
  fields: string[];
  /** Ids, field names and flags only: the audit event's detail. */
  detail: { fields: string[]; active?: boolean; origin?: string };
}

export async function listPriceItems(db: Db, tenantId: string, filter: PriceListFilter): Promise<PriceItemRow[]> {
  const where: (SQL | undefined)[] = [
    eq(priceItems.tenantId, tenantId),
    filter.includeInactive ? undefined : eq(priceItems.active, true),
    filter.fundingStream ? eq(priceItems.fundingStream, filter.fundingStream as PriceItemRow['fundingStream']) : undefined,
    filter.domain ? eq(priceItems.domain, filter.domain as PriceItemRow['domain']) : undefined,
    filter.origin ? eq(priceItems.origin, filter.origin as PriceItemRow['origin']) : undefined,
  ];
  const rows = await db.select().from(priceItems).where(and(...where));
  const terms = queryTerms(filter.q);
  return rows
    .filter((row) => matchesQuery(terms, [row.code, row.name, row.unit, row.source, row.note]))
    .sort((a, b) => compareNatural(a.code, b.code));
}

/** One item of the municipality's list; `lock` holds the row until the command's transaction ends. */
export async function loadPriceItem(db: Db, tenantId: string, code: string, options: { lock?: boolean } = {}): Promise<PriceItemRow> {
  const query = db
    .select()
    .from(priceItems)
    .where(and(eq(priceItems.tenantId, tenantId), eq(priceItems.code, code)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound(`Tarief ${code} bestaat niet in uw prijslijst.`);
  return row;
}

const codeTaken = (what: string) => invalid([{ path: 'code', message: `Deze code bestaat al in ${what}. Kies een andere code of wijzig het bestaande item.` }]);

/** Adds a local tariff; a code the municipality already has is a 422 on `code`. */
export async function createPriceItem(tx: Db, tenantId: string, item: PriceItemData): Promise<PriceItemRow> {
  const [row] = await tx
    .insert(priceItems)
    .values({ ...item, tenantId, origin: 'local', active: true })
    .onConflictDoNothing()
    .returning();
  if (!row) throw codeTaken('uw prijslijst');
  return row;
}

/** Fields of `changes` whose value differs from `current` (arrays compared by content). */
function changedFields<T extends object>(current: T, changes: Partial<T>): (keyof T & string)[] {
  return (Object.keys(changes) as (keyof T & string)[]).filter((key) => {
    const next = changes[key];
    return next !== undefined && JSON.stringify(next) !== JSON.stringify(current[key]);
  });
}

/** On an update the code may be sent along (a client sends back what it read), but not changed. */
export function assertSameCode(sent: string | undefined, current: string): void {
  if (sent !== undefined && sent !== current) throw invalid([{ path: 'code', message: 'De code van een bestaand item kan niet worden gewijzigd.' }]);
}

/** Only the changed fields are written, so `updatedAt` and the audit log say what really changed. */
const changedValues = <T extends object>(changes: T, fields: readonly string[]) =>
  Object.fromEntries(fields.map((field) => [field, changes[field as keyof T]])) as Partial<T>;

function editDetail(fields: string[], changes: { active?: boolean }, origin: string | undefined): Edit<unknown>['detail'] {
  return { fields, ...(changes.active !== undefined ? { active: changes.active } : {}), ...(origin !== undefined ? { origin } : {}) };
}

/**
 * Edits an item. Changing anything but `active` on a national item makes it the municipality's
 * own (`origin: local`), so a later reference update can never silently overwrite a local tariff.
 */
export async function updatePriceItem(
  tx: Db,
  current: PriceItemRow,
  changes: Partial<PriceItemData> & { active?: boolean },
): Promise<Edit<PriceItemRow>> {
  const fields = changedFields(current, changes);
  if (fields.length === 0) return { row: current, fields, detail: editDetail(fields, changes, undefined) };
  const origin = fields.some((field) => field !== 'active') ? 'local' : current.origin;
  const [row] = await tx
    .update(priceItems)
    .set({ ...changedValues(changes, fields), origin, updatedAt: sql`now()` })
    .where(and(eq(priceItems.tenantId, current.tenantId), eq(priceItems.code, current.code)))
    .returning();
  return { row: row!, fields, detail: editDetail(fields, changes, origin !== current.origin ? origin : undefined) };
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  total: number;
  addedCodes: string[];
  updatedCodes: string[];
}

export interface ImportResult {
  summary: ImportSummary;
  /** The codes written (none on a dry run): the audit event names the first 200. */
  written: string[];
}

const IMPORT_CHUNK = 500;
const IMPORTED_FIELDS = ['name', 'unit', 'unitPriceCents', 'frequency', 'fundingStream', 'domain', 'year', 'confidence', 'source', 'note'] as const;

/**
 * Imports a local tariff list: every line checked first, then all written in the command's
 * transaction or nothing at all. Upserts by code; imported items are the municipality's own and
 * active. Lines identical to an active item change nothing (re-importing an export keeps
 * national items national). A dry run only reports what would happen.
 */
export async function importPriceList(tx: Db, tenantId: string, csv: string, options: { dryRun: boolean }): Promise<ImportResult> {
  const { items, errors } = validatePriceCsv(csv);
  if (errors.length > 0) {
    throw invalid(errors, `Het bestand is niet ingelezen: ${errors.length === 1 ? 'er is 1 fout' : `er zijn ${errors.length >= 101 ? 'meer dan 100' : errors.length} fouten`}. Er is niets gewijzigd.`);
  }
  // The typed text of every line (paths as the CSV errors: "regel 3.name").
  rejectBsn(Object.fromEntries(items.map((item) => [`regel ${item.line}`, { name: item.name, unit: item.unit, source: item.source, note: item.note }])), {
    detail: 'Het bestand is niet ingelezen: het bevat een burgerservicenummer. Gebruik alleen cliëntnummers. Er is niets gewijzigd.',
  });
  const existing = new Map<string, PriceItemRow>();
  for (let i = 0; i < items.length; i += IMPORT_CHUNK) {
    const codes = items.slice(i, i + IMPORT_CHUNK).map((item) => item.code);
    const rows = await tx
      .select()
      .from(priceItems)
      .where(and(eq(priceItems.tenantId, tenantId), inArray(priceItems.code, codes)));
    for (const row of rows) existing.set(row.code, row);
  }
  const added: PriceItemData[] = [];
  const updated: PriceItemData[] = [];
  for (const { line: _line, ...item } of items) {
    const current = existing.get(item.code);
    if (!current) added.push(item);
    else if (!current.active || IMPORTED_FIELDS.some((field) => current[field] !== item[field])) updated.push(item);
  }
  const summary: ImportSummary = {
    added: added.length,
    updated: updated.length,
    unchanged: items.length - added.length - updated.length,
    total: items.length,
    addedCodes: added.map((item) => item.code),
    updatedCodes: updated.map((item) => item.code),
  };
  if (options.dryRun) return { summary, written: [] };
  const writes = [...added, ...updated];
  for (let i = 0; i < writes.length; i += IMPORT_CHUNK) {
    await tx
      .insert(priceItems)
      .values(writes.slice(i, i + IMPORT_CHUNK).map((item) => ({ ...item, tenantId, origin: 'local' as const, active: true })))
      .onConflictDoUpdate({
        target: [priceItems.tenantId, priceItems.code],
        set: {
          ...Object.fromEntries(IMPORTED_FIELDS.map((field) => [field, sql.raw(`excluded."${priceItems[field].name}"`)])),
          origin: 'local',
          active: true,
          updatedAt: sql`now()`,
        },
      });
  }
  return { summary, written: writes.map((item) => item.code) };
}

// --- legal library ----------------------------------------------------------------------------

export interface LegalBasisFilter {
  q?: string | undefined;
  domain?: string | undefined;
  origin?: string | undefined;
  includeInactive?: boolean;
}

export async function listLegalBases(db: Db, tenantId: string, filter: LegalBasisFilter): Promise<LegalBasisRow[]> {
  const where: (SQL | undefined)[] = [
    eq(legalBases.tenantId, tenantId),
    filter.includeInactive ? undefined : eq(legalBases.active, true),
    filter.origin ? eq(legalBases.origin, filter.origin as LegalBasisRow['origin']) : undefined,
  ];
  const rows = await db.select().from(legalBases).where(and(...where));
  const terms = queryTerms(filter.q);
  return rows
    .filter((row) => !filter.domain || row.domains.length === 0 || (row.domains as string[]).includes(filter.domain))
    .filter((row) => matchesQuery(terms, [row.code, row.regulation, row.shortName, row.article, row.description, row.note]))
    .sort((a, b) => compareNatural(a.shortName, b.shortName) || compareNatural(a.article, b.article) || compareNatural(a.code, b.code));
}

export async function loadLegalBasis(db: Db, tenantId: string, code: string, options: { lock?: boolean } = {}): Promise<LegalBasisRow> {
  const query = db
    .select()
    .from(legalBases)
    .where(and(eq(legalBases.tenantId, tenantId), eq(legalBases.code, code)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound(`Grondslag ${code} bestaat niet in uw juridische bibliotheek.`);
  return row;
}

export type LegalBasisInput = Omit<LegalBasisRow, 'tenantId' | 'origin' | 'active' | 'updatedAt'>;

export async function createLegalBasis(tx: Db, tenantId: string, basis: LegalBasisInput): Promise<LegalBasisRow> {
  const [row] = await tx
    .insert(legalBases)
    .values({ ...basis, tenantId, origin: 'local', active: true })
    .onConflictDoNothing()
    .returning();
  if (!row) throw codeTaken('uw juridische bibliotheek');
  return row;
}

/** Edits a basis; as with prices, editing a national one makes it the municipality's own. */
export async function updateLegalBasis(
  tx: Db,
  current: LegalBasisRow,
  changes: Partial<LegalBasisInput> & { active?: boolean },
): Promise<Edit<LegalBasisRow>> {
  const fields = changedFields(current, changes);
  if (fields.length === 0) return { row: current, fields, detail: editDetail(fields, changes, undefined) };
  const origin = fields.some((field) => field !== 'active') ? 'local' : current.origin;
  const [row] = await tx
    .update(legalBases)
    .set({ ...changedValues(changes, fields), origin, updatedAt: sql`now()` })
    .where(and(eq(legalBases.tenantId, current.tenantId), eq(legalBases.code, current.code)))
    .returning();
  return { row: row!, fields, detail: editDetail(fields, changes, origin !== current.origin ? origin : undefined) };
}

/** The legal bases named by this municipality's plans (deleted drafts excluded), counted per plan. */
export async function legalBasisUsage(db: Db, tenantId: string): Promise<UsageCount[]> {
  const rows = await db
    .select({ legalBases: sql<LegalReference[] | null>`${plans.document}->'legalBases'` })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), isNull(plans.deletedAt)));
  return usageFromPlans(rows.map((row) => row.legalBases));
}

/**
 * The active bases of the municipality ranked for a plan, best first: by its domains, the funding
 * streams of its maatwerk scenario and how often the municipality's plans used them. Bases the
 * plan already names are left out.
 */
export async function suggestLegalBases(db: Db, tenantId: string, document: Pick<PlanDocument, 'domains' | 'scenarios' | 'legalBases'>): Promise<Suggestion<LegalBasisRow>[]> {
  const [bases, usage] = await Promise.all([listLegalBases(db, tenantId, {}), legalBasisUsage(db, tenantId)]);
  return rankLegalBases(
    bases,
    {
      domains: document.domains ?? [],
      fundingStreams: document.scenarios?.plan?.lines.map((line) => line.fundingStream) ?? [],
      legalBases: document.legalBases ?? [],
    },
    usage,
  );
}
