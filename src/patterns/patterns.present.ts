import type { Db } from '../db/client.js';
import { DOMAINS, BOTTLENECK_LEVELS, labelOf, type BottleneckLevel, type Domain } from '../plans/domain/vocabulary.js';
import { can, type Actor } from '../policy/policy.js';
import { phaseLabel, type PatternPhase } from './domain/phases.js';
import type { Suggestion as RolledUp } from './domain/rollup.js';
import type { Pattern, Suggestion } from './patterns.contract.js';
import { illustrationKey, loadLinkedPlans, ownerNames, type LinkedPlan, type PatternRow } from './patterns.queries.js';

/**
 * What a pattern looks like to a reader. Without `plans.read` (beleid) only the number of
 * illustrating plans: never their ids or case numbers.
 */
export function presentPattern(row: PatternRow, linked: LinkedPlan[], ownerName: string | null, mayReadPlans: boolean): Pattern {
  const mine = linked.filter((link) => link.patternId === row.id);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    level: row.level as BottleneckLevel,
    levelLabel: labelOf(BOTTLENECK_LEVELS, row.level as BottleneckLevel),
    theme: row.theme as Domain,
    themeLabel: labelOf(DOMAINS, row.theme as Domain),
    ownerId: row.ownerId,
    ownerName,
    phase: row.phase as PatternPhase,
    phaseLabel: phaseLabel(row.phase),
    steps: row.steps,
    diagnosis: row.diagnosis,
    solutions: row.solutions,
    decisions: row.decisions,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    linkedPlans: mine.length,
    ...(mayReadPlans ? { linkedCases: mine.map((link) => ({ planId: link.planId, caseNumber: link.caseNumber })) } : {}),
  };
}

/**
 * A rollup suggestion. Everyone gets counts, the rule text and opaque illustration keys to link
 * the plans with; only readers of plans get the case numbers and the bottleneck descriptions.
 */
export function presentSuggestion(
  suggestion: RolledUp,
  context: { secret: string; tenantId: string; caseNumbers: Map<string, string>; mayReadPlans: boolean },
): Suggestion {
  return {
    key: suggestion.key,
    theme: suggestion.theme,
    themeLabel: labelOf(DOMAINS, suggestion.theme),
    rule: suggestion.rule,
    plans: suggestion.plans,
    levels: suggestion.levels,
    illustrationKeys: suggestion.planIds.map((id) => illustrationKey(context.secret, context.tenantId, id)),
    ...(context.mayReadPlans
      ? {
          descriptions: suggestion.descriptions,
          cases: suggestion.planIds.map((planId) => ({ planId, caseNumber: context.caseNumbers.get(planId) ?? '' })),
        }
      : {}),
  };
}

/** Patterns as readers see them: with owner names and illustrating plans, loaded in two queries. */
export async function presentPatterns(db: Db, reader: Actor, rows: PatternRow[]): Promise<Pattern[]> {
  const [linked, owners] = await Promise.all([
    loadLinkedPlans(db, reader.tenantId, rows.map((row) => row.id)),
    ownerNames(db, reader.tenantId, rows.map((row) => row.ownerId)),
  ]);
  const mayReadPlans = can(reader, 'plans.read');
  return rows.map((row) => presentPattern(row, linked, row.ownerId ? (owners.get(row.ownerId) ?? null) : null, mayReadPlans));
}
