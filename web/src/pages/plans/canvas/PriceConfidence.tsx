import type { PriceItem } from '../planTypes';
import { confidenceOf } from './priceSearch';

/**
 * How sure the price list is of a price: "Schatting" in words (not colour alone) with its range
 * for a low-confidence price, "Indicatief" more quietly for a medium one, nothing for a firm one.
 */
export function PriceConfidence({ item }: { item: PriceItem }) {
  const confidence = confidenceOf(item);
  if (!confidence) return null;
  return (
    <span className={`dbk-price-confidence${confidence.quiet ? ' dbk-price-confidence--quiet' : ''}`}>
      <span className="dbk-price-confidence__label">{confidence.label}</span>
      {confidence.detail ? <span className="dbk-price-confidence__detail">: {confidence.detail}</span> : null}
    </span>
  );
}
