import { describe, expect, it } from 'vitest';
import { amsterdamMidnight } from './dates.js';

describe('amsterdamMidnight', () => {
  it('is 23:00 UTC the day before in winter and 22:00 UTC in summer', () => {
    expect(amsterdamMidnight('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(amsterdamMidnight('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('adds days across the change to summer time', () => {
    // 29 March 2026 is the night the clocks go forward.
    expect(amsterdamMidnight('2026-03-28', 1).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(amsterdamMidnight('2026-03-28', 2).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});
