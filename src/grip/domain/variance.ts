import type { Pillar } from '../../imports/domain/records.js';
import { roundDiv } from '../../services/domain/cost.js';

/**
 * Volume × price (P×Q): "wordt de hulp steeds complexer, of steeds duurder?" The difference in
 * cost between a base and a current period splits, exactly to the cent, into
 * - volume: more or fewer clients at the base cost per client, (N₁ − N₀)·P₀;
 * - mix: a shift between product categories and more categories per client, Σ n₁ᵢ·p₀ᵢ − N₁·P₀;
 * - price: dearer or cheaper per client within a category, C₁ − Σ n₁ᵢ·p₀ᵢ;
 * with N the distinct clients, nᵢ the clients of category i, p₀ᵢ its base cost per client. A
 * category that is new has no base price: its own current price stands in (all volume, no price).
 * Volume and mix are rounded half away from zero; price is what remains, so the three add up.
 */

export interface PeriodCategory {
  pillar: Pillar;
  productCategory: string;
  clients: number;
  costCents: number;
}

export interface PeriodTotals {
  clients: number;
  costCents: number;
}

export interface PeriodFiguresOut {
  clients: number;
  costCents: number;
  costPerClientCents: number;
}

export interface VarianceCategory {
  pillar: Pillar;
  productCategory: string;
  base: PeriodFiguresOut;
  current: PeriodFiguresOut;
  differenceCents: number;
  volumeEffectCents: number;
  priceEffectCents: number;
}

export interface VarianceSplit {
  base: PeriodFiguresOut;
  current: PeriodFiguresOut;
  differenceCents: number;
  volumeEffectCents: number;
  priceEffectCents: number;
  mixEffectCents: number;
  byProductCategory: VarianceCategory[];
}

interface Fraction {
  n: bigint;
  d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};
const reduce = ({ n, d }: Fraction): Fraction => {
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
};
const frac = (n: number | bigint, d: number | bigint = 1): Fraction => reduce({ n: BigInt(n), d: BigInt(d) });
const plus = (a: Fraction, b: Fraction): Fraction => reduce({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const times = (a: Fraction, k: number | bigint): Fraction => reduce({ n: a.n * BigInt(k), d: a.d });
const round = (a: Fraction): number => Number(roundDiv(a.n, a.d));

export function costPerClient(costCents: number, clients: number): number {
  return clients > 0 ? Number(roundDiv(BigInt(costCents), BigInt(clients))) : 0;
}

const figures = (clients: number, costCents: number): PeriodFiguresOut => ({ clients, costCents, costPerClientCents: costPerClient(costCents, clients) });

export function splitVariance(base: PeriodTotals, current: PeriodTotals, baseCategories: readonly PeriodCategory[], currentCategories: readonly PeriodCategory[]): VarianceSplit {
  const key = (row: PeriodCategory) => `${row.pillar}|${row.productCategory}`;
  const keys = new Map<string, { pillar: Pillar; productCategory: string }>();
  for (const row of [...baseCategories, ...currentCategories]) keys.set(key(row), { pillar: row.pillar, productCategory: row.productCategory });
  const baseBy = new Map(baseCategories.map((row) => [key(row), row]));
  const currentBy = new Map(currentCategories.map((row) => [key(row), row]));

  let atBasePrice = frac(0);
  const byProductCategory: VarianceCategory[] = [];
  for (const [k, { pillar, productCategory }] of keys) {
    const b = baseBy.get(k) ?? { clients: 0, costCents: 0 };
    const c = currentBy.get(k) ?? { clients: 0, costCents: 0 };
    const basePrice = b.clients > 0 ? frac(b.costCents, b.clients) : c.clients > 0 ? frac(c.costCents, c.clients) : frac(0);
    atBasePrice = plus(atBasePrice, times(basePrice, c.clients));
    const differenceCents = c.costCents - b.costCents;
    const volumeEffectCents = round(times(basePrice, c.clients - b.clients));
    byProductCategory.push({
      pillar,
      productCategory,
      base: figures(b.clients, b.costCents),
      current: figures(c.clients, c.costCents),
      differenceCents,
      volumeEffectCents,
      priceEffectCents: differenceCents - volumeEffectCents,
    });
  }
  byProductCategory.sort((a, b) => Math.abs(b.differenceCents) - Math.abs(a.differenceCents) || (a.pillar + a.productCategory < b.pillar + b.productCategory ? -1 : 1));

  const differenceCents = current.costCents - base.costCents;
  // P₀: the base cost per client; without base clients, the current mix at its own prices.
  const basePerClient = base.clients > 0 ? frac(base.costCents, base.clients) : current.clients > 0 ? reduce({ n: atBasePrice.n, d: atBasePrice.d * BigInt(current.clients) }) : frac(0);
  const volume = base.clients > 0 ? plus(times(basePerClient, current.clients), frac(-base.costCents)) : times(basePerClient, current.clients);
  const mix = plus(atBasePrice, times(basePerClient, -current.clients));
  const volumeEffectCents = round(volume);
  const mixEffectCents = round(mix);
  return {
    base: figures(base.clients, base.costCents),
    current: figures(current.clients, current.costCents),
    differenceCents,
    volumeEffectCents,
    priceEffectCents: differenceCents - volumeEffectCents - mixEffectCents,
    mixEffectCents,
    byProductCategory,
  };
}
