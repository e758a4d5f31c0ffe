import { STOP_REASONS, type Product } from './catalog.js';
import { costCents } from './cost.js';
import { addMonths, monthEnd, monthOf, monthStart, type Day } from './days.js';
import type { Assignment, CsvService, Realisation } from './model.js';
import type { DemodamPlan } from './plan.js';
import { pickProvider } from './providers.js';
import type { Rng } from './random.js';
import { chargedTariff, listedTariff } from './tariffs.js';
import type { Span } from './trajectories.js';

/**
 * A care track (one product over a span of days) as the files hold it: consecutive assignments,
 * each renewed at its end date until the track ends, with the 305 and 307 the provider sends (Wmo,
 * Jeugd), or rows of the case system's services export with what was paid per month (the others).
 */

/** ToewijzingNummer/serviceId: 10,000,000 + household × 1,000 + a counter, unique and within `LDT_Nummer`. */
export const SERVICE_ID_BASE = 10_000_000;
const SERVICES_PER_HOUSEHOLD = 1000;
/** Support that ended did so at least this many days ago, so its 307 has arrived by today. */
export const SETTLED_DAYS = 14;

const PRODUCT_COMMENTS = ['Na drie maanden evalueren.', 'Afgestemd met de huisarts.', 'Ondersteuning afbouwen richting zelfstandigheid.', 'Zie ondersteuningsplan van het wijkteam.'];

/** What generating one household's tracks needs to know, and the household's service counter. */
export interface TrackContext {
  plan: DemodamPlan;
  h: number;
  rng: Rng;
  current: boolean;
  anchor: boolean;
  nextService: number;
  withChildren: boolean;
  couple: boolean;
  /** The first adult's birth date once known, for the parent named in a child's 301. */
  parentBirth?: Day;
}

interface Segment {
  start: Day;
  /** Einddatum; null: open-ended. */
  end: Day | null;
  /** The care's last day when the track ends in it; null while it runs on. */
  actualEnd: Day | null;
  how: 'renewed' | 'planned' | 'early' | 'running';
  assignedOn: Day;
  first: boolean;
}

/** A track as consecutive assignments, each renewed at its end date until the track ends. */
function segmentsOf(ctx: TrackContext, product: Product, track: Span): Segment[] {
  const { rng, plan } = ctx;
  const segments: Segment[] = [];
  let start = track.from;
  for (let first = true; segments.length < 200; first = false) {
    let end: Day | null = product.schoolYear ? schoolYearEnd(start) : addMonths(start, rng.int(product.validity[0], product.validity[1])) - 1;
    if (rng.chance(product.openEnded)) end = null;
    const assignedOn = start - (first ? rng.int(0, 21) : rng.int(5, 25));
    if (assignedOn > plan.today) break;
    const last = end === null || end >= track.to;
    let segment: Segment;
    if (!last) segment = { start, end, actualEnd: end, how: 'renewed', assignedOn, first };
    else if (track.to < plan.today) {
      if (end !== null && !product.schoolYear && rng.chance(0.6)) end = track.to;
      segment = { start, end, actualEnd: track.to, how: end === track.to ? 'planned' : 'early', assignedOn, first };
    } else {
      if (end !== null && rng.chance(0.5)) end = Math.max(track.to, start);
      segment = { start, end, actualEnd: null, how: 'running', assignedOn, first };
    }
    if ((segment.actualEnd ?? segment.end ?? Infinity) >= plan.windowStart) segments.push(segment);
    if (last) break;
    start = end! + 1;
  }
  return segments;
}

function schoolYearEnd(day: Day): Day {
  const month = monthOf(day);
  const year = Math.floor(month / 12) + (month % 12 >= 7 ? 1 : 0);
  return monthEnd(year * 12 + 6);
}

function nextServiceId(ctx: TrackContext): number {
  if (ctx.nextService >= SERVICES_PER_HOUSEHOLD) throw new Error(`Huishouden ${ctx.h} heeft meer dan ${SERVICES_PER_HOUSEHOLD} voorzieningen.`);
  return SERVICE_ID_BASE + ctx.h * SERVICES_PER_HOUSEHOLD + ctx.nextService++;
}

function clampVolume(product: Product, volume: number): number {
  return Math.min(product.volume[1], Math.max(product.volume[0], volume));
}

