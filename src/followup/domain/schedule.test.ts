import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dueMeasurements, hasSchedule, measurementSchedule, momentLabel } from './schedule.js';

const isoDate = fc
  .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10));

describe('addMonths', () => {
  it('adds calendar months and clamps the 31st to the end of a shorter month', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', 6)).toBe('2026-09-30');
    expect(addMonths('2026-12-31', 12)).toBe('2027-12-31');
    expect(addMonths('2026-11-30', 1)).toBe('2026-12-30');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('always lands in the right month, on the same day or the last day of that month', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -24, max: 24 }), (date, months) => {
        const result = addMonths(date, months);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
        const last = new Date(Date.UTC(ry, rm, 0)).getUTCDate();
        expect(rd).toBe(Math.min(d, last));
      }),
    );
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('measurementSchedule', () => {
  it('is due one, six and twelve months after approval, with Dutch labels', () => {
    const schedule = measurementSchedule('2026-01-31', [], '2026-01-31');
    expect(schedule.map((s) => [s.moment, s.label, s.dueDate])).toEqual([
      ['after', 'Direct na het maatwerk', '2026-02-28'],
      ['6m', 'Na 6 maanden', '2026-07-31'],
      ['12m', 'Na 12 maanden', '2027-01-31'],
    ]);
    expect(momentLabel('6m')).toBe('Na 6 maanden');
  });

  it('marks recorded moments done and open moments past their due date overdue', () => {
    const schedule = measurementSchedule('2026-01-10', [{ moment: 'after', measuredOn: '2026-03-01', lifeSatisfaction: 6 }], '2026-07-11');
    expect(schedule).toEqual([
      expect.objectContaining({ moment: 'after', done: true, overdue: false, measuredOn: '2026-03-01', lifeSatisfaction: 6 }),
      expect.objectContaining({ moment: '6m', dueDate: '2026-07-10', done: false, overdue: true, lifeSatisfaction: null }),
      expect.objectContaining({ moment: '12m', done: false, overdue: false }),
    ]);
    // On the due date itself it is not yet overdue.
    expect(measurementSchedule('2026-01-10', [], '2026-07-10')[1]!.overdue).toBe(false);
  });

  it('puts overdue moments and those due within 14 days on the action list', () => {
    const schedule = measurementSchedule('2026-01-10', [], '2026-06-26');
    expect(dueMeasurements(schedule, '2026-06-26').map((s) => s.moment)).toEqual(['after', '6m']);
    expect(dueMeasurements(schedule, '2026-06-25').map((s) => s.moment)).toEqual(['after']);
  });

  it('applies to approved, running and monitored plans only', () => {
    expect(['approved', 'in_progress', 'monitoring'].every(hasSchedule)).toBe(true);
    expect(['draft', 'sparring', 'scheduled', 'closed', 'rejected', 'withdrawn'].some(hasSchedule)).toBe(false);
  });
});
