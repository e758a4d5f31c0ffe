import type { BottleneckLevel, Domain } from '../../plans/domain/vocabulary.js';

/**
 * Bottlenecks recorded on plans, rolled up into candidate patterns: the same rule under the same
 * theme is one suggestion, however the maatwerkers wrote it (case, spaces, trailing punctuation).
 * A beleid user turns a suggestion into a pattern; the cases only illustrate it.
 */

export interface PlanBottlenecks {
  planId: string;
  bottlenecks: readonly { description: string; rule: string; level: BottleneckLevel; theme: Domain }[];
}

export interface Suggestion {
  /** Stable for the same theme and rule text: the theme key and the normalised rule. */
  key: string;
  theme: Domain;
  /** The rule as first written (of the plans in input order). */
  rule: string;
  /** Distinct plans that name this bottleneck. */
  plans: number;
  /** Bottlenecks per level; a plan may name the same rule twice. */
  levels: Record<BottleneckLevel, number>;
  planIds: string[];
  /** Case text: only for users who may read the plans. */
  descriptions: string[];
}

/** Lower case, NFKC, single spaces, no trailing punctuation: how two people write the same rule. */
export function normaliseRule(rule: string): string {
  return rule
    .normalize('NFKC')
    .toLocaleLowerCase('nl-NL')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;:,!?]+$/u, '');
}

export function suggestionKey(theme: string, rule: string): string {
  return `${theme}|${normaliseRule(rule)}`;
}

export function rollupBottlenecks(plans: readonly PlanBottlenecks[]): Suggestion[] {
  const byKey = new Map<string, Suggestion>();
  for (const plan of plans) {
    for (const bottleneck of plan.bottlenecks) {
      const key = suggestionKey(bottleneck.theme, bottleneck.rule);
      let suggestion = byKey.get(key);
      if (!suggestion) {
        suggestion = { key, theme: bottleneck.theme, rule: bottleneck.rule.trim(), plans: 0, levels: { local: 0, regional: 0, national: 0 }, planIds: [], descriptions: [] };
        byKey.set(key, suggestion);
      }
      suggestion.levels[bottleneck.level] += 1;
      if (bottleneck.description.trim()) suggestion.descriptions.push(bottleneck.description.trim());
      if (!suggestion.planIds.includes(plan.planId)) {
        suggestion.planIds.push(plan.planId);
        suggestion.plans += 1;
      }
    }
  }
  return [...byKey.values()].sort((a, b) => b.plans - a.plans || a.key.localeCompare(b.key, 'nl'));
}

/** The level most bottlenecks of a suggestion name; on a tie the wider one (it needs more hands). */
export function dominantLevel(levels: Record<BottleneckLevel, number>): BottleneckLevel {
  const order: BottleneckLevel[] = ['national', 'regional', 'local'];
  return order.reduce((best, level) => (levels[level] > levels[best] ? level : best), order[0]!);
}
