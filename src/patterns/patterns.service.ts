import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/audit.js';
import type { BottleneckLevel, Domain } from '../plans/domain/vocabulary.js';
import { scanForPersonalData } from '../privacy/domain/guard.js';
import { AppError, invalid } from '../shared/errors.js';
import { allowedPhases, canMovePhase, phaseLabel, type PatternPhase } from './domain/phases.js';
import { isActiveUser, loadPattern, resolvePlans, type PatternRow } from './patterns.queries.js';
import { patternPlans, patterns } from './patterns.schema.js';

export interface Actor {
  id: string;
  email: string;
  tenantId: string;
}

export interface PatternTexts {
  title: string;
  description: string;
  steps: string;
  diagnosis: string;
  solutions: string;
  decisions: string;
}

export interface PatternFields extends PatternTexts {
  level: BottleneckLevel;
  theme: Domain;
  ownerId: string | null;
}

/** Every text a beleid user types may travel to a national programme: a BSN is refused with its path. */
function assertNoBsn(texts: PatternTexts) {
  const { errors } = scanForPersonalData(texts);
  if (errors.length > 0) throw invalid(errors, 'Het patroon bevat een burgerservicenummer.');
}

async function assertOwner(db: Db, tenantId: string, ownerId: string | null) {
  if (ownerId !== null && !(await isActiveUser(db, tenantId, ownerId))) {
    throw invalid([{ path: 'ownerId', message: 'Kies als patrooneigenaar een actieve collega van uw gemeente.' }]);
  }
}

async function replaceLinks(tx: Db, tenantId: string, patternId: string, planIds: string[]) {
  await tx.delete(patternPlans).where(and(eq(patternPlans.tenantId, tenantId), eq(patternPlans.patternId, patternId)));
  if (planIds.length) await tx.insert(patternPlans).values(planIds.map((planId) => ({ tenantId, patternId, planId })));
}

export interface Illustrations {
  planIds?: string[];
  illustrationKeys?: string[];
}

export type LinkMode = 'replace' | 'add';

async function resolveIllustrations(db: Db, secret: string, tenantId: string, input: Illustrations): Promise<string[]> {
  const resolved = await resolvePlans(db, secret, tenantId, input.planIds ?? [], input.illustrationKeys ?? []);
  const errors = [
    ...resolved.unknownPlanIds.map(({ index }) => ({ path: `planIds.${index}`, message: 'Dit plan bestaat niet in uw gemeente.' })),
    ...resolved.unknownKeys.map(({ index }) => ({ path: `illustrationKeys.${index}`, message: 'Deze casus bestaat niet (meer) in uw gemeente. Laad de suggesties opnieuw.' })),
  ];
  if (errors.length) throw invalid(errors);
  return resolved.planIds;
}

export async function createPattern(db: Db, secret: string, actor: Actor, fields: PatternFields & Illustrations, requestId?: string): Promise<PatternRow> {
  assertNoBsn(fields);
  await assertOwner(db, actor.tenantId, fields.ownerId);
  const planIds = await resolveIllustrations(db, secret, actor.tenantId, fields);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(patterns)
      .values({
        tenantId: actor.tenantId,
        id: crypto.randomUUID(),
        title: fields.title,
        description: fields.description,
        level: fields.level,
        theme: fields.theme,
        ownerId: fields.ownerId,
        steps: fields.steps,
        diagnosis: fields.diagnosis,
        solutions: fields.solutions,
        decisions: fields.decisions,
        createdBy: actor.id,
      })
      .returning();
    await replaceLinks(tx, actor.tenantId, row!.id, planIds);
    await recordAudit(tx, { tenantId: actor.tenantId, actor, action: 'pattern.create', entityType: 'pattern', entityId: row!.id, requestId, detail: { plans: planIds.length } });
    return row!;
  });
}

export async function updatePattern(
  db: Db,
  actor: Actor,
  id: string,
  baseVersion: number,
  fields: PatternFields & { phase: PatternPhase },
  requestId?: string,
): Promise<PatternRow> {
  assertNoBsn(fields);
  await assertOwner(db, actor.tenantId, fields.ownerId);
  return db.transaction(async (tx) => {
    const current = await loadPattern(tx, actor.tenantId, id);
    if (current.version !== baseVersion) {
      throw new AppError('conflict', `U bewerkte versie ${baseVersion}; de opgeslagen versie is ${current.version}. Laad het patroon opnieuw.`);
    }
    if (!canMovePhase(current.phase as PatternPhase, fields.phase)) {
      const allowed = allowedPhases(current.phase as PatternPhase).map(phaseLabel).join(', ');
      throw invalid([{ path: 'phase', message: `Een patroon gaat één fase tegelijk vooruit of terug. Vanuit “${phaseLabel(current.phase)}” kan het naar: ${allowed}.` }]);
    }
    const [row] = await tx
      .update(patterns)
      .set({ ...fields, version: sql`${patterns.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(patterns.tenantId, actor.tenantId), eq(patterns.id, id), eq(patterns.version, baseVersion)))
      .returning();
    if (!row) throw new AppError('conflict', 'Iemand anders sloeg tegelijk op. Laad het patroon opnieuw.');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'pattern.update',
      entityType: 'pattern',
      entityId: id,
      requestId,
      detail: { version: row.version, phase: row.phase, ...(current.phase !== row.phase ? { fromPhase: current.phase } : {}) },
    });
    return row;
  });
}

/** Replaces the illustrating plans; the pattern's version is not touched (links are not its text). */
export async function linkPlans(db: Db, secret: string, actor: Actor, id: string, input: Illustrations & { mode: LinkMode }, requestId?: string): Promise<number> {
  const given = await resolveIllustrations(db, secret, actor.tenantId, input);
  return db.transaction(async (tx) => {
    await loadPattern(tx, actor.tenantId, id);
    const existing =
      input.mode === 'add'
        ? (await tx.select({ planId: patternPlans.planId }).from(patternPlans).where(and(eq(patternPlans.tenantId, actor.tenantId), eq(patternPlans.patternId, id)))).map((r) => r.planId)
        : [];
    const planIds = [...new Set([...existing, ...given])];
    await replaceLinks(tx, actor.tenantId, id, planIds);
    await recordAudit(tx, { tenantId: actor.tenantId, actor, action: 'pattern.link_plans', entityType: 'pattern', entityId: id, requestId, detail: { plans: planIds.length } });
    return planIds.length;
  });
}
