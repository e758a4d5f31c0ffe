import type { BudgetFigures, GripBudget, GripProvider, GripVariance } from '../grip.contract.js';
import type { GripReportInput } from '../domain/grip-report.js';

/**
 * A small, hand-checked input for the griprapportage tests: two budget lines and the line of
 * what was not budgeted, whose figures add up (forecast = realised + late + open + inflow).
 */

function figures(budget: number, realised: number, late: number, open: number, inflow: number, band: [number, number], openEnded = 0): BudgetFigures {
  const forecast = realised + late + open + inflow;
  return {
    budgetCents: budget,
    realisedCents: realised,
    lateClaimsCents: late,
    openCommitmentsCents: open,
    newInflowCents: inflow,
    forecastCents: forecast,
    varianceCents: forecast - budget,
    scenarios: { positive: forecast + band[0], neutral: forecast, negative: forecast + band[1] },
    openEndedServices: openEnded,
  };
}

const wmo = figures(1_000_000_00, 600_000_00, 50_000_00, 380_000_00, 20_000_00, [-10_000_00, 15_000_00], 3);
const jeugd = figures(500_000_00, 300_000_00, 40_000_00, 180_000_00, 30_000_01, [-5_000_00, 8_000_00], 1);
const onbegroot = figures(0, 12_345_67, 0, 0, 0, [0, 0]);

function sum(parts: BudgetFigures[]): BudgetFigures {
  const add = (pick: (f: BudgetFigures) => number) => parts.reduce((s, f) => s + pick(f), 0);
  return {
    budgetCents: add((f) => f.budgetCents),
    realisedCents: add((f) => f.realisedCents),
    lateClaimsCents: add((f) => f.lateClaimsCents),
    openCommitmentsCents: add((f) => f.openCommitmentsCents),
    newInflowCents: add((f) => f.newInflowCents),
    forecastCents: add((f) => f.forecastCents),
    varianceCents: add((f) => f.varianceCents),
    scenarios: { positive: add((f) => f.scenarios.positive), neutral: add((f) => f.scenarios.neutral), negative: add((f) => f.scenarios.negative) },
    openEndedServices: add((f) => f.openEndedServices),
  };
}

export const BUDGET: GripBudget = {
  year: 2026,
  date: '2026-09-30',
  asOf: '2026-10-02',
  lines: [
    { budgetLine: 'WMO-01', name: 'Wmo begeleiding', pillar: 'wmo', productCategory: '02', ...wmo },
    { budgetLine: 'JGD', name: 'Jeugdhulp', pillar: 'jeugd', productCategory: '', ...jeugd },
    { budgetLine: 'jeugd:onbegroot', name: 'Niet begroot', pillar: 'jeugd', productCategory: '', ...onbegroot },
  ],
  totals: sum([wmo, jeugd, onbegroot]),
};

function variance(pillar: GripVariance['pillar'], base: [number, number], current: [number, number], effects: [number, number, number]): GripVariance {
  const [volume, price, mix] = effects;
  return {
    pillar,
    from: '2026-01-01',
    to: '2026-09-30',
    baseFrom: '2025-01-01',
    baseTo: '2025-09-30',
    base: { clients: base[0], costCents: base[1], costPerClientCents: base[0] ? Math.round(base[1] / base[0]) : 0 },
    current: { clients: current[0], costCents: current[1], costPerClientCents: current[0] ? Math.round(current[1] / current[0]) : 0 },
    differenceCents: current[1] - base[1],
    volumeEffectCents: volume,
    priceEffectCents: price,
    mixEffectCents: mix,
    byProductCategory: [],
  };
}

// Jeugd: as many clients, but dearer per client (the seed's question); Wmo: more clients.
const jeugdVariance = variance('jeugd', [400, 280_000_00], [400, 300_000_00], [0, 18_000_00, 2_000_00]);
const wmoVariance = variance('wmo', [1000, 500_000_00], [1100, 560_000_00], [50_000_00, 6_000_00, 4_000_00]);
const schuldhulpVariance = variance('schuldhulp', [3, 9_000_00], [2, 6_000_00], [-3_000_00, 0, 0]);
const emptyVariance = variance('onderwijs', [0, 0], [0, 0], [0, 0, 0]);

function provider(n: number, declared: number, overrides: Partial<GripProvider> = {}): GripProvider {
  return {
    provider: String(10_000_000 + n),
    pillars: ['wmo'],
    clients: 20 + n,
    assignedCents: declared + 1_000_00,
    declaredCents: declared,
    realisationRate: 0.873,
    averageCostPerClientCents: Math.round(declared / (20 + n)),
    signals: n % 3,
    ...overrides,
  };
}

export const PROVIDERS: GripProvider[] = [
  ...Array.from({ length: 11 }, (_, i) => provider(i + 1, (i + 1) * 10_000_00)),
  provider(12, 5_00, { pillars: ['jeugd', 'wmo'], clients: 2, realisationRate: null }),
];

export const INPUT: GripReportInput = {
  municipality: 'Gemeente Demodam',
  moment: 'najaarsrapportage',
  today: '2026-10-02',
  budget: BUDGET,
  variance: {
    total: variance(null, [1403, 789_000_00], [1502, 866_000_00], [47_000_00, 24_000_00, 6_000_00]),
    byPillar: [wmoVariance, jeugdVariance, schuldhulpVariance, emptyVariance],
  },
  providers: PROVIDERS,
  signals: [
    { type: 'open-ended', count: 4, open: 3 },
    { type: 'no-start', count: 2, open: 0 },
  ],
  freshness: { lastImportAt: '2026-10-02T04:05:00Z', lastRun: { status: 'done', startedAt: '2026-10-02T04:00:00Z', finishedAt: '2026-10-02T04:05:00Z' } },
  assumptions: [
    { pillar: 'wmo', positivePercent: -2, negativePercent: 3 },
    { pillar: 'jeugd', positivePercent: -1.5, negativePercent: 5 },
  ],
};
