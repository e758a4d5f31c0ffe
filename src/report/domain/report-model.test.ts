import { describe, expect, it } from 'vitest';
import { renderReportHtml } from './report-html.js';
import { buildReport, dutchDate, formatScore, periodLabel, type ReportInput } from './report-model.js';

const input: ReportInput = {
  municipality: 'Gemeente Demodam',
  from: '2026-01-01',
  to: '2026-12-31',
  today: '2026-11-23',
  figures: {
    plans: { count: 30, byStatus: { approved: 9, in_progress: 12, monitoring: 6, closed: 3 } },
    expectedThreatenedCents: 83_000_000,
    planCents: 40_400_000,
    returns: { count: 20, totalCents: 42_600_001, averageCents: 2_130_000 },
    realised: { linkedPlans: 3, completedPlans: 1, planCents: 900_000, realisedCents: 700_000, expectedReturnCents: 250_000, realisedReturnCents: 310_000 },
    budget: { year: 2026, budgetCents: 30_000_000, committedCents: 3_500_050, paidCents: 9_000_000 },
    satisfaction: { intakeAverage: 4.25, after6mAverage: 6.5, after12mAverage: null, pairs: 0 },
    bottlenecks: [{ theme: 'housing', count: 4 }, { theme: 'debts', count: 2 }],
  },
  stories: [{ title: 'Huurachterstand <betaald>', situation: 'Moeder & kinderen', breakthrough: 'Achterstand afgelost', returnCents: 1_234_567 }],
  patterns: [{ title: 'Urgentie na vrouwenopvang', level: 'regional', theme: 'housing', phase: 'diagnosis', planCount: 3 }],
};

describe('buildReport', () => {
  const report = buildReport(input);
  const figure = (key: string) => report.kerncijfers.figures.find((f) => f.key === key)!;

  it('titles the report with the municipality and the period', () => {
    expect(report.title).toBe('Raadsrapportage maatwerk Gemeente Demodam, 2026');
    expect(report.madeOn).toBe('23 november 2026');
  });

  it('counts executed plans as in progress, monitoring and closed', () => {
    expect(figure('plans')).toMatchObject({ value: '30', raw: 30 });
    expect(figure('executed')).toMatchObject({ value: '21', raw: 21 });
  });

  it('formats every amount to the cent, and budget used is committed plus paid', () => {
    expect(figure('returnTotal').value).toBe('€ 426.000,01');
    expect(figure('returnAverage').value).toBe('€ 21.300,00');
    expect(figure('expectedThreatened').value).toBe('€ 830.000,00');
    expect(figure('budgetUsed')).toMatchObject({ value: '€ 125.000,50', raw: 12_500_050 });
    expect(report.kerncijfers.summary).toContain('30 huishoudens');
    expect(report.kerncijfers.summary).toContain('21 huishoudens zijn de plannen');
  });

  it('shows satisfaction with one decimal, a dash when nobody was measured', () => {
    expect(report.kerncijfers.satisfaction.map((s) => s.average)).toEqual(['4,3', '6,5', '–']);
  });

  it('labels themes, patterns and stories in Dutch', () => {
    expect(report.knelpunten.themes).toEqual([
      { theme: 'housing', label: 'Wonen', count: 4 },
      { theme: 'debts', label: 'Schulden en financiën', count: 2 },
    ]);
    expect(report.knelpunten.patterns).toEqual([{ title: 'Urgentie na vrouwenopvang', level: 'regionaal', theme: 'Wonen', phase: 'Diagnose', planCount: 3 }]);
    expect(report.oplossingen[0]!.expectedReturn).toBe('€ 12.345,67');
  });
});

describe('dates and scores', () => {
  it('writes Dutch dates and periods', () => {
    expect(dutchDate('2026-03-05')).toBe('5 maart 2026');
    expect(periodLabel('2026-01-01', '2026-06-30')).toBe('1 januari 2026 t/m 30 juni 2026');
    expect(periodLabel('2025-01-01', '2025-12-31')).toBe('2025');
    expect(formatScore(7)).toBe('7,0');
  });
});

describe('renderReportHtml', () => {
  const html = renderReportHtml(buildReport(input));

  it('is a Dutch document with headings, captions and no scripts', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<h1>Raadsrapportage maatwerk Gemeente Demodam, 2026</h1>');
    for (const h of ['Inleiding', 'Kerncijfers', 'Knelpunten', 'Oplossingen', 'Verantwoording']) expect(html).toContain(`>${h}</h2>`);
    expect(html.match(/<caption>/g)?.length).toBe(4);
    expect(html).not.toMatch(/<script|<link|src=/i);
  });

  it('escapes story text', () => {
    expect(html).toContain('Huurachterstand &lt;betaald&gt;');
    expect(html).toContain('Moeder &amp; kinderen');
  });
});
