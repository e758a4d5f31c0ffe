import { PILLARS, type Pillar } from '../../imports/domain/records.js';

/** Growth of what is not yet realised in a scenario, per pillar, in hundredths of a percent (250 = 2.5 %). */
export interface GrowthAssumption {
  pillar: Pillar;
  positiveBasisPoints: number;
  negativeBasisPoints: number;
}

/**
 * Defaults from the Maastricht model's volume growth of 5/3/2/1 % a year (seed 001, V643–675): the
 * most volatile pillar, youth care, gets the widest band. The negative scenario grows what is not
 * yet realised by that much, the positive one shrinks it by as much; the budget holder edits them.
 */
const DEFAULT_PERCENT: Readonly<Record<Pillar, number>> = { jeugd: 5, wmo: 3, participatie: 2, schuldhulp: 1, onderwijs: 1 };

export function defaultAssumptions(): GrowthAssumption[] {
  return PILLARS.map((pillar) => ({ pillar, positiveBasisPoints: -DEFAULT_PERCENT[pillar] * 100, negativeBasisPoints: DEFAULT_PERCENT[pillar] * 100 }));
}

/** The stored ones over the defaults, in pillar order. */
export function withDefaults(stored: readonly GrowthAssumption[]): GrowthAssumption[] {
  const byPillar = new Map(stored.map((row) => [row.pillar, row]));
  return defaultAssumptions().map((row) => byPillar.get(row.pillar) ?? row);
}

export const percentToBasisPoints = (percent: number) => Math.round(percent * 100);
export const basisPointsToPercent = (basisPoints: number) => basisPoints / 100;
