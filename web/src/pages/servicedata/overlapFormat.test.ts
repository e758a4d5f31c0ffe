import { describe, expect, it } from 'vitest';
import { cellText, combinationLabel, overlapRows, pillarCountLabel, pillarList, share, shareText } from './overlapFormat';

describe('labels', () => {
  it('names pillars and their combinations', () => {
    expect(combinationLabel(['jeugd', 'wmo'])).toBe('Jeugd + Wmo');
    expect(combinationLabel(['participatie', 'schuldhulp', 'wmo'])).toBe('Participatie + Schuldhulp + Wmo');
    expect(pillarList(['onderwijs', 'jeugd'])).toBe('Onderwijs, Jeugd');
    expect(pillarCountLabel(1)).toBe('1 pijler');
    expect(pillarCountLabel(5)).toBe('5 pijlers');
  });
});

describe('suppressed cells', () => {
  it('shows a withheld count as "< 5" and a known one in Dutch notation', () => {
    expect(cellText(null)).toBe('< 5');
    expect(cellText(0)).toBe('0');
    expect(cellText(13346)).toBe('13.346');
  });

  it('gives a share only when both counts are known', () => {
    expect(share(null, 100)).toBeNull();
    expect(share(5, null)).toBeNull();
    expect(share(5, 0)).toBeNull();
    expect(share(44, 1000)).toBeCloseTo(0.044);
    expect(shareText(44, 1000)?.replace(/\s/g, ' ')).toMatch(/^4,4 ?%$/);
    expect(shareText(null, 1000)).toBeNull();
  });
});

describe('overlapRows', () => {
  it('labels every row and puts the pillars in their usual order', () => {
    const rows = overlapRows({
      date: '2026-03-01',
      clients: 20,
      households: 12,
      byPillarCount: [1, 2, 3, 4, 5].map((pillars) => ({ pillars, households: pillars === 1 ? 9 : pillars === 2 ? null : 0 })),
      byPillar: [
        { pillar: 'wmo', households: 8 },
        { pillar: 'jeugd', households: null },
        { pillar: 'onderwijs', households: 0 },
      ],
      combinations: [{ pillars: ['jeugd', 'wmo'], households: null }],
      suppressed: true,
    });
    expect(rows.byPillarCount.map((row) => [row.label, row.households])).toEqual([
      ['1 pijler', 9],
      ['2 pijlers', null],
      ['3 pijlers', 0],
      ['4 pijlers', 0],
      ['5 pijlers', 0],
    ]);
    expect(rows.byPillar.map((row) => row.label)).toEqual(['Wmo', 'Jeugd', 'Onderwijs']);
    expect(rows.combinations).toEqual([{ label: 'Jeugd + Wmo', households: null }]);
  });
});
