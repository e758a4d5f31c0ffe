/**
 * The generator's only source of chance: sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator, 128 bits of state, passes PractRand), seeded per purpose by hashing the seed with a
 * key, so a household, a provider or a month always draws the same numbers whatever else was
 * generated before it.
 *
 * Written here rather than taken from npm: the output files must stay byte-identical for a seed
 * across releases, so the algorithm is part of the format and must never change under us with a
 * dependency update; and it is twenty lines. `Math.random` cannot be seeded.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An index into `weights`, with probability proportional to its weight. */
  weighted(weights: readonly number[]): number;
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** The 32-bit finaliser of MurmurHash3: spreads every input bit over the output. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashKey(seed: number, keys: readonly (number | string)[]): number {
  let h = mix32(seed ^ 0x9e3779b9);
  for (const key of keys) {
    if (typeof key === 'number') {
      h = mix32(h ^ mix32(key + 0x632be5ab));
    } else {
      for (let i = 0; i < key.length; i++) h = mix32(h ^ key.charCodeAt(i));
      h = mix32(h ^ key.length);
    }
  }
  return h;
}

/** A generator for one purpose: the same seed and keys give the same numbers, always. */
export function rngFor(seed: number, ...keys: (number | string)[]): Rng {
  const h = hashKey(seed, keys);
  const raw = sfc32(h, mix32(h + 1), mix32(h + 2), mix32(h + 3));
  for (let i = 0; i < 12; i++) raw();
  const rng: Rng = {
    next: raw,
    int: (min, max) => min + Math.floor(raw() * (max - min + 1)),
    chance: (p) => raw() < p,
    pick: (items) => items[Math.floor(raw() * items.length)]!,
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let x = raw() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i]!;
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
  };
  return rng;
}

/** A uniform draw in [0, 1) from a hash alone, for decisions that need no generator of their own. */
export function hashUnit(seed: number, ...keys: (number | string)[]): number {
  return hashKey(seed, keys) / 4294967296;
}

/** Fisher–Yates, in place. */
export function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
