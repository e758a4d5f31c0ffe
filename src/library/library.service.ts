import type { AuditAction } from '../audit/audit-actions.js';
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/client.js';
import { plans } from '../plans/plans.schema.js';
import { invalid, notFound } from '../shared/errors.js';
import type { LegalReference } from './domain/legal-bases.js';
import { validatePriceCsv, type PriceItemData } from './domain/price-items.js';
import { compareNatural, matchesQuery, queryTerms } from './domain/search.js';
import { usageFromPlans, type UsageCount } from './domain/suggestions.js';
import type { LegalBasisRow, PriceItemRow } from './library.present.js';
import { legalBases, priceItems } from './library.schema.js';

/** Who acts: enough for scoping and the audit log. */
export interface LibraryActor {
  id: string;
  email: string;
  tenantId: string;
}

/**
 * Searching happens in memory over the municipality's own list (tens to a few thousand rows), so
 * it can ignore accents as well as case on both PGlite and PostgreSQL without extensions.
 */
export interface PriceListFilter {
  q?: string;
  fundingStream?: string;
  domain?: string;
  origin?: string;
  includeInactive?: boolean;
}

export async function listPriceItems(db: Db, tenantId: string, filter: PriceListFilter): Promise<PriceItemRow[]> {
  const where: (SQL | undefined)[] = [
    eq(priceItems.tenantId, tenantId),
    filter.includeInactive ? undefined : eq(priceItems.active, true),
    filter.fundingStream ? eq(priceItems.fundingStream, filter.fundingStream) : undefined,
    filter.domain ? eq(priceItems.domain, filter.domain) : undefined,
    filter.origin ? eq(priceItems.origin, filter.origin) : undefined,
  ];
  const rows = await db.select().from(priceItems).where(and(...where));
  const terms = queryTerms(filter.q);
  return rows
    .filter((row) => matchesQuery(terms, [row.code, row.name, row.unit, row.source, row.note]))
    .sort((a, b) => compareNatural(a.code, b.code));
}

export async function loadPriceItem(db: Db, tenantId: string, code: string): Promise<PriceItemRow> {
  const [row] = await db
    .select()
    .from(priceItems)
    .where(and(eq(priceItems.tenantId, tenantId), eq(priceItems.code, code)));
  if (!row) throw notFound(`Tarief ${code} bestaat niet in uw prijslijst.`);
  return row;
}

const codeTaken = (what: string) => invalid([{ path: 'code', message: `Deze code bestaat al in ${what}. Kies een andere code of wijzig het bestaande item.` }]);

export async function createPriceItem(db: Db, actor: LibraryActor, item: PriceItemData, requestId?: string): Promise<PriceItemRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(priceItems)
      .values({ ...item, tenantId: actor.tenantId, origin: 'local', active: true })
      .onConflictDoNothing()
      .returning();
    if (!row) throw codeTaken('uw prijslijst');
    await recordAudit(tx, { tenantId: actor.tenantId, actor, action: 'price_item.create', entityType: 'price_item', entityId: row.code, requestId });
    return row;
  });
}

/** Fields of `changes` whose value differs from `current` (arrays compared by content). */
function changedFields<T extends object>(current: T, changes: Partial<T>): (keyof T & string)[] {
  return (Object.keys(changes) as (keyof T & string)[]).filter((key) => {
    const next = changes[key];
    return next !== undefined && JSON.stringify(next) !== JSON.stringify(current[key]);
  });
}

/**
 * Edits an item. Changing anything but `active` on a national item makes it the municipality's
 * own (`origin: local`), so a later reference update can never silently overwrite a local tariff.
 */
export async function updatePriceItem(
  db: Db,
  actor: LibraryActor,
  code: string,
  changes: Partial<PriceItemData> & { active?: boolean },
  requestId?: string,
  action: AuditAction = 'price_item.update',
): Promise<PriceItemRow> {
  return db.transaction(async (tx) => {
    const current = await loadPriceItem(tx, actor.tenantId, code);
    const fields = changedFields(current, changes);
    if (fields.length === 0) return current;
    const origin = fields.some((field) => field !== 'active') ? 'local' : current.origin;
    const [row] = await tx
      .update(priceItems)
      .set({ ...changes, origin, updatedAt: sql`now()` })
      .where(and(eq(priceItems.tenantId, actor.tenantId), eq(priceItems.code, code)))
      .returning();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action,
      entityType: 'price_item',
      entityId: code,
      requestId,
      detail: { fields, ...(changes.active !== undefined ? { active: changes.active } : {}), ...(origin !== current.origin ? { origin } : {}) },
    });
    return row!;
  });
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  total: number;
  addedCodes: string[];
  updatedCodes: string[];
}

const IMPORT_CHUNK = 500;
const IMPORTED_FIELDS = ['name', 'unit', 'unitPriceCents', 'frequency', 'fundingStream', 'domain', 'year', 'confidence', 'source', 'note'] as const;

/**
 * Imports a local tariff list: every line checked first, then all written in one transaction or
 * nothing at all. Upserts by code; imported items are the municipality's own and active. Lines
 * identical to an active item change nothing (re-importing an export keeps national items national).
 */
