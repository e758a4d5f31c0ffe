import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuro, parseEuro } from './money.js';

describe('money', () => {
  it('formats cents the Dutch way', () => {
    expect(formatEuro(123456)).toBe('€ 1.234,56');
    expect(formatEuro(2700000)).toBe('€ 27.000,00');
    expect(formatEuro(-4300000)).toBe('€ -43.000,00');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(0)).toBe('€ 0,00');
  });

  it('parses what people type', () => {
    expect(parseEuro('1.234,56')).toBe(123456);
    expect(parseEuro('€ 1234,5')).toBe(123450);
    expect(parseEuro('1234.56')).toBe(123456);
    expect(parseEuro('63000')).toBe(6300000);
    expect(parseEuro('-12,00')).toBe(-1200);
    for (const bad of ['', 'abc', '1,2,3', '12.34.5', '1,234']) expect(parseEuro(bad), bad).toBeNull();
  });

  it('round-trips every amount', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => parseEuro(formatEuro(cents)) === cents));
  });
});
