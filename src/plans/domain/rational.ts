/**
 * Exact arithmetic for the cost-benefit engine. Quantities (4,5 hours), probabilities (0,3) and
 * week/day factors (52/12, 365/12) are not exact in binary floating point; as fractions of
 * BigInts they are, so every line rounds to the cent exactly as CONTRACT.md defines.
 */
export interface Rational {
  n: bigint;
  d: bigint;
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

export const rational = (n: bigint | number, d: bigint | number = 1n): Rational => ({ n: BigInt(n), d: BigInt(d) });

/** A finite JavaScript number as the exact decimal it prints as (0.1 is 1/10, not 0.1000000000000000055…). */
export function fromDecimal(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`Geen eindig getal: ${value}`);
  const [mantissa = '0', exponentText = '0'] = value.toString().toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
  let n = BigInt(whole + fraction);
  let d = 10n ** BigInt(fraction.length);
  const exponent = Number(exponentText);
  if (exponent > 0) n *= 10n ** BigInt(exponent);
  if (exponent < 0) d *= 10n ** BigInt(-exponent);
  return { n: negative ? -n : n, d };
}

export const add = (a: Rational, b: Rational): Rational => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const sub = (a: Rational, b: Rational): Rational => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const mul = (...factors: Rational[]): Rational =>
  factors.reduce((acc, f) => ({ n: acc.n * f.n, d: acc.d * f.d }), ONE);

/** Rounds to a whole number, half away from zero. */
export function roundHalfAwayFromZero(value: Rational): number {
  const sign = value.n < 0n !== value.d < 0n ? -1n : 1n;
  const n = value.n < 0n ? -value.n : value.n;
  const d = value.d < 0n ? -value.d : value.d;
  const rounded = (2n * n + d) / (2n * d);
  return Number(sign * rounded);
}
