import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './schedule.js';
import { dutchDate, earlyForDueDate, earlyMeasurement, earlyMessage, measurementWindow, monthsUntil } from './timing.js';

describe('measurementWindow', () => {
  it('opens two weeks before the due date of the 6- and 12-month measurements', () => {
    expect(measurementWindow('2026-12-03', '6m')).toEqual({ opensOn: '2027-05-20', dueDate: '2027-06-03' });
    expect(measurementWindow('2026-12-03', '12m')).toEqual({ opensOn: '2027-11-19', dueDate: '2027-12-03' });
    expect(measurementWindow('2026-08-31', '6m')).toEqual({ opensOn: '2027-02-14', dueDate: '2027-02-28' });
  });

  it('has no window for the measurement right after the maatwerk', () => {
    expect(measurementWindow('2026-12-03', 'after')).toBeNull();
  });
});

describe('earlyMeasurement', () => {
  it('flags a 6-month score given on the day the plan started', () => {
    const early = earlyMeasurement('2026-12-03', '6m', '2026-12-03');
    expect(early).toEqual({ window: { opensOn: '2027-05-20', dueDate: '2027-06-03' }, monthsEarly: 5 });
    expect(earlyMessage(early!)).toBe(
      'Deze meting is pas over 5 maanden aan de beurt (vanaf 20 mei 2027; gepland op 3 juni 2027). Weet u zeker dat u nu al meet?',
    );
  });

  it('is on time from the first day of the window on, also long after the due date', () => {
    expect(earlyMeasurement('2026-12-03', '6m', '2027-05-19')).not.toBeNull();
    expect(earlyMeasurement('2026-12-03', '6m', '2027-05-20')).toBeNull();
    expect(earlyMeasurement('2026-12-03', '12m', '2028-03-01')).toBeNull();
    expect(earlyMeasurement('2026-12-03', 'after', '2026-12-03')).toBeNull();
    expect(earlyMeasurement(null, '12m', '2026-12-03')).toBeNull();
  });

  it('says "1 maand" for less than a month early', () => {
    expect(earlyMeasurement('2026-12-03', '6m', '2027-05-01')?.monthsEarly).toBe(1);
    expect(earlyMessage(earlyMeasurement('2026-12-03', '6m', '2027-05-01')!)).toContain('pas over 1 maand aan de beurt');
  });

  it('is early exactly when the date lies before the window opens', () => {
    const iso = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(iso, fc.integer({ min: -400, max: 400 }), fc.constantFrom('6m' as const, '12m' as const), (approved, offset, moment) => {
        const measuredOn = addDays(approved, Math.abs(offset));
        const opensOn = measurementWindow(approved, moment)!.opensOn;
        expect(earlyMeasurement(approved, moment, measuredOn) !== null).toBe(measuredOn < opensOn);
      }),
    );
  });
});

describe('earlyForDueDate', () => {
  it('gives the same answer from the schedule\'s due date as from the approval date', () => {
    expect(earlyForDueDate('6m', '2027-06-03', '2026-12-03')).toEqual(earlyMeasurement('2026-12-03', '6m', '2026-12-03'));
    expect(earlyForDueDate('12m', '2027-12-03', '2027-11-19')).toBeNull();
    expect(earlyForDueDate('after', '2027-01-03', '2026-12-03')).toBeNull();
  });
});

describe('monthsUntil and dutchDate', () => {
  it('counts whole months, at least one', () => {
    expect(monthsUntil('2026-12-03', '2027-05-20')).toBe(5);
    expect(monthsUntil('2026-12-03', '2027-06-03')).toBe(6);
    expect(monthsUntil('2026-12-03', '2026-12-10')).toBe(1);
    expect(monthsUntil('2026-12-03', '2026-12-03')).toBe(0);
  });

  it('writes a date the Dutch way', () => {
    expect(dutchDate('2027-06-03')).toBe('3 juni 2027');
    expect(dutchDate('2026-12-31')).toBe('31 december 2026');
  });
});
