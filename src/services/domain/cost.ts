/**
 * The one cost formula of CONTRACT.md ("Cost of a service over a period"), exact in integers: a
 * service's cost over [from, to] in cents, rounded half away from zero. The SQL in
 * services/cost.sql.ts computes the same for aggregates; a property test holds them equal.
 */

export interface CostedService {
  startDate: string;
  endDate?: string | null;
  unit?: string | null;
  frequency?: string | null;
  volume?: number | null;
  /** The service's own unit price, else the tariff's; null/undefined when neither is known. */
  unitPriceCents?: number | null;
  /** A budget over the whole period (no volume). */
  amountCents?: number | null;
}

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days of [from, to] inside [start, end] (both inclusive); an open end runs to `to`. */
export function overlapDays(from: string, to: string, start: string, end?: string | null): number {
  const first = Math.max(dayNumber(from), dayNumber(start));
  const last = Math.min(dayNumber(to), end ? dayNumber(end) : dayNumber(to));
  return Math.max(0, last - first + 1);
}

/** numerator / denominator rounded half away from zero (BigInt: u·v·d·12 passes 2^53). */
export function roundDiv(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

export function isBudget(service: CostedService): boolean {
  return service.amountCents !== null && service.amountCents !== undefined && (service.volume === null || service.volume === undefined);
}

/** Whether the formula had to use 0 as unit price (the `missing-tariff` signal). */
export function missesTariff(service: CostedService): boolean {
  return !isBudget(service) && service.unit !== '83' && (service.unitPriceCents === null || service.unitPriceCents === undefined);
}

export function unitPrice(service: CostedService): bigint {
  if (service.unit === '83') return 100n;
  return BigInt(service.unitPriceCents ?? 0);
}

export function serviceCost(service: CostedService, from: string, to: string): number {
  const d = BigInt(overlapDays(from, to, service.startDate, service.endDate));
  const startsInside = dayNumber(service.startDate) >= dayNumber(from) && dayNumber(service.startDate) <= dayNumber(to);
  const totalDays = service.endDate ? BigInt(dayNumber(service.endDate) - dayNumber(service.startDate) + 1) : 0n;
  if (isBudget(service)) {
    const amount = BigInt(service.amountCents ?? 0);
    if (!service.endDate) return startsInside ? Number(amount) : 0;
    return totalDays > 0n ? Number(roundDiv(amount * d, totalDays)) : 0;
  }
  const uv = unitPrice(service) * BigInt(service.volume ?? 0);
  switch (service.frequency) {
    case '1':
      return Number(uv * d);
    case '2':
      return Number(roundDiv(uv * d, 7n));
    case '4':
      return Number(roundDiv(uv * d * 12n, 365n));
    case '6':
      if (!service.endDate) return startsInside ? Number(uv) : 0;
      return totalDays > 0n ? Number(roundDiv(uv * d, totalDays)) : 0;
    default:
      return 0;
  }
}

/** CONTRACT.md: a service's annual cost on t is its cost over [t, t + 364 days]. */
export function annualCost(service: CostedService, date: string): number {
  return serviceCost(service, date, addDays(date, 364));
}

export function isActiveOn(service: Pick<CostedService, 'startDate' | 'endDate'>, date: string): boolean {
  return service.startDate <= date && (!service.endDate || service.endDate >= date);
}
