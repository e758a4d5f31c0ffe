import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { saveVersioned } from '../http/versioned.js';
import type { BottleneckLevel, Domain } from '../plans/domain/vocabulary.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { invalid } from '../shared/errors.js';
import { allowedPhases, canMovePhase, phaseLabel, type PatternPhase } from './domain/phases.js';
import { isActiveUser, resolvePlans, type PatternRow } from './patterns.queries.js';
import { patternPlans, patterns } from './patterns.schema.js';

/**
 * The changes of systeemleren. Each takes the transaction of the command (src/http/command.ts),
 * which authorises before and writes the audit event after: nothing here records audit itself.
 */

export interface Actor {
  id: string;
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

export interface Illustrations {
  planIds?: string[];
  illustrationKeys?: string[];
}

export type LinkMode = 'replace' | 'add';

/** Every text a beleid user types may travel to a national programme: a BSN is refused with its path. */
function rejectBsnInTexts(fields: PatternTexts) {
  const { title, description, steps, diagnosis, solutions, decisions } = fields;
  rejectBsn({ title, description, steps, diagnosis, solutions, decisions }, { detail: 'Het patroon bevat een burgerservicenummer.' });
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

async function resolveIllustrations(db: Db, secret: string, tenantId: string, input: Illustrations): Promise<string[]> {
  const resolved = await resolvePlans(db, secret, tenantId, input.planIds ?? [], input.illustrationKeys ?? []);
  const errors = [
    ...resolved.unknownPlanIds.map(({ index }) => ({ path: `planIds.${index}`, message: 'Dit plan bestaat niet in uw gemeente.' })),
    ...resolved.unknownKeys.map(({ index }) => ({ path: `illustrationKeys.${index}`, message: 'Deze casus bestaat niet (meer) in uw gemeente. Laad de suggesties opnieuw.' })),
  ];
  if (errors.length) throw invalid(errors);
  return resolved.planIds;
}

/** A new pattern in phase 1 with its illustrating plans; returns the row and how many plans it links. */
export async function createPattern(tx: Db, secret: string, actor: Actor, fields: PatternFields & Illustrations): Promise<{ row: PatternRow; plans: number }> {
  rejectBsnInTexts(fields);
  await assertOwner(tx, actor.tenantId, fields.ownerId);
  const planIds = await resolveIllustrations(tx, secret, actor.tenantId, fields);
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
  return { row: row!, plans: planIds.length };
}

export type PatternChanges = PatternFields & { phase: PatternPhase };

/**
 * Saves the whole pattern when `baseVersion` is still the stored one; otherwise a 409 that returns
 * what the loser sent and the pattern as it now stands (`present`, only computed for the loser).
 */
export async function updatePattern(
  tx: Db,
  current: PatternRow,
  baseVersion: number,
  changes: PatternChanges,
  present: (row: PatternRow) => Promise<unknown>,
): Promise<PatternRow> {
  rejectBsnInTexts(changes);
  await assertOwner(tx, current.tenantId, changes.ownerId);
  const stale = current.version !== baseVersion;
  // The phase is checked against the version the user saw; a stale save is a 409 first.
  if (!stale && !canMovePhase(current.phase as PatternPhase, changes.phase)) {
    const allowed = allowedPhases(current.phase as PatternPhase).map(phaseLabel).join(', ');
    throw invalid([{ path: 'phase', message: `Een patroon gaat één fase tegelijk vooruit of terug. Vanuit “${phaseLabel(current.phase)}” kan het naar: ${allowed}.` }]);
  }
  const presented = stale ? await present(current) : undefined;
  return saveVersioned(
    tx,
    patterns,
    { tenantId: current.tenantId, id: current.id, baseVersion, currentVersion: current.version },
    { ...changes, updatedAt: sql`now()` },
    {
      detail: stale
        ? `U bewerkte versie ${baseVersion}; intussen is versie ${current.version} opgeslagen. Uw tekst is niet opgeslagen maar ook niet weg: vergelijk hem met de huidige versie en sla opnieuw op.`
        : 'Iemand anders sloeg tegelijk op. Uw tekst is niet opgeslagen maar ook niet weg: laad het patroon opnieuw en sla opnieuw op.',
      sent: { pattern: changes },
      ...(presented === undefined ? {} : { current: () => presented }),
    },
  );
}

/** Replaces (or adds to) the illustrating plans; the pattern's version is not touched (links are not its text). */
export async function linkPlans(tx: Db, secret: string, pattern: PatternRow, input: Illustrations & { mode: LinkMode }): Promise<number> {
  const given = await resolveIllustrations(tx, secret, pattern.tenantId, input);
  const existing =
    input.mode === 'add'
      ? (await tx.select({ planId: patternPlans.planId }).from(patternPlans).where(and(eq(patternPlans.tenantId, pattern.tenantId), eq(patternPlans.patternId, pattern.id)))).map(
          (r) => r.planId,
        )
      : [];
  const planIds = [...new Set([...existing, ...given])];
  await replaceLinks(tx, pattern.tenantId, pattern.id, planIds);
  return planIds.length;
}
