import { describe, expect, it } from 'vitest';
import { overlapFigures } from './overlap.js';

describe('household overlap', () => {
  const sets = [
    { pillars: ['wmo' as const], households: 40 },
    { pillars: ['jeugd' as const, 'wmo' as const], households: 12 },
    { pillars: ['participatie' as const, 'schuldhulp' as const, 'wmo' as const], households: 3 },
  ];

  it('counts per number of pillars (five rows), per pillar and per combination', () => {
    const figures = overlapFigures(sets, 70, { suppressSmallCells: false });
    expect(figures.households).toBe(55);
    expect(figures.byPillarCount).toEqual([
      { pillars: 1, households: 40 },
      { pillars: 2, households: 12 },
      { pillars: 3, households: 3 },
      { pillars: 4, households: 0 },
      { pillars: 5, households: 0 },
    ]);
    expect(figures.byPillar).toEqual([
      { pillar: 'wmo', households: 55 },
      { pillar: 'jeugd', households: 12 },
      { pillar: 'participatie', households: 3 },
      { pillar: 'schuldhulp', households: 3 },
      { pillar: 'onderwijs', households: 0 },
    ]);
    expect(figures.combinations).toEqual([
      { pillars: ['jeugd', 'wmo'], households: 12 },
      { pillars: ['participatie', 'schuldhulp', 'wmo'], households: 3 },
    ]);
  });

  it('withholds counts of 1 to 4 but not 0 when suppressing', () => {
    const figures = overlapFigures(sets, 70, { suppressSmallCells: true });
    expect(figures.byPillarCount[2]).toEqual({ pillars: 3, households: null });
    expect(figures.byPillarCount[3]).toEqual({ pillars: 4, households: 0 });
    expect(figures.combinations[1]!.households).toBeNull();
    expect(figures.byPillar.find((row) => row.pillar === 'schuldhulp')!.households).toBeNull();
  });
});
