import type { Unit } from '../../../imports/domain/records.js';
import { PRODUCTS, type Product } from './catalog.js';
import { yearEnd, yearOf, yearStart, type Day } from './days.js';
import type { DemodamPlan } from './plan.js';
import { generalTariff, ownTariffFactor } from './providers.js';

/** A row of tariffs.csv; an empty provider is every provider's. */
export interface TariffRow {
  provider: string;
  productCategory: string;
  productCode: string;
  unit: Unit;
  unitPriceCents: number;
  validFrom: Day;
  validTo: Day | null;
}

/** `<provider index>:<product code>`: a provider whose own tariff for the product is left out of tariffs.csv. */
export type TariffGap = `${number}:${string}`;

/** The provider's own price for a product in a year, if it has one. */
function ownTariff(plan: DemodamPlan, provider: number, product: Product, year: number): number | undefined {
  const factor = ownTariffFactor(plan.seed, plan.providers.list[provider]!, product);
  return factor === undefined ? undefined : Math.round(generalTariff(product, year, plan.currentYear) * factor);
}

/**
 * The price tariffs.csv gives a provider's product on a day (the cost formula's "tariff of its
 * provider and product code valid on its start date"), undefined when it gives none.
 */
export function listedTariff(plan: DemodamPlan, provider: number, product: Product, day: Day, gaps: ReadonlySet<TariffGap> = new Set()): number | undefined {
  if (product.price === 'none' || product.price === 'row') return undefined;
  const year = yearOf(day);
  if (!gaps.has(`${provider}:${product.code}`)) {
    const own = ownTariff(plan, provider, product, year);
    if (own !== undefined) return own;
  }
  return product.price === 'general' ? generalTariff(product, year, plan.currentYear) : undefined;
}

/** What a provider charges (323 `ProductTarief`, services CSV `unitPriceCents`): its own price, else the general tariff. */
export function chargedTariff(plan: DemodamPlan, provider: number, product: Product, day: Day): number {
  if (product.unit === '83' || product.budget) return 100;
  const year = yearOf(day);
  return ownTariff(plan, provider, product, year) ?? generalTariff(product, year, plan.currentYear);
}

/** tariffs.csv: general rows per product and year, and each provider's own, from `fromYear` to this year. */
export function tariffRows(plan: DemodamPlan, fromYear: number, gaps: ReadonlySet<TariffGap>): TariffRow[] {
  const rows: TariffRow[] = [];
  for (let year = fromYear; year <= plan.currentYear; year++) {
    const validFrom = yearStart(year);
    const validTo = year === plan.currentYear ? null : yearEnd(year);
    for (const product of PRODUCTS) {
      if (product.price === 'none' || product.price === 'row') continue;
      const base = { productCategory: product.category, productCode: product.code, unit: product.unit, validFrom, validTo };
      if (product.price === 'general') rows.push({ provider: '', ...base, unitPriceCents: generalTariff(product, year, plan.currentYear) });
      for (const provider of plan.providers.byProduct.get(product.code)!.providers) {
        const own = ownTariff(plan, provider, product, year);
        if (own !== undefined && !gaps.has(`${provider}:${product.code}`)) rows.push({ provider: plan.providers.list[provider]!.agb, ...base, unitPriceCents: own });
      }
    }
  }
  return rows;
}
