import { describe, expect, it } from 'vitest';
import { missedImportRun, nextImportRun, previousImportRun } from './import-schedule.js';

describe('nextImportRun', () => {
  it('reads the schedule in Europe/Amsterdam, across daylight saving time', () => {
    // 06:00 in winter is 05:00 UTC; the night the clocks go forward it becomes 04:00 UTC.
    expect(nextImportRun('0 6 * * *', new Date('2026-01-10T12:00:00Z'))!.toISOString()).toBe('2026-01-11T05:00:00.000Z');
    expect(nextImportRun('0 6 * * *', new Date('2026-03-28T06:00:00Z'))!.toISOString()).toBe('2026-03-29T04:00:00.000Z');
    expect(nextImportRun('30 5 * * 1-5', new Date('2026-05-01T04:00:00Z'))!.toISOString()).toBe('2026-05-04T03:30:00.000Z');
  });
});

describe('a pass missed while the server was down', () => {
  const at = (iso: string) => new Date(iso);
  it('is due when the last 06:00 (Amsterdam) came after the last pass', () => {
    // 3 December 2026, 07:00 in Amsterdam is 06:00 UTC; the 06:00 pass was at 05:00 UTC.
    expect(previousImportRun('0 6 * * *', at('2026-12-03T06:00:00Z'))?.toISOString()).toBe('2026-12-03T05:00:00.000Z');
    expect(missedImportRun('0 6 * * *', at('2026-12-02T05:00:03Z'), at('2026-12-03T06:00:00Z'))).toBe(true);
    expect(missedImportRun('0 6 * * *', null, at('2026-12-03T06:00:00Z'))).toBe(true);
    expect(missedImportRun('0 6 * * *', at('2026-12-03T05:00:02Z'), at('2026-12-03T06:00:00Z'))).toBe(false);
    // Before 06:00, yesterday's pass is the last one due.
    expect(missedImportRun('0 6 * * *', at('2026-12-02T05:00:02Z'), at('2026-12-03T04:00:00Z'))).toBe(false);
  });
});
