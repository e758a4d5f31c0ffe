import { describe, expect, it } from 'vitest';
import { periodRunning, periodText, showsRealised } from './realisedFormat';

describe('realised on the canvas', () => {
  it('shows from approval on, not before or after a rejection', () => {
    expect(['approved', 'in_progress', 'monitoring', 'closed'].every(showsRealised)).toBe(true);
    expect(['draft', 'sparring', 'scheduled', 'rejected', 'withdrawn'].some(showsRealised)).toBe(false);
  });

  it('writes the period in Dutch, none before approval', () => {
    expect(periodText('2026-03-01', '2027-03-01')).toBe('1 maart 2026 tot en met 1 maart 2027');
    expect(periodText(null, null)).toBeNull();
  });

  it('knows whether the period still runs', () => {
    expect(periodRunning('2026-06-30', '2026-06-30')).toBe(true);
    expect(periodRunning('2026-06-29', '2026-06-30')).toBe(false);
    expect(periodRunning(null, '2026-06-30')).toBe(false);
  });
});
