import { describe, expect, it } from 'vitest';
import { decisionStanding, decisionSummary } from './decisionText';

describe('decisions in words', () => {
  it('names the approved state by when it was saved, in Dutch time, never by its version number', () => {
    const text = decisionSummary({ decision: 'approve', planVersionSavedAt: '2026-12-03T13:32:00Z' });
    expect(text).toBe('goedgekeurd: het plan zoals het was op 3 december 2026 om 14:32');
    expect(text).not.toMatch(/versie/i);
    expect(decisionSummary({ decision: 'reject', planVersionSavedAt: '2026-07-01T08:00:00Z' })).toBe('afgewezen: het plan zoals het was op 1 juli 2026 om 10:00');
  });

  it('says whether an approval still counts', () => {
    const approval = { decision: 'approve' as const, voided: false, counts: true, planVersion: 4 };
    expect(decisionStanding(approval, 4)).toBe('telt mee');
    expect(decisionStanding({ ...approval, counts: false }, 4)).toBe('telt niet mee');
    expect(decisionStanding(approval, 5)).toBe('telt niet mee: het plan is daarna gewijzigd');
    expect(decisionStanding({ ...approval, voided: true }, 4)).toBe('vervallen: het plan is daarna gewijzigd');
    expect(decisionStanding({ ...approval, decision: 'revise' }, 4)).toBe('');
  });
});
