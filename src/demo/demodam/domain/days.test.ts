import { describe, expect, it } from 'vitest';
import { addMonths, dayOf, isoOf, monthCode, monthEnd, monthOf, monthStart } from './days.js';

describe('day numbers', () => {
  it('round-trips ISO dates, leap days included', () => {
    for (const iso of ['1970-01-01', '2000-02-29', '2024-02-29', '2026-12-31', '1939-01-30']) expect(isoOf(dayOf(iso))).toBe(iso);
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf('2024-03-01') - dayOf('2024-02-28')).toBe(2);
  });

  it('refuses dates that do not exist or are not ISO', () => {
    expect(() => dayOf('2026-02-29')).toThrow('bestaat niet');
    expect(() => dayOf('2026-13-01')).toThrow('bestaat niet');
    expect(() => dayOf('3-12-2026')).toThrow('JJJJ-MM-DD');
  });

  it('knows months: first and last day, adding months clips to the month end', () => {
    const month = monthOf(dayOf('2024-02-10'));
    expect(isoOf(monthStart(month))).toBe('2024-02-01');
    expect(isoOf(monthEnd(month))).toBe('2024-02-29');
    expect(monthCode(month)).toBe('202402');
    expect(isoOf(addMonths(dayOf('2025-01-31'), 1))).toBe('2025-02-28');
    expect(isoOf(addMonths(dayOf('2025-11-15'), 3))).toBe('2026-02-15');
  });
});
