import { roundDiv } from '../../services/domain/cost.js';

/**
 * Verzilveringspercentage (realisation rate): what a provider declared ÷ what its assignments cost
 * so far, to three decimals (half away from zero); `null` when nothing was assigned yet.
 */
export function realisationRate(declaredCents: number, costSoFarCents: number): number | null {
  if (costSoFarCents === 0) return null;
  return Number(roundDiv(BigInt(declaredCents) * 1000n, BigInt(costSoFarCents))) / 1000;
}
