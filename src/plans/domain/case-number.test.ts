import { describe, expect, it } from 'vitest';
import { caseSequence, nextCaseNumber, suggestCaseNumber } from './case-number';

describe('case numbers', () => {
  it('reads the running number of the year and ignores other shapes and years', () => {
    expect(caseSequence('2026-012', 2026)).toBe(12);
    expect(caseSequence(' 2026-7 ', 2026)).toBe(7);
    expect(caseSequence('2025-012', 2026)).toBeNull();
    expect(caseSequence('K-1', 2026)).toBeNull();
    expect(caseSequence('2026-012a', 2026)).toBeNull();
    expect(caseSequence('2026-1234567890', 2026)).toBeNull();
  });

  it('suggests the highest number of the year plus one, three digits at least', () => {
    expect(suggestCaseNumber(2026, null)).toBe('2026-001');
    expect(suggestCaseNumber(2026, 11)).toBe('2026-012');
    expect(suggestCaseNumber(2026, 999)).toBe('2026-1000');
    expect(nextCaseNumber(['2026-001', '2026-008', '2025-040', 'E2E-1', '2026-003'], 2026)).toBe('2026-009');
    expect(nextCaseNumber(['2025-040'], 2026)).toBe('2026-001');
  });
});
