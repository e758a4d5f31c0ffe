import { PILLARS, type Pillar } from '../../imports/domain/records.js';
import type { FundingStream } from '../../plans/domain/vocabulary.js';

/** How many households have exactly this set of pillars active (pillars sorted by name). */
export interface PillarSetCount {
  pillars: Pillar[];
  households: number;
}

export interface OverlapFigures {
  clients: number | null;
  households: number | null;
  byPillarCount: { pillars: number; households: number | null }[];
  byPillar: { pillar: Pillar; households: number | null }[];
  combinations: { pillars: Pillar[]; households: number | null }[];
  suppressed: boolean;
}

/** Small-cell suppression: a count from 1 to 4 could point at a household, so it is withheld. */
export const suppress = (n: number): number | null => (n >= 1 && n <= 4 ? null : n);

/**
 * The overlap of CONTRACT.md from the distribution of pillar sets: households per number of
 * pillars (always five rows), per pillar (always the five, in their order), and every combination of two or more that occurs, most
 * households first (then by the pillars' names, so the order is stable).
 */
export function overlapFigures(sets: readonly PillarSetCount[], clients: number, options: { suppressSmallCells: boolean }): OverlapFigures {
  const cell = options.suppressSmallCells ? suppress : (n: number) => n;
  const households = sets.reduce((sum, set) => sum + set.households, 0);
  const byCount = [1, 2, 3, 4, 5].map((pillars) => ({
    pillars,
    households: cell(sets.filter((set) => set.pillars.length === pillars).reduce((sum, set) => sum + set.households, 0)),
  }));
  const byPillar = PILLARS.map((pillar) => ({
    pillar,
    households: sets.filter((set) => set.pillars.includes(pillar)).reduce((sum, set) => sum + set.households, 0),
  })).map((row) => ({ pillar: row.pillar, households: cell(row.households) }));
  const combinations = sets
    .filter((set) => set.pillars.length >= 2 && set.households > 0)
    .map((set) => ({ pillars: [...set.pillars].sort(), households: set.households }))
    .sort((a, b) => b.households - a.households || a.pillars.join(',').localeCompare(b.pillars.join(',')))
    .map((set) => ({ pillars: set.pillars, households: cell(set.households) }));
  return { clients: cell(clients), households: cell(households), byPillarCount: byCount, byPillar, combinations, suppressed: options.suppressSmallCells };
}

/** CONTRACT.md: the funding stream of a plan line for a service of this pillar. */
export const PILLAR_FUNDING_STREAM: Record<Pillar, FundingStream> = {
  wmo: 'wmo',
  jeugd: 'jeugdwet',
  participatie: 'participatiewet',
  schuldhulp: 'schuldhulpverlening',
  onderwijs: 'onderwijs',
};
