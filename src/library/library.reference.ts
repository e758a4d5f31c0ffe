import fs from 'node:fs';
import { legalBasesFromReferenceCsv, type LegalBasisData } from './domain/legal-bases.js';
import { validatePriceCsv, type PriceItemData } from './domain/price-items.js';

/** The national reference files that ship with the code (see reference/README in shared docs). */
export const PRICE_LIST_FILE = new URL('./reference/price-list.csv', import.meta.url);
export const LEGAL_BASES_FILE = new URL('./reference/legal-bases.csv', import.meta.url);

let priceItemsCache: PriceItemData[] | undefined;
let legalBasesCache: LegalBasisData[] | undefined;

/** The indicative national maatschappelijke prijslijst, parsed once. */
export function referencePriceItems(): PriceItemData[] {
  if (!priceItemsCache) {
    const { items, errors } = validatePriceCsv(fs.readFileSync(PRICE_LIST_FILE, 'utf8'));
    if (errors.length > 0) throw new Error(`price-list.csv is ongeldig: ${errors.map((e) => e.message).join('; ')}`);
    priceItemsCache = items.map(({ line: _line, ...item }) => item);
  }
  return priceItemsCache;
}

/** The national legal library, parsed once. */
export function referenceLegalBases(): LegalBasisData[] {
  legalBasesCache ??= legalBasesFromReferenceCsv(fs.readFileSync(LEGAL_BASES_FILE, 'utf8'));
  return legalBasesCache;
}