export function assignmentsOf(ctx: TrackContext, pillar: 'wmo' | 'jeugd', product: Product, track: Span): Assignment[] {
  const { rng, plan } = ctx;
  const pool = plan.providers.byProduct.get(product.code)!;
  const reasons = STOP_REASONS[pillar];
  const out: Assignment[] = [];
  let provider = pickProvider(pool, rng.next());
  let volume = rng.int(product.volume[0], product.volume[1]);
  for (const segment of segmentsOf(ctx, product, track)) {
    if (!segment.first) {
      const previous = out[out.length - 1];
      if (rng.chance(0.08)) {
        provider = pickProvider(pool, rng.next());
        if (previous?.stopped) previous.stopped.reason = reasons.switched;
      }
      if (rng.chance(0.25)) volume = clampVolume(product, volume + (rng.chance(0.5) ? 1 : -1));
    }
    // New care starts on the date or a few days later; a renewal continues on its first day. Now and
    // then the provider never reports the start (and then delivers and declares nothing).
    // (Only where the importer will not think it still runs after its stay: running now, or its end date passed.)
    const settled = segment.how === 'running' || (segment.end !== null && segment.end < plan.today - SETTLED_DAYS);
    const neverStarted = segment.first && segment.how !== 'renewed' && settled && rng.chance(0.025);
    let begin = segment.first && rng.chance(0.3) ? segment.start + rng.int(1, 10) : segment.start;
    if (segment.actualEnd !== null && begin > segment.actualEnd) begin = segment.start;
    const started = neverStarted ? undefined : { begin, sentOn: begin + rng.int(1, 6) };
    let stopped: Assignment['stopped'];
    if (started && segment.actualEnd !== null && segment.actualEnd < plan.today) {
      const reason = segment.how === 'early'
        ? rng.pick(pillar === 'wmo' && product.ages[0] >= 55 ? [reasons.byClient, reasons.agreed, reasons.died, reasons.died, reasons.moved] : [reasons.byClient, reasons.byProvider, reasons.agreed, reasons.moved])
        : reasons.planned;
      stopped = { end: segment.actualEnd, reason, sentOn: segment.actualEnd + rng.int(1, 10) };
    }
    out.push({
      serviceId: nextServiceId(ctx),
      pillar,
      product,
      provider,
      assignedOn: segment.assignedOn,
      assignedAt: `${String(rng.int(8, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
      start: segment.start,
      end: segment.end,
      volume,
      ...(product.budget ? { budgetCents: volume * 100 } : {}),
      ...(rng.chance(0.1) ? { comment: rng.pick(PRODUCT_COMMENTS) } : {}),
      ...(started ? { started } : {}),
      ...(stopped ? { stopped } : {}),
      actualStart: started?.begin ?? segment.start,
      actualEnd: segment.actualEnd,
      overDeclared: rng.chance(0.015),
      declaredAfterEnd: segment.how === 'planned' || segment.how === 'early' ? rng.chance(0.02) : false,
    });
  }
  return out;
}

export function csvServicesOf(ctx: TrackContext, pillar: 'participatie' | 'schuldhulp' | 'onderwijs', product: Product, track: Span): CsvService[] {
  const { rng, plan } = ctx;
  const pool = plan.providers.byProduct.get(product.code)!;
  const provider = pickProvider(pool, rng.next());
  const out: CsvService[] = [];
  let volume = rng.int(product.volume[0], product.volume[1]);
  for (const segment of segmentsOf(ctx, product, track)) {
    if (!segment.first && rng.chance(0.2)) volume = clampVolume(product, volume + Math.round((rng.next() - 0.3) * (product.volume[1] - product.volume[0]) * 0.2));
    const end = segment.actualEnd ?? segment.end;
    const priced = product.budget
      ? { amountCents: volume * 100 }
      : { volume, ...(product.price === 'row' ? { unitPriceCents: chargedTariff(plan, provider, product, segment.start) } : {}) };
    const service: CsvService = { serviceId: nextServiceId(ctx), pillar, product, provider, start: segment.start, end, ...priced, realisations: [] };
    service.realisations = realisationsOf(ctx, service);
    out.push(service);
  }
  return out;
}

/** What the municipality paid for a CSV service, per month up to last month, from the start of the window. */
function realisationsOf(ctx: TrackContext, service: CsvService): Realisation[] {
  const { plan, rng } = ctx;
  const { product } = service;
  const lastPaid = monthStart(monthOf(plan.today)) - 1;
  const unitPrice = service.unitPriceCents ?? listedTariff(plan, service.provider, product, service.start) ?? 0;
  const costable = { start: service.start, end: service.end, unit: product.unit, frequency: product.frequency, ...(service.volume !== undefined ? { volume: service.volume } : {}), ...(service.amountCents !== undefined ? { amountCents: service.amountCents } : {}) };
  const out: Realisation[] = [];
  const monthOfDay = (day: Day) => ({ from: Math.max(day, monthStart(monthOf(day))), to: Math.min(monthEnd(monthOf(day)), service.end ?? Infinity) });
  const whole = service.amountCents ?? unitPrice * (service.volume ?? 0);
  const paidOnce = (day: Day, amountCents: number) => {
    if (day >= plan.windowStart && day <= lastPaid && amountCents > 0) out.push({ ...monthOfDay(day), amountCents });
  };
  if (product.billing === 'start') paidOnce(service.start, whole);
  else if (product.billing === 'end') {
    paidOnce(service.start, Math.round(whole / 2));
    if (service.end !== null) paidOnce(service.end, whole - Math.round(whole / 2));
  } else {
    const until = Math.min(service.end ?? Infinity, lastPaid);
    for (let m = monthOf(Math.max(service.start, plan.windowStart)); monthStart(m) <= until; m++) {
      const from = Math.max(monthStart(m), service.start);
      const to = Math.min(monthEnd(m), until);
      let amount = costCents(costable, unitPrice, from, to);
      // Benefits vary a little with income and deductions.
      if (product.category === 'LO') amount = Math.round(amount * (0.97 + 0.04 * rng.next()));
      if (amount > 0) out.push({ from, to, amountCents: amount });
    }
  }
  return out;
}
