import { PRODUCT_INDEX, PRODUCTS, type Product } from './catalog.js';
import { monthEnd, monthOf, monthStart, type Day, type Month } from './days.js';
import type { Assignment } from './model.js';
import type { DemodamPlan } from './plan.js';
import { hashUnit, rngFor } from './random.js';
import { chargedTariff } from './tariffs.js';

/**
 * Monthly 323 declarations: per provider, per pillar and per month one message with a Prestatie
 * per assignment it delivered that month, arriving a realistic while after the month (most one or
 * two months, a sloppy provider's often three to nine), so the latest months are still incomplete
 * today. A few are anomalous: more than assigned, a month after the care ended, an unknown
 * ToewijzingNummer.
 *
 * The assignments are kept between the household pass and the monthly pass as columns of numbers
 * (about 40 bytes each), never as objects or text; a month's messages are made one at a time.
 */
const OPEN: Day = 0x7fff_ffff;
const OVER = 1;
const AFTER_END = 2;
/** ToewijzingNummers from here on were never assigned: declarations with them are anomalies. */
export const UNKNOWN_SERVICE_BASE = 990_000_000;

export class DeclarationIndex {
  size = 0;
  private capacity = 1024;
  serviceId = new Uint32Array(this.capacity);
  bsn = new Uint32Array(this.capacity);
  provider = new Uint16Array(this.capacity);
  product = new Uint8Array(this.capacity);
  volume = new Uint32Array(this.capacity);
  budgetCents = new Uint32Array(this.capacity);
  start = new Int32Array(this.capacity);
  end = new Int32Array(this.capacity);
  flags = new Uint8Array(this.capacity);

  /** An assignment the provider delivers (it reported the start). */
  add(assignment: Assignment, bsn: string): void {
    if (!assignment.started) return;
    if (this.size === this.capacity) this.grow();
    const i = this.size++;
    this.serviceId[i] = assignment.serviceId;
    this.bsn[i] = Number(bsn);
    this.provider[i] = assignment.provider;
    this.product[i] = PRODUCT_INDEX.get(assignment.product)!;
    this.volume[i] = assignment.volume;
    this.budgetCents[i] = assignment.budgetCents ?? 0;
    this.start[i] = assignment.actualStart;
    this.end[i] = assignment.actualEnd ?? OPEN;
    this.flags[i] = (assignment.overDeclared ? OVER : 0) | (assignment.declaredAfterEnd ? AFTER_END : 0);
  }

  private grow(): void {
    this.capacity *= 2;
    const grow = <T extends Uint32Array | Uint16Array | Uint8Array | Int32Array>(a: T): T => {
      const bigger = new (a.constructor as new (n: number) => T)(this.capacity);
      bigger.set(a);
      return bigger;
    };
    this.serviceId = grow(this.serviceId);
    this.bsn = grow(this.bsn);
    this.provider = grow(this.provider);
    this.product = grow(this.product);
    this.volume = grow(this.volume);
    this.budgetCents = grow(this.budgetCents);
    this.start = grow(this.start);
    this.end = grow(this.end);
    this.flags = grow(this.flags);
  }
}

export interface DeclarationLine {
  serviceId: number;
  bsn: string;
  product: Product;
  from: Day;
  to: Day;
  volume: number;
  tariffCents: number;
  amountCents: number;
}

export interface DeclarationMessage {
  pillar: 'wmo' | 'jeugd';
  provider: number;
  month: Month;
  /** DeclaratiePeriode: the calendar month. */
  periodFrom: Day;
  periodTo: Day;
  /** DeclaratieNummer: unique per provider, pillar and month (12 characters, letters and digits). */
  number: string;
  /** Dagtekening: when it arrived. */
  sentOn: Day;
  /** Ordered by client, then assignment. */
  lines: DeclarationLine[];
  totalCents: number;
}

/** Months after the period a declaration arrives, by the provider's habits. */
const DELAYS: readonly (readonly number[])[] = [
  [0, 0.85, 0.13, 0.02],
  [0, 0.6, 0.3, 0.04, 0.02, 0.02, 0.01, 0.005, 0.005],
  [0, 0.3, 0.3, 0.1, 0.08, 0.07, 0.05, 0.04, 0.03, 0.03],
];