export async function importPriceList(db: Db, actor: LibraryActor, csv: string, options: { dryRun?: boolean; requestId?: string } = {}): Promise<ImportSummary> {
  const { items, errors } = validatePriceCsv(csv);
  if (errors.length > 0) {
    throw invalid(errors, `Het bestand is niet ingelezen: ${errors.length === 1 ? 'er is 1 fout' : `er zijn ${errors.length >= 101 ? 'meer dan 100' : errors.length} fouten`}. Er is niets gewijzigd.`);
  }
  return db.transaction(async (tx) => {
    const existing = new Map<string, PriceItemRow>();
    for (let i = 0; i < items.length; i += IMPORT_CHUNK) {
      const codes = items.slice(i, i + IMPORT_CHUNK).map((item) => item.code);
      const rows = await tx
        .select()
        .from(priceItems)
        .where(and(eq(priceItems.tenantId, actor.tenantId), inArray(priceItems.code, codes)));
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
    if (options.dryRun) return summary;
    const writes = [...added, ...updated];
    for (let i = 0; i < writes.length; i += IMPORT_CHUNK) {
      await tx
        .insert(priceItems)
        .values(writes.slice(i, i + IMPORT_CHUNK).map((item) => ({ ...item, tenantId: actor.tenantId, origin: 'local', active: true })))
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
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'price_list.import',
      entityType: 'price_list',
      entityId: actor.tenantId,
      requestId: options.requestId,
      detail: { added: summary.added, updated: summary.updated, unchanged: summary.unchanged, codes: writes.slice(0, 200).map((item) => item.code) },
    });
    return summary;
  });
}

// --- legal library ----------------------------------------------------------------------------

export interface LegalBasisFilter {
  q?: string;
  domain?: string;
  origin?: string;
  includeInactive?: boolean;
}

export async function listLegalBases(db: Db, tenantId: string, filter: LegalBasisFilter): Promise<LegalBasisRow[]> {
  const where: (SQL | undefined)[] = [
    eq(legalBases.tenantId, tenantId),
    filter.includeInactive ? undefined : eq(legalBases.active, true),
    filter.origin ? eq(legalBases.origin, filter.origin) : undefined,
  ];
  const rows = await db.select().from(legalBases).where(and(...where));
  const terms = queryTerms(filter.q);
  return rows
    .filter((row) => !filter.domain || row.domains.length === 0 || row.domains.includes(filter.domain))
    .filter((row) => matchesQuery(terms, [row.code, row.regulation, row.shortName, row.article, row.description, row.note]))
    .sort((a, b) => compareNatural(a.shortName, b.shortName) || compareNatural(a.article, b.article) || compareNatural(a.code, b.code));
}

export async function loadLegalBasis(db: Db, tenantId: string, code: string): Promise<LegalBasisRow> {
  const [row] = await db
    .select()
    .from(legalBases)
    .where(and(eq(legalBases.tenantId, tenantId), eq(legalBases.code, code)));
  if (!row) throw notFound(`Grondslag ${code} bestaat niet in uw juridische bibliotheek.`);
  return row;
}

export type LegalBasisInput = Omit<LegalBasisRow, 'tenantId' | 'origin' | 'active' | 'updatedAt'>;

export async function createLegalBasis(db: Db, actor: LibraryActor, basis: LegalBasisInput, requestId?: string): Promise<LegalBasisRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(legalBases)
      .values({ ...basis, tenantId: actor.tenantId, origin: 'local', active: true })
      .onConflictDoNothing()
      .returning();
    if (!row) throw codeTaken('uw juridische bibliotheek');
    await recordAudit(tx, { tenantId: actor.tenantId, actor, action: 'legal_basis.create', entityType: 'legal_basis', entityId: row.code, requestId });
    return row;
  });
}

/** Edits a basis; as with prices, editing a national one makes it the municipality's own. */
export async function updateLegalBasis(
  db: Db,
  actor: LibraryActor,
  code: string,
  changes: Partial<LegalBasisInput> & { active?: boolean },
  requestId?: string,
  action: AuditAction = 'legal_basis.update',
): Promise<LegalBasisRow> {
  return db.transaction(async (tx) => {
    const current = await loadLegalBasis(tx, actor.tenantId, code);
    const fields = changedFields(current, changes);
    if (fields.length === 0) return current;
    const origin = fields.some((field) => field !== 'active') ? 'local' : current.origin;
    const [row] = await tx
      .update(legalBases)
      .set({ ...changes, origin, updatedAt: sql`now()` })
      .where(and(eq(legalBases.tenantId, actor.tenantId), eq(legalBases.code, code)))
      .returning();
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action,
      entityType: 'legal_basis',
      entityId: code,
      requestId,
      detail: { fields, ...(changes.active !== undefined ? { active: changes.active } : {}), ...(origin !== current.origin ? { origin } : {}) },
    });
    return row!;
  });
}

/** The legal bases named by this municipality's plans (deleted drafts excluded), counted per plan. */
export async function legalBasisUsage(db: Db, tenantId: string): Promise<UsageCount[]> {
  const rows = await db
    .select({ legalBases: sql<LegalReference[] | null>`${plans.document}->'legalBases'` })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), isNull(plans.deletedAt)));
  return usageFromPlans(rows.map((row) => row.legalBases));
}
