// KBA for a plan with 200 cost lines: how long does one full cost-benefit analysis take?
// Run: node --import tsx bench/kba.ts   (prints JSON; no server, no database)
import os from 'node:os';
import { computeKba, type CostLine } from '../src/plans/domain/kba.js';
import { FREQUENCY_KEYS, FUNDING_STREAM_KEYS } from '../src/plans/domain/vocabulary.js';

function lines(count: number, seed: number): CostLine[] {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, () => ({
    description: 'regel',
    fundingStream: FUNDING_STREAM_KEYS[Math.floor(next() * FUNDING_STREAM_KEYS.length)]!,
    unitPriceCents: Math.floor(next() * 10_000_000),
    quantity: Math.round(next() * 4000) / 100,
    frequency: FREQUENCY_KEYS[Math.floor(next() * FREQUENCY_KEYS.length)]!,
    startMonth: Math.floor(next() * 12),
    months: Math.floor(next() * 24),
  }));
}

// 200 lines spread over the scenarios as a big real plan would: 60 current, 60 threatened, 50 plan, 30 in an alternative.
const input = {
  horizonMonths: 12,
  scenarios: {
    current: { lines: lines(60, 1) },
    threatened: { probability: 0.7, lines: lines(60, 2) },
    plan: { lines: lines(50, 3) },
    alternatives: [{ name: 'B', lines: lines(30, 4) }],
  },
};

for (let i = 0; i < 200; i++) computeKba(input); // warm-up
const samples: number[] = [];
for (let round = 0; round < 5; round++) {
  const iterations = 1000;
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) computeKba(input);
  samples.push(Number(process.hrtime.bigint() - started) / 1000 / iterations);
}
samples.sort((a, b) => a - b);
const medianUs = samples[2]!;
console.log(
  JSON.stringify(
    { benchmark: 'kba-200-lines', lines: 200, medianMicroseconds: Math.round(medianUs), perSecond: Math.round(1e6 / medianUs), roundsMicroseconds: samples.map(Math.round), node: process.version, cpus: os.cpus().length },
    null,
    2,
  ),
);
