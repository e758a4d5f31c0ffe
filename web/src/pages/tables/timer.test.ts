import { describe, expect, it } from 'vitest';
import { minutesLeftLabel, stepForKey } from './timer';

describe('minutesLeftLabel', () => {
  it('rounds up to whole minutes, so the text changes only at minute boundaries', () => {
    expect(minutesLeftLabel(30 * 60)).toBe('Nog 30 minuten');
    expect(minutesLeftLabel(29 * 60 + 1)).toBe('Nog 30 minuten');
    expect(minutesLeftLabel(29 * 60)).toBe('Nog 29 minuten');
    expect(minutesLeftLabel(59)).toBe('Nog 1 minuut');
    expect(minutesLeftLabel(0)).toBe('De tijd voor deze casus is om.');
  });
});

describe('stepForKey', () => {
  it('maps arrows and page keys to previous and next', () => {
    expect(['ArrowLeft', 'PageUp', 'ArrowRight', 'PageDown', 'Enter'].map((key) => stepForKey(key))).toEqual([-1, -1, 1, 1, null]);
  });

  it('moves on with space and the down arrow, back with Shift+space and the up arrow', () => {
    expect([stepForKey(' '), stepForKey('ArrowDown'), stepForKey(' ', true), stepForKey('ArrowUp'), stepForKey('Escape')]).toEqual([1, 1, -1, -1, null]);
  });
});
