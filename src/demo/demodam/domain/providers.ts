import type { Pillar } from '../../../imports/domain/records.js';
import { PRODUCTS, PRODUCTS_BY_PILLAR, TARIFF_INDEXATION, type Product } from './catalog.js';
import { hashUnit, rngFor, shuffle } from './random.js';

/**
 * Demodam's providers. Maastricht contracted 147 youth-care and 116 Wmo providers (R448–454), a
 * few of them in both: ~250 at scale 1. Provider counts do not grow with the population the way
 * clients do (a city twice the size does not contract twice the providers), so they scale with
 * √scale. Their sizes follow Zipf's law: a few large providers carry most clients. The case
 * system's CSV pillars have their own: the municipality itself (benefits), re-integration
 * companies, the municipal credit bank and administrators (schuldhulp), transport companies.
 */
export interface Provider {
  index: number;
  /** AGB code, 8 digits (`LDT_AgbCode`); `98…` for Wmo/Jeugd providers, `90…` for the municipality's own codes. */
  agb: string;
  pillars: Pillar[];
  /** Product codes it delivers. */
  products: Set<string>;
  weight: number;
  /** 0 punctual, 1 ordinary, 2 sloppy declarant. */
  lateness: 0 | 1 | 2;
}

export interface ProviderPool {
  providers: number[];
  cumulative: number[];
}

export interface ProviderSet {
  list: Provider[];
  /** Per product code: who delivers it, with cumulative weights for a weighted draw. */
  byProduct: Map<string, ProviderPool>;
}

/** CSV products and the kind of organisation that delivers them. */
const CSV_ROLES: Record<string, 'municipality' | 'reintegration' | 'creditBank' | 'administrator' | 'transport'> = {
  LO01: 'municipality', LO02: 'municipality', BB01: 'municipality', LK01: 'municipality', LV02: 'municipality',
  RI01: 'reintegration',
  SH01: 'creditBank', SH02: 'creditBank',
  BW01: 'administrator',
  LV01: 'transport', LV03: 'transport',
};

export function providerCounts(scale: number) {
  const root = Math.sqrt(scale);
  const wmo = Math.max(4, Math.round(116 * root));
  const jeugd = Math.max(4, Math.round(147 * root));
  const both = Math.min(wmo - 1, jeugd - 1, Math.round(13 * root));
  return { wmo, jeugd, both, reintegration: Math.max(1, Math.round(4 * root)), administrator: Math.max(1, Math.round(12 * root)), transport: Math.max(1, Math.round(3 * root)) };
}

export function makeProviders(seed: number, scale: number): ProviderSet {
  const rng = rngFor(seed, 'providers');
  const counts = providerCounts(scale);
  const used = new Set<string>();
  const agb = (prefix: string) => {
    for (;;) {
      const code = `${prefix}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
      if (!used.has(code)) return used.add(code), code;
    }
  };
  const list: Provider[] = [];
  const add = (prefix: string, pillars: Pillar[], weight: number) => {
    const lateness = rng.weighted([0.7, 0.2, 0.1]) as 0 | 1 | 2;
    const provider: Provider = { index: list.length, agb: agb(prefix), pillars, products: new Set(), weight, lateness };
    list.push(provider);
    return provider;
  };

  // Wmo and Jeugd: Zipf weights by a random rank, categories by their share of the care.
  const istandaard = counts.wmo + counts.jeugd - counts.both;
  const ranks = shuffle(Array.from({ length: istandaard }, (_, i) => i + 1), rng);
  for (let i = 0; i < istandaard; i++) {
    const pillars: Pillar[] = i < counts.both ? ['wmo', 'jeugd'] : i < counts.wmo ? ['wmo'] : ['jeugd'];
    const provider = add('98', pillars, 1 / ranks[i]!);
    const large = ranks[i]! <= Math.max(2, istandaard / 12);
    for (const pillar of pillars) {
      const products = PRODUCTS_BY_PILLAR[pillar];
      const categories = [...new Set(products.map((p) => p.category))];
      const categoryWeight = categories.map((c) => products.filter((p) => p.category === c).reduce((w, p) => w + p.weight, 0));
      const wanted = large ? 4 + rng.int(0, 3) : 1 + (rng.chance(0.4) ? 1 : 0);
      for (let k = 0; k < wanted; k++) {
        const category = categories[rng.weighted(categoryWeight)]!;
        for (const p of products) if (p.category === category) provider.products.add(p.code);
      }
    }
  }
  const municipality = add('90', ['participatie', 'onderwijs'], 1);
  const creditBank = add('90', ['schuldhulp'], 1);
  const byRole = { municipality: [municipality], creditBank: [creditBank], reintegration: [] as Provider[], administrator: [] as Provider[], transport: [] as Provider[] };
  for (let i = 0; i < counts.reintegration; i++) byRole.reintegration.push(add('90', ['participatie'], 1 / (i + 1)));
  for (let i = 0; i < counts.administrator; i++) byRole.administrator.push(add('90', ['schuldhulp'], 1 / (i + 1)));
  for (let i = 0; i < counts.transport; i++) byRole.transport.push(add('90', ['onderwijs'], 1 / (i + 1)));
  for (const [code, role] of Object.entries(CSV_ROLES)) for (const provider of byRole[role]) provider.products.add(code);

  const byProduct = new Map<string, ProviderPool>();
  for (const product of PRODUCTS) {
    let offering = list.filter((p) => p.products.has(product.code));
    if (offering.length === 0) {
      // Every product has a provider: the pillar's largest takes it on.
      const largest = list.filter((p) => p.pillars.includes(product.pillar)).sort((a, b) => b.weight - a.weight)[0]!;
      largest.products.add(product.code);
      offering = [largest];
    }
    let total = 0;
    byProduct.set(product.code, { providers: offering.map((p) => p.index), cumulative: offering.map((p) => (total += p.weight)) });
  }
  return { list, byProduct };
}

export function pickProvider(pool: ProviderPool, x: number): number {
  const target = x * pool.cumulative[pool.cumulative.length - 1]!;
  let lo = 0;
  let hi = pool.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pool.cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return pool.providers[lo]!;
}

/** The general tariff of a product in a year: this year's price, indexed down per earlier year. */
export function generalTariff(product: Product, year: number, currentYear: number): number {
  return Math.round(product.tariffCents / TARIFF_INDEXATION ** (currentYear - year));
}

/**
 * A provider's own contracted price as a factor on the general tariff, or undefined when it has
 * none: every provider of a `provider`-priced product has one, a fifth of the others.
 */
export function ownTariffFactor(seed: number, provider: Provider, product: Product): number | undefined {
  const x = hashUnit(seed, 'own-tariff', provider.agb, product.code);
  if (product.price === 'provider') return 0.85 + 0.3 * x;
  if (product.price === 'general' && x < 0.2) return 0.92 + 0.8 * x;
  return undefined;
}
