import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedPhases, canMovePhase, PATTERN_PHASE_KEYS, phaseLabel } from './phases.js';
import { dominantLevel, normaliseRule, rollupBottlenecks, suggestionKey, type PlanBottlenecks } from './rollup.js';

const plans: PlanBottlenecks[] = [
  {
    planId: 'p1',
    bottlenecks: [
      { description: 'Moeder vijf jaar uitgesloten.', rule: 'Damoclesbeleid', level: 'local', theme: 'housing' },
      { description: 'Opvang sluit niet aan.', rule: 'Toelating opvang', level: 'regional', theme: 'safety' },
    ],
  },
  {
    planId: 'p2',
    bottlenecks: [
      { description: 'Geen huis na hennepvondst.', rule: '  damoclesbeleid. ', level: 'regional', theme: 'housing' },
      { description: 'Nogmaals.', rule: 'DAMOCLESBELEID', level: 'local', theme: 'housing' },
    ],
  },
  { planId: 'p3', bottlenecks: [{ description: 'Ander thema.', rule: 'Damoclesbeleid', level: 'national', theme: 'safety' }] },
  { planId: 'p4', bottlenecks: [] },
];

describe('rollupBottlenecks', () => {
  const suggestions = rollupBottlenecks(plans);

  it('groups by theme and normalised rule, counting plans once and levels per bottleneck', () => {
    expect(suggestions.map((s) => [s.key, s.plans, s.planIds])).toEqual([
      ['housing|damoclesbeleid', 2, ['p1', 'p2']],
      ['safety|damoclesbeleid', 1, ['p3']],
      ['safety|toelating opvang', 1, ['p1']],
    ]);
    expect(suggestions[0]).toMatchObject({ theme: 'housing', rule: 'Damoclesbeleid', levels: { local: 2, regional: 1, national: 0 } });
    expect(suggestions[0]!.descriptions).toHaveLength(3);
  });

  it('normalises case, spaces and trailing punctuation', () => {
    expect(normaliseRule('  Passend   toewijzen;  ')).toBe('passend toewijzen');
    expect(suggestionKey('housing', 'Passend toewijzen.')).toBe('housing|passend toewijzen');
  });

  it('picks the most named level, the wider one on a tie', () => {
    expect(dominantLevel({ local: 2, regional: 1, national: 0 })).toBe('local');
    expect(dominantLevel({ local: 1, regional: 1, national: 0 })).toBe('regional');
  });

  it('never counts more plans than there are, nor loses a plan with a bottleneck', () => {
    const bottleneck = fc.record({
      description: fc.string({ maxLength: 10 }),
      rule: fc.constantFrom('A', 'a ', 'B', ''),
      level: fc.constantFrom('local' as const, 'regional' as const, 'national' as const),
      theme: fc.constantFrom('housing' as const, 'debts' as const),
    });
    fc.assert(
      fc.property(fc.array(fc.array(bottleneck, { maxLength: 4 }), { maxLength: 10 }), (lists) => {
        const input = lists.map((bottlenecks, i) => ({ planId: `p${i}`, bottlenecks }));
        const out = rollupBottlenecks(input);
        for (const s of out) expect(s.plans).toBe(new Set(s.planIds).size);
        const covered = new Set(out.flatMap((s) => s.planIds));
        expect(covered.size).toBe(input.filter((p) => p.bottlenecks.length > 0).length);
        const levels = out.reduce((n, s) => n + s.levels.local + s.levels.regional + s.levels.national, 0);
        expect(levels).toBe(lists.flat().length);
      }),
    );
  });
});

describe('werktafel phases', () => {
  it('moves one step forward or back', () => {
    expect(PATTERN_PHASE_KEYS).toEqual(['steps', 'diagnosis', 'solutions', 'done']);
    expect(allowedPhases('steps')).toEqual(['steps', 'diagnosis']);
    expect(allowedPhases('solutions')).toEqual(['diagnosis', 'solutions', 'done']);
    expect(canMovePhase('steps', 'solutions')).toBe(false);
    expect(canMovePhase('done', 'solutions')).toBe(true);
    expect(phaseLabel('diagnosis')).toBe('Diagnose knelpunten');
  });
});
