import type { Pillar } from '../../../imports/domain/records.js';
import { rngFor } from './random.js';

/**
 * Who in a household gets which pillar. Only members with support are clients (and so in the
 * files): adults get Wmo, benefits and debt support, children youth care and school transport.
 * A household has one or two adults; support for children means one to three children in care.
 * Drawn from its own generator, so the plan can count a household's clients without generating it.
 */
export interface MemberPlan {
  role: 'adult' | 'child';
  pillars: Pillar[];
}

export interface Composition {
  adults: 1 | 2;
  /** The clients, adults first. */
  members: MemberPlan[];
}

export const MAX_CLIENTS_PER_HOUSEHOLD = 5;

export function composeHousehold(seed: number, household: number, pillars: readonly Pillar[]): Composition {
  const rng = rngFor(seed, 'compose', household);
  const has = (p: Pillar) => pillars.includes(p);
  const forChildren = has('jeugd') || has('onderwijs');
  const adults: 1 | 2 = rng.chance(forChildren ? 0.45 : pillars.length === 1 && has('wmo') ? 0.55 : 0.6) ? 1 : 2;
  const adultPillars: Pillar[][] = [[], []];
  if (has('wmo')) {
    adultPillars[0]!.push('wmo');
    if (adults === 2 && rng.chance(0.35)) adultPillars[1]!.push('wmo');
  }
  if (has('participatie')) {
    adultPillars[0]!.push('participatie');
    // A couple's benefit is one, but the partner is a client too (re-integration, wage subsidy).
    if (adults === 2 && rng.chance(0.4)) adultPillars[1]!.push('participatie');
  }
  if (has('schuldhulp')) {
    const second = adults === 2 && rng.chance(0.15);
    adultPillars[second ? 1 : 0]!.push('schuldhulp');
    if (adults === 2 && !second && rng.chance(0.2)) adultPillars[1]!.push('schuldhulp');
  }

  const children: Pillar[][] = [];
  if (has('jeugd')) {
    const inCare = 1 + rng.weighted([0.6, 0.3, 0.1]);
    for (let i = 0; i < inCare; i++) children.push(['jeugd']);
  }
  if (has('onderwijs')) {
    const transported = rng.chance(0.85) ? 1 : 2;
    for (let i = 0; i < transported; i++) {
      const alsoInCare = children.find((c) => c.includes('jeugd') && !c.includes('onderwijs'));
      if (alsoInCare && rng.chance(0.6)) alsoInCare.push('onderwijs');
      else children.push(['onderwijs']);
    }
  }

  const members: MemberPlan[] = [
    ...adultPillars.slice(0, adults).filter((p) => p.length > 0).map((p) => ({ role: 'adult' as const, pillars: p })),
    ...children.map((p) => ({ role: 'child' as const, pillars: p })),
  ];
  // At most five clients: the last children in youth care only drop out (another child keeps the pillar).
  while (members.length > MAX_CLIENTS_PER_HOUSEHOLD) {
    const drop = members.findLastIndex((m) => m.role === 'child' && m.pillars.length === 1 && m.pillars[0] === 'jeugd');
    members.splice(drop >= 0 ? drop : members.length - 1, 1);
  }
  return { adults, members };
}
