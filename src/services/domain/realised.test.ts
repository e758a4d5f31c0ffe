import { describe, expect, it } from 'vitest';
import { addMonths, realisedSummary } from './realised.js';

describe('realised against expected', () => {
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('maps pillars to funding streams and keeps every stream of the plan', () => {
    const summary = realisedSummary(
      [{ fundingStream: 'wmo', planCents: 1000 }, { fundingStream: 'maatwerkbudget', planCents: 500 }],
      [{ pillar: 'wmo', cents: 700 }, { pillar: 'jeugd', cents: 300 }],
    );
    expect(summary).toEqual({
      planCents: 1500,
      realisedCents: 1000,
      byFundingStream: [
        { fundingStream: 'wmo', planCents: 1000, realisedCents: 700 },
        { fundingStream: 'maatwerkbudget', planCents: 500, realisedCents: 0 },
        { fundingStream: 'jeugdwet', planCents: 0, realisedCents: 300 },
      ],
    });
  });
});
