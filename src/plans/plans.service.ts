import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/audit.js';
import { AppError, invalid, notFound } from '../shared/errors.js';
import { scanForPersonalData } from '../privacy/domain/guard.js';
import { STRUCTURED_FIELDS, type PlanDocument } from './domain/plan-document.js';
import { plans } from './plans.schema.js';
import { presentPlan } from './plans.present.js';
import type { PlanStatus } from './domain/statuses.js';
import { EDITABLE_STATUSES } from '../workflow/domain/machine.js';
import { afterPlanEdited, lockPlan } from '../workflow/workflow.history.js';
import { refreshPlanKba } from '../dashboard/plan-kba.js';

const READ_ONLY_MESSAGE = 'Dit plan is in uitvoering, afgesloten, afgewezen of ingetrokken en kan niet meer worden gewijzigd.';

export interface Actor {
  id: string;
  email: string;
  tenantId: string;
}

/** A BSN anywhere in the document is refused with its path (CONTRACT.md). */
export function assertNoBsn(document: PlanDocument): void {
  const { errors } = scanForPersonalData(document, { structured: STRUCTURED_FIELDS });
  if (errors.length > 0) throw invalid(errors, 'Het plan bevat een burgerservicenummer.');
}

const caseNumberTaken = () => invalid([{ path: 'caseNumber', message: 'Dit casusnummer bestaat al in uw gemeente.' }]);

export async function loadPlan(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), eq(plans.id, id), isNull(plans.deletedAt)));
  if (!row) throw notFound('Dit plan bestaat niet of u heeft er geen toegang toe.');
  return row;
}

async function assertCaseNumberFree(db: Db, tenantId: string, caseNumber: string, exceptId?: string) {
  const [taken] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), eq(plans.caseNumber, caseNumber), isNull(plans.deletedAt)));
  if (taken && taken.id !== exceptId) throw caseNumberTaken();
}

export async function createPlan(db: Db, actor: Actor, document: PlanDocument, requestId?: string) {
  assertNoBsn(document);
  return db.transaction(async (tx) => {
    await assertCaseNumberFree(tx, actor.tenantId, document.caseNumber);
    const [row] = await tx
      .insert(plans)
      .values({ tenantId: actor.tenantId, id: crypto.randomUUID(), caseNumber: document.caseNumber, document, authorId: actor.id })
      .returning();
    await refreshPlanKba(tx, actor.tenantId, row!.id, document);
    await recordAudit(tx, { tenantId: actor.tenantId, actor, action: 'plan.create', entityType: 'plan', entityId: row!.id, requestId });
    return row!;
  });
}

/**
 * Saves a new version when nobody saved since `baseVersion`; otherwise a 409 that carries both the
 * rejected document (so nothing typed is lost) and the plan as it now stands.
 */
export async function updatePlan(db: Db, actor: Actor, id: string, baseVersion: number, document: PlanDocument, requestId?: string, now = new Date()) {
  assertNoBsn(document);
  return db.transaction(async (tx) => {
    // Locked: a decision at the table and a save must not interleave (workflow.history.ts).
    await lockPlan(tx, actor.tenantId, id);
    const current = await loadPlan(tx, actor.tenantId, id);
    if (!EDITABLE_STATUSES.includes(current.status as PlanStatus)) {
      throw invalid([{ path: 'status', message: READ_ONLY_MESSAGE }], READ_ONLY_MESSAGE);
    }
    if (current.version !== baseVersion) {
      throw new AppError('conflict', `U bewerkte versie ${baseVersion}; de opgeslagen versie is ${current.version}. Uw tekst staat hieronder en is niet verloren.`, [], {
        document,
        current: presentPlan(current),
      });
    }
    if (document.caseNumber !== current.caseNumber) await assertCaseNumberFree(tx, actor.tenantId, document.caseNumber, id);
    const [row] = await tx
      .update(plans)
      .set({ document, caseNumber: document.caseNumber, version: sql`${plans.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(plans.tenantId, actor.tenantId), eq(plans.id, id), eq(plans.version, baseVersion)))
      .returning();
    if (!row) throw new AppError('conflict', 'Iemand anders sloeg tegelijk op. Uw tekst staat hieronder en is niet verloren.', [], { document });
    await refreshPlanKba(tx, actor.tenantId, id, document);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'plan.update',
      entityType: 'plan',
      entityId: id,
      requestId,
      detail: { version: row.version },
    });
    return afterPlanEdited(tx, actor, current, row, requestId, now);
  });
}
