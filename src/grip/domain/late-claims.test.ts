import { describe, expect, it } from 'vitest';
import { arrivedShare, developmentFromTriangle, lagReaching, lateClaimFor, declaredRatio, MAX_LAG, type TriangleCell } from './late-claims.js';
import { monthIndex } from './months.js';

// Every month's 1,000 euro arrives 60 % in the month after, 30 % a month later, 10 % after three.
function triangle(asOf: string, months = 24): TriangleCell[] {
  const cells: TriangleCell[] = [];
  const last = monthIndex(asOf);
  for (let period = last - months; period <= last; period++) {
    for (const [lag, share] of [[1, 0.6], [2, 0.3], [3, 0.1]] as const) {
      if (period + lag <= last) cells.push({ pillar: 'wmo', periodMonth: period, arrivalMonth: period + lag, amountCents: 100_000 * share });
    }
  }
  return cells;
}

describe('chain-ladder development', () => {
  it('recovers the shares of a regular delay pattern from complete cells only', () => {
    const development = developmentFromTriangle(triangle('2026-07-01'), '2026-07-01');
    expect(development.shares[0]).toBeCloseTo(0, 6);
    expect(development.shares[1]).toBeCloseTo(0.6, 6);
    expect(development.shares[2]).toBeCloseTo(0.9, 6);
    expect(development.shares[3]).toBeCloseTo(1, 6);
    expect(development.shares[MAX_LAG]).toBe(1);
    expect(lagReaching(development, 0.99)).toBe(3);
  });

  it('counts the running month pro rata and a later month as nothing arrived', () => {
    const development = developmentFromTriangle(triangle('2026-07-15'), '2026-07-15');
    // June on 15 July: lag 0 complete (0), lag 1 half way (0.6 · 15/31).
    expect(arrivedShare(development, monthIndex('2026-06-01'), '2026-07-15')).toBeCloseTo(0.6 * (15 / 31), 6);
    expect(arrivedShare(development, monthIndex('2026-04-01'), '2026-07-15')).toBeCloseTo(0.9 + 0.1 * (15 / 31), 6);
    expect(arrivedShare(development, monthIndex('2026-08-01'), '2026-07-15')).toBe(0);
    expect(arrivedShare(development, monthIndex('2025-01-01'), '2026-07-15')).toBe(1);
  });

  it('estimates what is still to come as expected × ratio × (1 − arrived), never negative', () => {
    expect(lateClaimFor(100_000, 0.9, 0.6)).toBeCloseTo(36_000, 6);
    expect(lateClaimFor(100_000, 1, 1)).toBe(0);
    expect(lateClaimFor(0, 1, 0)).toBe(0);
    expect(declaredRatio(90, 100)).toBe(0.9);
    expect(declaredRatio(0, 100)).toBe(1);
    expect(declaredRatio(1000, 100)).toBe(2);
  });

  it('has factors of 1 where the triangle is empty', () => {
    const development = developmentFromTriangle([], '2026-07-01');
    expect(development.shares.every((share) => share === 1)).toBe(true);
  });
});
