import { describe, expect, it } from 'vitest';
import { annualCost, overlapDays, roundDiv, serviceCost } from './cost.js';

describe('cost of a service over a period (CONTRACT.md formula)', () => {
  it('counts calendar days inclusive and runs an open end to `to`', () => {
    expect(overlapDays('2026-01-01', '2026-01-31', '2026-01-10', '2026-02-10')).toBe(22);
    expect(overlapDays('2026-01-01', '2026-01-31', '2026-01-10', null)).toBe(22);
    expect(overlapDays('2026-01-01', '2026-01-31', '2026-02-01', null)).toBe(0);
  });

  it('prices per day, week, month and over the whole validity', () => {
    const base = { startDate: '2026-01-01', endDate: '2026-12-31', unit: '04', volume: 3, unitPriceCents: 5000 };
    expect(serviceCost({ ...base, frequency: '1' }, '2026-01-01', '2026-01-10')).toBe(5000 * 3 * 10);
    expect(serviceCost({ ...base, frequency: '2' }, '2026-01-01', '2026-01-10')).toBe(Math.round((5000 * 3 * 10) / 7));
    expect(serviceCost({ ...base, frequency: '4' }, '2026-01-01', '2026-01-10')).toBe(Math.round((5000 * 3 * 10 * 12) / 365));
    expect(serviceCost({ ...base, frequency: '6' }, '2026-01-01', '2026-01-10')).toBe(Math.round((5000 * 3 * 10) / 365));
  });

  it('uses 100 cents for unit 83 and 0 without a price', () => {
    expect(serviceCost({ startDate: '2026-01-01', endDate: null, unit: '83', volume: 250, frequency: '4' }, '2026-01-01', '2026-12-31')).toBe(300_000); // € 250 a month
    expect(serviceCost({ startDate: '2026-01-01', unit: '04', volume: 2, frequency: '2' }, '2026-01-01', '2026-12-31')).toBe(0);
  });

  it('spreads a budget over its days, or counts it whole on the start date without an end', () => {
    const budget = { startDate: '2026-01-01', endDate: '2026-04-10', amountCents: 100_000 };
    expect(serviceCost(budget, '2026-01-01', '2026-01-31')).toBe(Math.round((100_000 * 31) / 100));
    expect(serviceCost({ ...budget, endDate: null }, '2026-01-01', '2026-01-31')).toBe(100_000);
    expect(serviceCost({ ...budget, endDate: null }, '2026-02-01', '2026-02-28')).toBe(0);
    expect(serviceCost({ startDate: '2026-03-01', unit: '82', volume: 2, unitPriceCents: 700, frequency: '6' }, '2026-01-01', '2026-12-31')).toBe(1400);
  });

  it('rounds half away from zero', () => {
    expect(roundDiv(5n, 2n)).toBe(3n);
    expect(roundDiv(-5n, 2n)).toBe(-3n);
    expect(roundDiv(7n, 3n)).toBe(2n);
    expect(serviceCost({ startDate: '2026-01-01', endDate: '2026-01-07', unit: '04', volume: 1, unitPriceCents: 1, frequency: '2' }, '2026-01-01', '2026-01-04')).toBe(1); // 4/7 → 1
  });

  it('takes the annual cost over [t, t + 364 days]', () => {
    const weekly = { startDate: '2025-01-01', endDate: null, unit: '04', volume: 2, unitPriceCents: 6000, frequency: '2' };
    expect(annualCost(weekly, '2026-03-01')).toBe(Math.round((12_000 * 365) / 7));
  });
});
