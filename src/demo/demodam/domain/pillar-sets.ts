import { PILLARS, type Pillar } from '../../../imports/domain/records.js';

/**
 * Which combinations of pillars Demodam's households have, at the proportions of Maastricht's
 * analysis (DOMAIN.md §9, first half of 2020): per 120,000 residents 13,346 households with
 * support; Wmo 7,166, Participatie 5,845, Jeugd 2,065, Schuldhulp 2,010, Onderwijs 603
 * households; 74.7 % on one pillar, 20.9 % on two, 3.6 % on three, 0.8 % on four or five.
 *
 * The class sizes are kept exactly. Within a class, a set's share is proportional to the product
 * of its pillars' weights and of the affinities of its pairs (benefits and debts go together,
 * youth care and school transport too); the weights are fitted (iterative proportional fitting)
 * so the per-pillar totals come as close to the seed's as the class sizes allow. They cannot all
 * be met: the seed's counts add up to 1.325 pillars per household, its percentages to at most
 * 1.31, so every pillar comes out about 1.4 % under its count.
 */
export const HOUSEHOLDS_PER_SCALE = 13_346;
export const PILLAR_HOUSEHOLDS: Readonly<Record<Pillar, number>> = { wmo: 7_166, participatie: 5_845, jeugd: 2_065, schuldhulp: 2_010, onderwijs: 603 };
/** Share of households on 1, 2, 3, 4 and 5 pillars (the seed's 0.8 % on 4–5 split 0.65 / 0.15). */
export const PILLAR_COUNT_SHARES = [0.747, 0.209, 0.036, 0.0065, 0.0015] as const;

const AFFINITY: Partial<Record<`${Pillar}+${Pillar}`, number>> = {
  'participatie+schuldhulp': 4,
  'jeugd+onderwijs': 3,
  'jeugd+participatie': 1.5,
  'wmo+jeugd': 0.6,
  'wmo+onderwijs': 0.6,
};

function affinity(a: Pillar, b: Pillar): number {
  return AFFINITY[`${a}+${b}`] ?? AFFINITY[`${b}+${a}`] ?? 1;
}

/** Every non-empty set of pillars, in PILLARS order within a set, smallest sets first. */
export const PILLAR_SETS: readonly (readonly Pillar[])[] = (() => {
  const sets: Pillar[][] = [];
  for (let mask = 1; mask < 1 << PILLARS.length; mask++) sets.push(PILLARS.filter((_, i) => mask & (1 << i)));
  return sets.sort((a, b) => a.length - b.length);
})();

/** The share of households with each set in PILLAR_SETS (sums to 1). */
export const PILLAR_SET_SHARES: readonly number[] = fitShares();

function fitShares(): number[] {
  const weight: Record<Pillar, number> = { wmo: 1, jeugd: 1, participatie: 1, schuldhulp: 1, onderwijs: 1 };
  const pairFactor = PILLAR_SETS.map((set) => {
    let f = 1;
    for (let i = 0; i < set.length; i++) for (let j = i + 1; j < set.length; j++) f *= affinity(set[i]!, set[j]!);
    return f;
  });
  const shares = () => {
    const raw = PILLAR_SETS.map((set, i) => set.reduce((f, p) => f * weight[p], pairFactor[i]!));
    const classTotal = [0, 0, 0, 0, 0];
    PILLAR_SETS.forEach((set, i) => (classTotal[set.length - 1]! += raw[i]!));
    return raw.map((r, i) => (PILLAR_COUNT_SHARES[PILLAR_SETS[i]!.length - 1]! * r) / classTotal[PILLAR_SETS[i]!.length - 1]!);
  };
  const totalTarget = Object.values(PILLAR_HOUSEHOLDS).reduce((a, b) => a + b, 0);
  for (let round = 0; round < 200; round++) {
    const s = shares();
    const reached = Object.fromEntries(PILLARS.map((p) => [p, 0])) as Record<Pillar, number>;
    PILLAR_SETS.forEach((set, i) => set.forEach((p) => (reached[p] += s[i]!)));
    const reachedTotal = PILLARS.reduce((t, p) => t + reached[p], 0);
    // Fit the pillars' shares of all pillar memberships; the class sizes fix their sum.
    for (const p of PILLARS) weight[p] *= (PILLAR_HOUSEHOLDS[p] / totalTarget / (reached[p] / reachedTotal)) ** 0.7;
  }
  return shares();
}

/**
 * How many of `households` households get each set: the shares rounded by largest remainder, so
 * the counts add up exactly and come out the same on every machine.
 */
export function allocateSets(households: number): number[] {
  const exact = PILLAR_SET_SHARES.map((s) => s * households);
  const counts = exact.map(Math.floor);
  let left = households - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) counts[order[k % order.length]![1]]!++;
  return counts;
}