/** Every 323 that has arrived by today, month by month, provider by provider. */
export function* declarationMessages(plan: DemodamPlan, index: DeclarationIndex): Generator<DeclarationMessage> {
  // Assignments per provider and pillar, ordered by client and ToewijzingNummer.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < index.size; i++) {
    const key = index.provider[i]! * 2 + (PRODUCTS[index.product[i]!]!.pillar === 'wmo' ? 0 : 1);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(i);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  for (const key of keys) groups.get(key)!.sort((a, b) => index.bsn[a]! - index.bsn[b]! || index.serviceId[a]! - index.serviceId[b]!);
  // The largest Wmo provider always sends one line for an unknown assignment, a few others by chance.
  const largest = keys.reduce((best, key) => (key % 2 === 0 && groups.get(key)!.length > (groups.get(best)?.length ?? -1) ? key : best), -1);

  const lastPeriod = monthOf(plan.today) - 1;
  let unknown = 0;
  for (let month = monthOf(plan.windowStart); month <= lastPeriod; month++) {
    const from = monthStart(month);
    const to = monthEnd(month);
    for (const key of keys) {
      const provider = key >> 1;
      const pillar = key % 2 === 0 ? 'wmo' : 'jeugd';
      const rng = rngFor(plan.seed, 'declaration', provider, pillar, month);
      const delay = rng.weighted(DELAYS[plan.providers.list[provider]!.lateness]!);
      const sentOn = monthStart(month + delay) + rng.int(1, 24);
      if (sentOn > plan.today) continue;
      const lines: DeclarationLine[] = [];
      for (const i of groups.get(key)!) {
        const line = lineFor(plan, index, i, month, from, to);
        if (line) lines.push(line);
      }
      if (lines.length === 0) continue;
      if ((key === largest && month === lastPeriod - 3) || rng.chance(0.002)) {
        const like = lines[Math.floor(rng.next() * lines.length)]!;
        lines.push({ ...like, serviceId: UNKNOWN_SERVICE_BASE + unknown++ });
      }
      const totalCents = lines.reduce((t, l) => t + l.amountCents, 0);
      const number = `D${String(month % 1_000_000).padStart(5, '0')}${pillar === 'wmo' ? 'W' : 'J'}${String(provider).padStart(5, '0')}`;
      yield { pillar, provider, month, periodFrom: from, periodTo: to, number, sentOn, lines, totalCents };
    }
  }
}

/** What a provider declares for one assignment in one month: pro rata of the assigned volume, a little under it as a rule. */
function lineFor(plan: DemodamPlan, index: DeclarationIndex, i: number, month: Month, monthFrom: Day, monthTo: Day): DeclarationLine | undefined {
  const start = index.start[i]!;
  const end = index.end[i]!;
  const flags = index.flags[i]!;
  const afterEnd = (flags & AFTER_END) !== 0 && end !== OPEN && month === monthOf(end) + 1;
  const from = afterEnd ? monthFrom : Math.max(monthFrom, start);
  const to = afterEnd ? monthTo : Math.min(monthTo, end);
  if (to < from) return undefined;
  const product = PRODUCTS[index.product[i]!]!;
  const days = to - from + 1;
  const totalDays = end === OPEN ? 365 : end - start + 1;
  const v = index.volume[i]!;
  let assigned: number;
  if (product.budget) assigned = (index.budgetCents[i]! / 100) * (days / totalDays);
  else if (product.frequency === '1') assigned = v * days;
  else if (product.frequency === '2') assigned = (v * days) / 7;
  else if (product.frequency === '4') assigned = (v * days * 12) / 365;
  else assigned = (v * days) / totalDays;
  const serviceId = index.serviceId[i]!;
  const x = hashUnit(plan.seed, 'delivered', serviceId, month);
  const over = (flags & OVER) !== 0 && hashUnit(plan.seed, 'over', serviceId, month) < 0.3;
  // Floor, not round: a normal month never declares a fraction above what was assigned.
  const volume = over ? Math.ceil(assigned * (1.2 + 0.3 * x)) + 1 : Math.floor(assigned * (x < 0.7 ? 1 : 0.85 + 0.5 * (x - 0.7)));
  if (volume <= 0) return undefined;
  const tariffCents = chargedTariff(plan, index.provider[i]!, product, from);
  return { serviceId, bsn: String(index.bsn[i]!).padStart(9, '0'), product, from, to, volume, tariffCents, amountCents: volume * tariffCents };
}
