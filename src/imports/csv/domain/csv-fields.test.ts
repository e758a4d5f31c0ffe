import { describe, expect, it } from 'vitest';
import { isoDateProblem, parseWholeNumber, shown } from './csv-fields.js';

describe('isoDateProblem', () => {
  it('accepts dates that exist, leap days included', () => {
    for (const date of ['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30']) expect(isoDateProblem(date), date).toBeNull();
  });

  it('tells a date that does not exist from one that is not written as YYYY-MM-DD', () => {
    for (const date of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-13-01', '2026-01-00']) expect(isoDateProblem(date), date).toBe('nonexistent');
    for (const date of ['2026-1-01', '01-02-2026', '2026/01/01', '2026-01-01T00:00', '2O26-01-01', '']) expect(isoDateProblem(date), date).toBe('format');
  });
});

describe('parseWholeNumber', () => {
  it('reads digits with an optional minus, nothing else', () => {
    expect(parseWholeNumber('0')).toBe(0);
    expect(parseWholeNumber('007')).toBe(7);
    expect(parseWholeNumber('-2500')).toBe(-2500);
    expect(parseWholeNumber('999999999999999')).toBe(999999999999999);
    for (const value of ['', '-', '1.5', '1,5', '1 000', '+1', '1e3', '0x10', '9999999999999999']) expect(parseWholeNumber(value), value).toBeNull();
  });
});

describe('shown', () => {
  it('quotes a cell briefly, but never one that holds a BSN', () => {
    expect(shown('zorg')).toBe("'zorg'");
    expect(shown('x'.repeat(50))).toBe(`'${'x'.repeat(40)}…'`);
    // Test fixture: an iStandaarden example BSN (9999…), valid under the 11-proef.
    expect(shown('bsn 999993653')).not.toContain('999993653');
    expect(shown('123456789')).toBe("'123456789'");
  });
});
