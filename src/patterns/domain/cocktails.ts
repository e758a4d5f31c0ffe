import type { Domain } from '../../plans/domain/vocabulary.js';

/**
 * "Giftige cocktails" (seed 003, Maatpact): problem domains that occur together in one household.
 * Only counts; the share is in integer per-mille so sums and tests never drift.
 */

export interface PlanDomains {
  domains: readonly Domain[];
  /** Number of children in the household, when known. */
  children?: number | null;
}

export interface Combination {
  domains: Domain[];
  count: number;
  /** count / plans in per-mille, rounded half up; 0 when there are no plans. */
  share: number;
}

/** Kinderen is no domain of the canvas: a household with children, or a parenting/youth domain. */
export const CHILDREN = 'children' as const;
export type MaatpactIngredient = Domain | typeof CHILDREN;

/**
 * The four clusters of the Maatpact analysis of 100 cases, mapped onto the canvas domains:
 * - GGZ → `mental-health`; jeugdzorg → `youth`; schulden → `debts`; woonproblematiek → `housing`;
 * - kinderen → `children` (kinderen in het huishouden, of het domein opvoeding of jeugd);
 * - "niet passende begeleiding/ondersteuning" → `care` (zorg en ondersteuning): the nearest domain;
 * - "geen uitkering / geen inkomen" → `income`: the canvas records income as a problem domain.
 */
export const MAATPACT_COMBINATIONS = [
  {
    key: 'ggz-wonen-kinderen-ondersteuning',
    label: 'GGZ, wonen, kinderen en niet passende ondersteuning',
    ingredients: ['mental-health', 'housing', CHILDREN, 'care'],
  },
  { key: 'jeugd-wonen-kinderen', label: 'Jeugdhulp, wonen en kinderen', ingredients: ['youth', 'housing', CHILDREN] },
  { key: 'schulden-wonen-kinderen', label: 'Schulden, wonen en kinderen', ingredients: ['debts', 'housing', CHILDREN] },
  { key: 'ggz-wonen-inkomen', label: 'GGZ, wonen en geen inkomen', ingredients: ['mental-health', 'housing', 'income'] },
] as const satisfies readonly { key: string; label: string; ingredients: readonly MaatpactIngredient[] }[];

export type MaatpactKey = (typeof MAATPACT_COMBINATIONS)[number]['key'];

export interface MaatpactCount {
  key: MaatpactKey;
  label: string;
  domains: MaatpactIngredient[];
  count: number;
  share: number;
}

export interface Cocktails {
  plans: number;
  pairs: Combination[];
  triples: Combination[];
  maatpact: MaatpactCount[];
}

/** count/total in per-mille, rounded half up, exact in integers. */
export function perMille(count: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((count * 2000 + total) / (2 * total));
}

/** "37,5 %" from per-mille: the Dutch way, without floating point. */
export function formatPerMille(share: number): string {
  return `${Math.floor(share / 10)},${share % 10} %`;
}

function ingredientsOf(plan: PlanDomains): Set<MaatpactIngredient> {
  const set = new Set<MaatpactIngredient>(plan.domains);
  if ((plan.children ?? 0) > 0 || set.has('parenting') || set.has('youth')) set.add(CHILDREN);
  return set;
}

function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of combinations(items.slice(i + 1), size - 1)) out.push([item, ...rest]);
  });
  return out;
}

function countCombinations(plans: readonly PlanDomains[], size: number): Combination[] {
  const counts = new Map<string, { domains: Domain[]; count: number }>();
  for (const plan of plans) {
    const domains = [...new Set(plan.domains)].sort();
    for (const combination of combinations(domains, size)) {
      const key = combination.join('+');
      const entry = counts.get(key) ?? { domains: combination, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .map((entry) => ({ ...entry, share: perMille(entry.count, plans.length) }))
    .sort((a, b) => b.count - a.count || a.domains.join('+').localeCompare(b.domains.join('+')));
}

export function cocktails(plans: readonly PlanDomains[]): Cocktails {
  const sets = plans.map(ingredientsOf);
  return {
    plans: plans.length,
    pairs: countCombinations(plans, 2),
    triples: countCombinations(plans, 3),
    maatpact: MAATPACT_COMBINATIONS.map((combination) => {
      const count = sets.filter((set) => combination.ingredients.every((ingredient) => set.has(ingredient))).length;
      return { key: combination.key, label: combination.label, domains: [...combination.ingredients], count, share: perMille(count, plans.length) };
    }),
  };
}

export const SMALL_NUMBER = 3;
export const HIDDEN_COUNT = '< 3' as const;

export type Masked<T extends { count: number; share: number }> = Omit<T, 'count' | 'share'> & { count: number | typeof HIDDEN_COUNT; share: number | null };

/**
 * Small-number privacy: without access to the cases, a combination of one or two households could
 * point at a family, so it shows as "< 3" without a share. Zero identifies nobody.
 */
export function maskRow<T extends { count: number; share: number }>(row: T): Masked<T> {
  return row.count > 0 && row.count < SMALL_NUMBER ? { ...row, count: HIDDEN_COUNT, share: null } : row;
}

/** A sorted list, masked: the hidden rows after the visible ones, by domain, so order leaks nothing. */
export function maskSmall<T extends { count: number; share: number; domains: readonly string[] }>(rows: readonly T[]): Masked<T>[] {
  const visible = rows.filter((row) => row.count >= SMALL_NUMBER);
  const hidden = rows.filter((row) => row.count < SMALL_NUMBER).sort((a, b) => a.domains.join('+').localeCompare(b.domains.join('+')));
  return [...visible, ...hidden].map(maskRow);
}
