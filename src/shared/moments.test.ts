import { describe, expect, it } from 'vitest';
import { formatClock, formatMoment, formatSlot, formatWeekdayDate } from './moments';

describe('moments as people read them', () => {
  it('names a moment in Dutch time, in winter and in summer', () => {
    expect(formatMoment('2026-12-03T13:32:00Z')).toBe('3 december 2026 om 14:32');
    expect(formatMoment(new Date('2026-06-03T22:05:00Z'))).toBe('4 juni 2026 om 00:05');
    expect(formatClock('2026-12-03T13:32:59Z')).toBe('14:32');
  });

  it('names the day of a session and its slot', () => {
    expect(formatWeekdayDate('2026-12-08')).toBe('dinsdag 8 december 2026');
    expect(formatSlot('2026-12-08', '10:30', '10:50')).toBe('dinsdag 8 december 2026, 10:30–10:50');
  });
});
