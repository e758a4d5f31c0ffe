import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amsterdamInstant, dayNumber, isoWeekday, upcomingDates } from './recurrence.js';

const tuesday = { weekday: 2, startTime: '14:00', intervalWeeks: 1, createdOn: '2026-01-07' };

describe('upcomingDates', () => {
  it('lists weekly Tuesdays at 14:00 from a date on, keeping the local time across the spring DST change', () => {
    const dates = upcomingDates(tuesday, '2026-03-20', 3);
    expect(dates.map((d) => d.date)).toEqual(['2026-03-24', '2026-03-31', '2026-04-07']);
    // 24 March is CET (UTC+1), 31 March CEST (UTC+2): the same 14:00 on the wall.
    expect(dates.map((d) => d.startsAt)).toEqual(['2026-03-24T13:00:00.000Z', '2026-03-31T12:00:00.000Z', '2026-04-07T12:00:00.000Z']);
  });

  it('keeps the local time across the autumn DST change', () => {
    const dates = upcomingDates({ ...tuesday, weekday: 7, startTime: '10:00' }, '2026-10-18', 2);
    expect(dates.map((d) => [d.date, d.startsAt])).toEqual([
      ['2026-10-18', '2026-10-18T08:00:00.000Z'],
      ['2026-10-25', '2026-10-25T09:00:00.000Z'],
    ]);
  });

  it('includes the from-date itself when a session falls on it', () => {
    expect(upcomingDates(tuesday, '2026-03-24', 1)[0]!.date).toBe('2026-03-24');
  });

  it('anchors a biweekly table on the first matching weekday on or after its creation date', () => {
    // Created on Wednesday 7 January 2026: the first Thursday is 8 January, then every 2 weeks.
    const commissie = { weekday: 4, startTime: '10:00', intervalWeeks: 2, createdOn: '2026-01-07' };
    expect(upcomingDates(commissie, '2026-01-01', 3).map((d) => d.date)).toEqual(['2026-01-08', '2026-01-22', '2026-02-05']);
    expect(upcomingDates(commissie, '2026-01-09', 2).map((d) => d.date)).toEqual(['2026-01-22', '2026-02-05']);
    expect(upcomingDates({ ...commissie, intervalWeeks: 4 }, '2026-01-09', 2).map((d) => d.date)).toEqual(['2026-02-05', '2026-03-05']);
  });

  it('always gives the right weekday, in order, on the cycle, at the local start time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(1, 2, 4),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2030-12-31') }),
        fc.integer({ min: 0, max: 800 }),
        (weekday, intervalWeeks, hour, minute, created, offset) => {
          const startTime = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const createdOn = new Date(created * 86_400_000).toISOString().slice(0, 10);
          const from = new Date((created + offset) * 86_400_000).toISOString().slice(0, 10);
          const dates = upcomingDates({ weekday, startTime, intervalWeeks, createdOn }, from, 4);
          const days = dates.map((d) => dayNumber(d.date));
          expect(days[0]).toBeGreaterThanOrEqual(dayNumber(from));
          expect(days[0]! - dayNumber(from)).toBeLessThan(7 * intervalWeeks + 7);
          for (const [i, day] of days.entries()) {
            expect(isoWeekday(day)).toBe(weekday);
            if (i > 0) expect(day - days[i - 1]!).toBe(7 * intervalWeeks);
          }
          // Outside the spring-forward gap (02:00–03:00), the instant reads back as the wall time.
          if (hour !== 2) {
            for (const d of dates) {
              const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(d.startsAt));
              expect(local).toBe(startTime);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('amsterdamInstant', () => {
  it('takes a time in the spring-forward gap as winter time', () => {
    expect(amsterdamInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});
