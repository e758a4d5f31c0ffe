import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDay, dayOfYear, daysInYear, divideRounded, projectYearEnd, runOutDate } from './projection.js';

describe('projection', () => {
  it('counts days of the year, leap years included', () => {
    expect(dayOfYear('2026-01-01')).toBe(1);
    expect(dayOfYear('2026-12-31')).toBe(365);
    expect(dayOfYear('2024-12-31')).toBe(366);
    expect(dayOfYear('2026-03-29')).toBe(88); // the day summer time starts
    expect(daysInYear(2000)).toBe(366);
    expect(daysInYear(1900)).toBe(365);
    expect(dateOfDay(2024, 60)).toBe('2024-02-29');
  });

  it('rounds half away from zero', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(7n, 3n)).toBe(2n);
    expect(divideRounded(8n, 3n)).toBe(3n);
  });

  it('extrapolates the current year to the cent and leaves other years alone', () => {
    // 1 July 2026 is day 182: 100.000,00 × 365 / 182 = 200.549,450… → 200.549,45
    expect(projectYearEnd(10_000_000, 2026, '2026-07-01')).toBe(20_054_945);
    // 1 cent on day 2: 365 / 2 = 182,5 → 183 (half away from zero)
    expect(projectYearEnd(1, 2026, '2026-01-02')).toBe(183);
    expect(projectYearEnd(1234, 2025, '2026-07-01')).toBe(1234);
    expect(projectYearEnd(1234, 2027, '2026-07-01')).toBe(1234);
    expect(projectYearEnd(1234, 2026, '2026-12-31')).toBe(1234);
  });

  it('is monotone in what is used', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000_000), fc.nat(10_000_000_000), fc.integer({ min: 1, max: 365 }), (a, b, day) => {
        const today = dateOfDay(2026, day);
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(projectYearEnd(low, 2026, today)).toBeLessThanOrEqual(projectYearEnd(high, 2026, today));
        expect(projectYearEnd(low, 2026, today)).toBeGreaterThanOrEqual(low);
      }),
    );
  });

  it('names the day the budget runs out at the current pace', () => {
    // Half of 175.000 used on day 91 (1 April): runs out on day 182 = 1 July.
    expect(runOutDate(17_500_000, 8_750_000, 2026, '2026-04-01')).toBe('2026-07-01');
    expect(runOutDate(17_500_000, 1_000, 2026, '2026-04-01')).toBeNull();
    expect(runOutDate(17_500_000, 17_500_000, 2026, '2026-04-01')).toBeNull();
    expect(runOutDate(17_500_000, 8_750_000, 2025, '2026-04-01')).toBeNull();
  });
});
