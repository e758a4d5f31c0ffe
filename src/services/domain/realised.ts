import type { Pillar } from '../../imports/domain/records.js';
import { PILLAR_FUNDING_STREAM } from './overlap.js';

/** The same day `months` later (clamped to the month's last day: 31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export interface RealisedSummary {
  planCents: number;
  realisedCents: number;
  byFundingStream: { fundingStream: string; planCents: number; realisedCents: number }[];
}

/**
 * The plan scenario against what the household actually cost, per funding stream: every stream
 * of the plan and every stream money went to, in the plan's order then by name.
 */
export function realisedSummary(plan: readonly { fundingStream: string; planCents: number }[], spent: readonly { pillar: Pillar; cents: number }[]): RealisedSummary {
  const realisedByStream = new Map<string, number>();
  for (const row of spent) {
    const stream = PILLAR_FUNDING_STREAM[row.pillar];
    realisedByStream.set(stream, (realisedByStream.get(stream) ?? 0) + row.cents);
  }
  const streams = [...plan.map((row) => row.fundingStream), ...[...realisedByStream.keys()].sort()].filter((s, i, all) => all.indexOf(s) === i);
  const byFundingStream = streams.map((fundingStream) => ({
    fundingStream,
    planCents: plan.filter((row) => row.fundingStream === fundingStream).reduce((sum, row) => sum + row.planCents, 0),
    realisedCents: realisedByStream.get(fundingStream) ?? 0,
  }));
  return {
    planCents: plan.reduce((sum, row) => sum + row.planCents, 0),
    realisedCents: [...realisedByStream.values()].reduce((sum, cents) => sum + cents, 0),
    byFundingStream,
  };
}
