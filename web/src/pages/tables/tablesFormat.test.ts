import { describe, expect, it } from 'vitest';
import { move, rhythm, sessionDate } from './tablesFormat';

describe('move', () => {
  it('moves an item up or down and leaves the list alone at its ends', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('rhythm and sessionDate', () => {
  it('describes the rhythm and the date in Dutch', () => {
    expect(rhythm({ weekday: 2, startTime: '14:00', intervalWeeks: 1 })).toBe('elke dinsdag om 14:00');
    expect(rhythm({ weekday: 4, startTime: '10:00', intervalWeeks: 2 })).toBe('om de 2 weken op donderdag om 10:00');
    expect(sessionDate('2026-03-31')).toBe('dinsdag 31 maart 2026');
  });
});
