import type { Pillar } from '../../../imports/domain/records.js';
import { amsterdamDate } from '../../../shared/dates.js';
import { composeHousehold } from './compose.js';
import { dayOf, yearOf, type Day } from './days.js';
import { makeProviders, type ProviderSet } from './providers.js';
import { allocateSets, HOUSEHOLDS_PER_SCALE, PILLAR_SETS } from './pillar-sets.js';
import { rngFor, shuffle } from './random.js';
import { meanDuration } from './trajectories.js';

export interface DemodamOptions {
  /** 1 = a municipality of 120,000 residents (Maastricht). */
  scale: number;
  seed: number;
  /** ISO date the data runs up to; default today in Europe/Amsterdam (the caller's). */
  today?: string;
  /** Client numbers that must belong to households on three or more pillars with support today (the demo plans'). */
  anchorClientNumbers?: string[];
  /** CBS code of the municipality; Demodam is `0999`. */
  municipalityCode?: string;
}

/** Three years of history: how far back assignments, declarations and realisations go. */
export const WINDOW_DAYS = 1096;
export const MAX_SCALE = 30;

/**
 * Everything decided before the first household is generated, all small: the providers, which
 * pillar set each household has, whether it has support today, where its clients are numbered,
 * and which households carry the anchors. Households are then generated one at a time from it.
 */
export interface DemodamPlan {
  seed: number;
  scale: number;
  municipalityCode: string;
  today: Day;
  currentYear: number;
  windowStart: Day;
  providers: ProviderSet;
  households: number;
  currentHouseholds: number;
  /** Per household: index into PILLAR_SETS. */
  setOf: Uint8Array;
  /** Per household: 1 when it has support today, 0 when its support ended in the window. */
  isCurrent: Uint8Array;
  /** Household h's clients are numbered clientOffset[h] … clientOffset[h + 1] − 1. */
  clientOffset: Uint32Array;
  /** Household → the client number its first client gets. */
  anchorOf: Map<number, string>;
  /** Numeric parts of the anchors, sorted: generated client numbers skip them. */
  anchorValues: number[];
}

export function normaliseOptions(options: DemodamOptions): Required<DemodamOptions> {
  const { scale, seed } = options;
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) throw new RangeError(`Schaal moet groter dan 0 en hoogstens ${MAX_SCALE} zijn (1 = 120.000 inwoners).`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) throw new RangeError('Seed moet een geheel getal van 0 tot 4294967295 zijn.');
  const municipalityCode = options.municipalityCode ?? '0999';
  if (!/^\d{4}$/.test(municipalityCode)) throw new RangeError(`Gemeentecode '${municipalityCode}' is geen CBS-code van vier cijfers.`);
  const today = options.today ?? amsterdamDate(new Date());
  dayOf(today);
  const anchors = options.anchorClientNumbers ?? [];
  if (new Set(anchors).size !== anchors.length || anchors.some((a) => a.trim() === '')) throw new RangeError('Ankercliëntnummers moeten uniek en niet leeg zijn.');
  return { scale, seed, today, anchorClientNumbers: anchors, municipalityCode };
}

export function planDemodam(options: DemodamOptions): DemodamPlan {
  const { scale, seed, today: todayIso, anchorClientNumbers, municipalityCode } = normaliseOptions(options);
  const today = dayOf(todayIso);
  const windowStart = today - WINDOW_DAYS;

  // Households with support today, at the seed's proportions, and those whose support ended in the
  // window: per set as many as a steady flow brings (window ÷ mean duration of its pillars).
  const current = allocateSets(Math.max(1, Math.round(HOUSEHOLDS_PER_SCALE * scale)));
  const former = largestRemainder(PILLAR_SETS.map((set, i) => (current[i]! * WINDOW_DAYS) / (set.reduce((t, p) => t + meanDuration(p), 0) / set.length)));
  const entries: number[] = [];
  PILLAR_SETS.forEach((_, i) => {
    for (let k = 0; k < current[i]!; k++) entries.push(i * 2 + 1);
    for (let k = 0; k < former[i]!; k++) entries.push(i * 2);
  });
  shuffle(entries, rngFor(seed, 'households'));

  const households = entries.length;
  const setOf = new Uint8Array(households);
  const isCurrent = new Uint8Array(households);
  entries.forEach((e, h) => ((setOf[h] = e >> 1), (isCurrent[h] = e & 1)));

  // Anchors: the first current households on three or more pillars; when a small scale has too
  // few, current one-pillar households from the end become the most common three-pillar set.
  const anchorOf = new Map<number, string>();
  const commonTriple = PILLAR_SETS.findIndex((s) => s.length === 3 && s.includes('wmo') && s.includes('participatie') && s.includes('schuldhulp'));
  for (let h = 0; h < households && anchorOf.size < anchorClientNumbers.length; h++) {
    if (isCurrent[h] && PILLAR_SETS[setOf[h]!]!.length >= 3) anchorOf.set(h, anchorClientNumbers[anchorOf.size]!);
  }
  for (let h = households - 1; h >= 0 && anchorOf.size < anchorClientNumbers.length; h--) {
    if (isCurrent[h] && PILLAR_SETS[setOf[h]!]!.length === 1) {
      setOf[h] = commonTriple;
      anchorOf.set(h, anchorClientNumbers[anchorOf.size]!);
    }
  }

  const clientOffset = new Uint32Array(households + 1);
  for (let h = 0; h < households; h++) clientOffset[h + 1] = clientOffset[h]! + composeHousehold(seed, h, PILLAR_SETS[setOf[h]!]!).members.length;

  const anchorValues = anchorClientNumbers
    .map((a) => /^C-(\d+)$/.exec(a))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);

  return {
    seed,
    scale,
    municipalityCode,
    today,
    currentYear: yearOf(today),
    windowStart,
    providers: makeProviders(seed, scale),
    households,
    currentHouseholds: isCurrent.reduce((n, c) => n + c, 0),
    setOf,
    isCurrent,
    clientOffset,
    anchorOf,
    anchorValues,
  };
}

export function pillarsOf(plan: DemodamPlan, household: number): readonly Pillar[] {
  return PILLAR_SETS[plan.setOf[household]!]!;
}

/** `C-1xxxxx`, counting from C-100000 over every client slot, skipping the anchors' numbers. */
export function generatedClientNumber(plan: DemodamPlan, slot: number): string {
  let n = 100_000 + slot;
  for (const anchor of plan.anchorValues) if (anchor <= n) n++;
  return `C-${n}`;
}

function largestRemainder(exact: number[]): number[] {
  const counts = exact.map(Math.floor);
  let left = Math.round(exact.reduce((a, b) => a + b, 0)) - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) counts[order[k % order.length]![1]]!++;
  return counts;
}
