import { describe, expect, it } from 'vitest';
import { readiness } from './readiness';

const line = { description: 'x', fundingStream: 'wmo' as const, unitPriceCents: 1, quantity: 1, frequency: 'once' as const };

describe('readiness', () => {
  it('lists what an empty plan still needs for the doorbraaktafel', () => {
    expect(readiness({ caseNumber: '1', clientNumber: 'C' }).filter((item) => !item.done).map((item) => item.key)).toEqual([
      'perspective',
      'breakthrough',
      'legal',
      'involvement',
      'return',
    ]);
  });

  it('is complete with perspective, breakthrough, a legal basis, consent and both scenarios', () => {
    const items = readiness({
      caseNumber: '1',
      clientNumber: 'C',
      perspective: 'Veilig wonen',
      breakthrough: 'Moeder-kindhuis',
      legalBases: [{ regulation: 'Wmo 2015', article: '2.3.5', motivation: '' }],
      involvement: { householdAgrees: true },
      scenarios: { threatened: { lines: [line] }, plan: { lines: [line] } },
    });
    expect(items.every((item) => item.done)).toBe(true);
  });

  it('links each item to the field itself, or to the section of a list', () => {
    expect(readiness({ caseNumber: '1', clientNumber: 'C' }).map((item) => item.anchor)).toEqual([
      'veld-perspective',
      'veld-breakthrough',
      'legitimiteit',
      'veld-involvement-householdAgrees',
      'scenario-dreigend',
    ]);
  });

  it('does not count blank text or an empty legal basis', () => {
    const items = readiness({ caseNumber: '1', clientNumber: 'C', perspective: '  ', legalBases: [{ regulation: '', article: '', motivation: '' }] });
    expect(items.find((item) => item.key === 'perspective')?.done).toBe(false);
    expect(items.find((item) => item.key === 'legal')?.done).toBe(false);
  });
});
