import { and, desc, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import type { Db } from '../db/client.js';
import type { AuditEvent } from '../http/command.js';
import { conflict, saveVersioned, type Loser } from '../http/versioned.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { invalid, notFound } from '../shared/errors.js';
import { formatMoment } from '../shared/moments.js';
import { users } from '../users/users.schema.js';
import { EDITABLE_STATUSES } from '../workflow/domain/machine.js';
import { afterPlanEdited, lockPlan } from '../workflow/workflow.history.js';
import { STRUCTURED_FIELDS, type PlanDocument } from './domain/plan-document.js';
import type { PlanStatus } from './domain/statuses.js';
import { refreshPlanKba } from './plan-derived.js';
import { presentPlan } from './plans.present.js';
import { plans } from './plans.schema.js';

export type PlanRow = typeof plans.$inferSelect;

/** Who writes a plan: its author, and the actor in the audit log. */
export interface Actor {
  id: string;
  email: string;
  tenantId: string;
}

const READ_ONLY_MESSAGE = 'Dit plan is in uitvoering, afgesloten, afgewezen of ingetrokken en kan niet meer worden gewijzigd.';
const NOT_FOUND_MESSAGE = 'Dit plan bestaat niet of u heeft er geen toegang toe.';

/** A BSN anywhere in the document is refused with its path (CONTRACT.md). */
const refuseBsn = (document: PlanDocument) => rejectBsn(document, { structured: STRUCTURED_FIELDS, detail: 'Het plan bevat een burgerservicenummer.' });

export async function loadPlan(db: Db, tenantId: string, id: string): Promise<PlanRow> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), eq(plans.id, id), isNull(plans.deletedAt)));
  if (!row) throw notFound(NOT_FOUND_MESSAGE);
  return row;
}

/** The plan, locked until the transaction ends: a save and a decision at the table must not interleave. */
export async function loadPlanLocked(tx: Db, tenantId: string, id: string): Promise<PlanRow> {
  const row = await lockPlan(tx, tenantId, id);
  if (!row) throw notFound(NOT_FOUND_MESSAGE);
  return row;
}

export interface PlanListFilter {
  statuses: readonly string[];
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** The tenant's plans, last updated first; `q` matches the case number and any text of the document. */
export async function listPlans(db: Db, tenantId: string, filter: PlanListFilter): Promise<{ rows: PlanRow[]; total: number }> {
  const pattern = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const where = and(
    eq(plans.tenantId, tenantId),
    isNull(plans.deletedAt),
    filter.statuses.length ? inArray(plans.status, [...filter.statuses]) : undefined,
    pattern ? or(ilike(plans.caseNumber, pattern), ilike(sql`${plans.document}::text`, pattern)) : undefined,
  );
  const [rows, total] = await Promise.all([
    db.select().from(plans).where(where).orderBy(desc(plans.updatedAt)).limit(filter.limit).offset(filter.offset),
    db.$count(plans, where),
  ]);
  return { rows, total };
}

/** The author's name, for the printed canvas; null when the account is gone. */
export async function planAuthorName(db: Db, plan: Pick<PlanRow, 'tenantId' | 'authorId'>): Promise<string | null> {
  const [author] = await db
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.tenantId, plan.tenantId), eq(users.id, plan.authorId)));
  return author?.name ?? null;
}

async function assertCaseNumberFree(db: Db, tenantId: string, caseNumber: string, exceptId?: string) {
  const [taken] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), eq(plans.caseNumber, caseNumber), isNull(plans.deletedAt)));
  if (taken && taken.id !== exceptId) throw invalid([{ path: 'caseNumber', message: 'Dit casusnummer bestaat al in uw gemeente.' }]);
}

/** The audit event of a new plan. */
export const planCreated = (row: PlanRow): AuditEvent => ({ action: 'plan.create', entityType: 'plan', entityId: row.id });

/**
 * Stores a new draft and what is derived from it, inside the caller's transaction; the caller
 * audits it (`planCreated`): the POST route through its command, `createPlan` by itself.
 */
export async function insertPlan(tx: Db, actor: Actor, document: PlanDocument): Promise<PlanRow> {
  refuseBsn(document);
  await assertCaseNumberFree(tx, actor.tenantId, document.caseNumber);
  const [row] = await tx
    .insert(plans)
    .values({ tenantId: actor.tenantId, id: crypto.randomUUID(), caseNumber: document.caseNumber, document, authorId: actor.id, savedBy: actor.id })
    .returning();
  await refreshPlanKba(tx, actor.tenantId, row!.id, document);
  return row!;
}

/**
 * Creates a plan outside HTTP (the demo seed, the CLI import): its own transaction (a savepoint
 * inside the caller's) with its audit event.
 */
export async function createPlan(
  db: Db,
  actor: Actor,
  document: PlanDocument,
  requestId?: string,
  /** `plan.import` for a plan from another municipality's export (the CLI import). */
  how: { action: 'plan.create' | 'plan.import'; via?: string } = { action: 'plan.create' },
): Promise<PlanRow> {
  return db.transaction(async (tx) => {
    const row = await insertPlan(tx, actor, document);
    await recordAudit(tx, { ...planCreated(row), action: how.action, ...(how.via ? { detail: { via: how.via } } : {}), tenantId: actor.tenantId, actor, requestId });
    return row;
  });
}

/**
 * Saves a new version of a plan the caller has locked (`loadPlanLocked`) when nobody saved since
 * `baseVersion`; otherwise a 409 that carries both the rejected document (so nothing typed is
 * lost) and the plan as it now stands. Returns the saved plan and the audit events of the save
 * (an approved plan also goes back to the table).
 */
export async function savePlan(tx: Db, actor: Actor, current: PlanRow, baseVersion: number, document: PlanDocument, now: Date): Promise<{ row: PlanRow; events: AuditEvent[] }> {
  refuseBsn(document);
  if (!EDITABLE_STATUSES.includes(current.status as PlanStatus)) throw invalid([{ path: 'status', message: READ_ONLY_MESSAGE }], READ_ONLY_MESSAGE);
  const loser: Loser = {
    detail: `Terwijl u werkte, is het plan opgeslagen op ${formatMoment(current.savedAt ?? current.createdAt)}. Uw tekst staat hieronder en is niet verloren.`,
    sent: { document },
    current: () => presentPlan(current),
  };
  // Stale first: the user resolves the conflict before anything else of this save matters.
  if (current.version !== baseVersion) throw conflict(loser);
  if (document.caseNumber !== current.caseNumber) await assertCaseNumberFree(tx, actor.tenantId, document.caseNumber, current.id);
  const saved = await saveVersioned(
    tx,
    plans,
    { tenantId: actor.tenantId, id: current.id, baseVersion, currentVersion: current.version },
    { document, caseNumber: document.caseNumber, updatedAt: sql`now()`, savedAt: sql`now()`, savedBy: actor.id },
    loser,
  );
  await refreshPlanKba(tx, actor.tenantId, current.id, document);
  const after = await afterPlanEdited(tx, actor, current, saved, now);
  return { row: after.row, events: [{ action: 'plan.update', entityType: 'plan', entityId: current.id, detail: { version: saved.version } }, ...after.events] };
}

/** Soft delete: the row stays (audit, restore), its case number is free again. */
export async function deletePlan(tx: Db, plan: Pick<PlanRow, 'tenantId' | 'id'>): Promise<void> {
  await tx.update(plans).set({ deletedAt: sql`now()` }).where(and(eq(plans.tenantId, plan.tenantId), eq(plans.id, plan.id)));
}
