import type { Pillar } from '../../../imports/domain/records.js';
import type { Day } from './days.js';
import type { Rng } from './random.js';

/**
 * How long a client stays in a pillar: a mixture of short, medium and long stays per pillar
 * (days). Youth care is mostly short, benefits and Wmo home help often last years.
 */
const DURATIONS: Record<Pillar, readonly (readonly [weight: number, min: number, max: number])[]> = {
  wmo: [[0.3, 90, 365], [0.4, 365, 1095], [0.3, 1095, 3650]],
  jeugd: [[0.45, 60, 270], [0.4, 270, 730], [0.15, 730, 2190]],
  participatie: [[0.3, 120, 365], [0.35, 365, 1095], [0.35, 1095, 3650]],
  schuldhulp: [[0.2, 90, 365], [0.6, 365, 730], [0.2, 1095, 3650]],
  onderwijs: [[0.4, 300, 365], [0.35, 365, 730], [0.25, 730, 2190]],
};
const LONGEST = 3650;

export function meanDuration(pillar: Pillar): number {
  return DURATIONS[pillar].reduce((t, [w, min, max]) => t + (w * (min + max)) / 2, 0);
}

function drawDuration(pillar: Pillar, rng: Rng): number {
  const mix = DURATIONS[pillar];
  const [, min, max] = mix[rng.weighted(mix.map(([w]) => w))]!;
  return rng.int(min, max);
}

export interface Span {
  from: Day;
  /** The last day of support; after today for support that is still running. */
  to: Day;
}

/**
 * A stay that includes today. In a steady flow the stays running on a given day are the long ones
 * more often (length-biased: drawn with probability ∝ duration) and that day falls uniformly within
 * them. `minAge`/`minLeft`: at least that many days behind and ahead of today.
 */
export function currentStay(pillar: Pillar, today: Day, rng: Rng, minAge = 0, minLeft = 0): Span {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const duration = drawDuration(pillar, rng);
    if (rng.next() * LONGEST >= duration) continue;
    const age = Math.floor(rng.next() * duration);
    if (age < minAge || duration - age < minLeft) continue;
    return { from: today - age, to: today - age + duration - 1 };
  }
  return { from: today - minAge, to: today + Math.max(minLeft, 30) };
}

/** A stay that ended within [windowStart, lastEnd]: ends of a steady flow fall uniformly in time. */
export function endedStay(pillar: Pillar, windowStart: Day, lastEnd: Day, rng: Rng): Span {
  const to = rng.int(windowStart, lastEnd);
  return { from: to - drawDuration(pillar, rng) + 1, to };
}
