import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageCents, averageScore, countsByStatus, rankByCount, topLegalBases } from './dashboard.js';
import { parseDashboardFilter } from './filter.js';
import { tablesToCsv } from './export-tables.js';

describe('averageCents', () => {
  it('rounds half away from zero to whole cents', () => {
    expect(averageCents(310_001, 2)).toBe(155_001);
    expect(averageCents(-310_001, 2)).toBe(-155_001);
    expect(averageCents(300_002, 3)).toBe(100_001);
    expect(averageCents(300_001, 3)).toBe(100_000);
    expect(averageCents(0, 0)).toBe(0);
  });

  it('is never more than half a cent from the exact average', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 100_000 }), (total, count) => {
        const average = averageCents(total, count);
        expect(Number.isInteger(average)).toBe(true);
        expect(Math.abs(average * count - total)).toBeLessThanOrEqual(count / 2);
      }),
    );
  });
});

describe('averageScore', () => {
  it('is null without scores and two decimals otherwise', () => {
    expect(averageScore(0, 0)).toBeNull();
    expect(averageScore(20, 3)).toBe(6.67);
  });
});

describe('topLegalBases', () => {
  it('counts a plan once per basis, most used first, ties by regulation then article, at most 10', () => {
    const basis = (regulation: string, article: string) => ({ regulation, article });
    const plans = [
      { legalBases: [basis('Participatiewet', '35'), basis('Participatiewet', '35'), ...'123456789'.split('').map((a) => basis('Regeling X', a))] },
      { legalBases: [basis('Wmo 2015', '2.3.5'), basis('Participatiewet', '35'), basis('Jeugdwet', '2.3'), basis('Awb', '4:84')] },
      { legalBases: [basis('Participatiewet', '35'), basis('Jeugdwet', '2.3'), basis('Participatiewet', '18'), basis('Wmo 2015', '2.3.5')] },
      {},
    ];
    expect(topLegalBases(plans)).toEqual([
      { regulation: 'Participatiewet', article: '35', count: 3 },
      { regulation: 'Jeugdwet', article: '2.3', count: 2 },
      { regulation: 'Wmo 2015', article: '2.3.5', count: 2 },
      { regulation: 'Awb', article: '4:84', count: 1 },
      { regulation: 'Participatiewet', article: '18', count: 1 },
      ...'12345'.split('').map((article) => ({ regulation: 'Regeling X', article, count: 1 })),
    ]);
  });
});

describe('ordering helpers', () => {
  it('ranks by count, then by the vocabulary', () => {
    expect(rankByCount([{ k: 'health', count: 1 }, { k: 'debts', count: 3 }, { k: 'housing', count: 1 }], (r) => r.k, ['housing', 'debts', 'health'])).toEqual([
      { k: 'debts', count: 3 },
      { k: 'housing', count: 1 },
      { k: 'health', count: 1 },
    ]);
  });

  it('lists every requested status', () => {
    expect(countsByStatus(['approved', 'closed'], [{ status: 'closed', count: 2 }])).toEqual({ approved: 0, closed: 2 });
  });
});

describe('parseDashboardFilter', () => {
  it('defaults to the executed statuses', () => {
    expect(parseDashboardFilter({})).toEqual({ filter: { statuses: ['approved', 'in_progress', 'monitoring', 'closed'] }, errors: [] });
  });

  it('keeps the vocabulary order and refuses unknown statuses and bad dates with their path', () => {
    expect(parseDashboardFilter({ status: 'closed, draft', from: '2026-01-01', to: '2026-12-31' }).filter).toEqual({ from: '2026-01-01', to: '2026-12-31', statuses: ['draft', 'closed'] });
    expect(parseDashboardFilter({ status: 'open' }).errors.map((e) => e.path)).toEqual(['status']);
    expect(parseDashboardFilter({ from: '2026-02-30', to: 'gisteren' }).errors.map((e) => e.path)).toEqual(['from', 'to']);
    expect(parseDashboardFilter({ from: '2026-03-01', to: '2026-02-01' }).errors.map((e) => e.path)).toEqual(['to']);
  });
});

describe('tablesToCsv', () => {
  it('writes semicolons, decimal commas, quotes and neutralises formulas', () => {
    const csv = tablesToCsv([{ title: 'Tabel', headers: ['Regeling', 'Bedrag (€)'], rows: [['=HYPERLINK("x")', 12.5], ['a;b', null]] }]);
    expect(csv).toBe('Tabel\r\nRegeling;Bedrag (€)\r\n"\'=HYPERLINK(""x"")";12,5\r\n"a;b";\r\n');
  });
});
