import { setImmediate as turn } from 'node:timers/promises';
import type { FileKind, Pillar } from '../../imports/domain/records.js';
import { BudgetTally } from './domain/budgets.js';
import { PRODUCTS } from './domain/catalog.js';
import { isoOf, monthCode, yearOf, type Day } from './domain/days.js';
import { DeclarationIndex, declarationMessages } from './domain/declarations.js';
import { effectivePeriod } from './domain/effective.js';
import { generateHousehold } from './domain/household.js';
import type { Assignment, Client, Household } from './domain/model.js';
import { planDemodam, type DemodamOptions, type DemodamPlan } from './domain/plan.js';
import { listedTariff, tariffRows, type TariffGap } from './domain/tariffs.js';
import { budgetLine, csvHeader, householdLine, realisationLines, serviceLine, tariffLine } from './csv.js';
import { message301, message305, message307, messageKind, writeMessage323, type Envelope, type MessageType } from './istandaard-xml.js';
import { DirectorySink, ZipSink, type EntryWriter, type OutputSink } from './sinks.js';

export type { DemodamOptions } from './domain/plan.js';

export interface DemodamSummary {
  municipalityCode: string;
  scale: number;
  seed: number;
  today: string;
  /** Every household in the files; `currentHouseholds` of them have support today. */
  households: number;
  currentHouseholds: number;
  clients: number;
  providers: number;
  /** Files per kind. */
  files: Partial<Record<FileKind, number>>;
  /** Records per kind: 301 ToegewezenProduct, 305 StartProduct, 307 StopProduct, 323 Prestatie, CSV rows. */
  records: Partial<Record<FileKind, number>>;
  totalRecords: number;
  /** Bytes written: of the files in a directory, of the archive for a ZIP. */
  bytes: number;
  /** Where each anchor client number went. */
  anchors: { clientNumber: string; householdId: string; pillars: Pillar[] }[];
  /** Providers whose contracted tariff for a product is missing from tariffs.csv (the `missing-tariff` signal). */
  withoutTariff: { provider: string; productCode: string }[];
}

/**
 * Writes the synthetic Demodam dataset: iWmo/iJw 3.2 messages (one 301 per client per provider,
 * the 305 and 307 that arrived, one 323 per provider per month) and the CSV files, into a
 * directory or one ZIP. Households are generated and written one at a time; the declarations
 * month by month from a compact index of the assignments. Same seed, scale and today: the same bytes.
 */
export async function writeDemodam(target: { dir: string } | { zip: string }, options: DemodamOptions): Promise<DemodamSummary> {
  const plan = planDemodam(options);
  const todayIso = isoOf(plan.today);
  const [year, month, day] = todayIso.split('-').map(Number) as [number, number, number];
  const sink: OutputSink = 'dir' in target ? new DirectorySink(target.dir) : new ZipSink(target.zip, { year, month, day });
  const out = new Output(sink);

  const households = out.csv('households');
  const services = out.csv('services');
  const realisations = out.csv('realisations');
  const index = new DeclarationIndex();
  const tally = new BudgetTally(plan.currentYear);
  const providerPriced = new Map<TariffGap, number>();
  let firstYear = plan.currentYear;
  let clients = 0;
  const anchors: DemodamSummary['anchors'] = [];

  for (let h = 0; h < plan.households; h++) {
    const household = generateHousehold(plan, h);
    if (plan.anchorOf.has(h)) anchors.push({ clientNumber: household.clients[0]!.clientNumber, householdId: household.householdId, pillars: [...household.pillars] });
    for (const client of household.clients) {
      clients++;
      households.write(householdLine(household, client));
      out.count('households');
      for (const service of client.csvServices) {
        services.write(serviceLine(client, service, plan.providers.list[service.provider]!));
        out.count('services');
        realisations.write(realisationLines(service));
        out.count('realisations', service.realisations.length);
        const { volume, amountCents } = service;
        tally.add(service.pillar, service.product.category, { start: service.start, end: service.end, unit: service.product.unit, frequency: service.product.frequency, ...(volume !== undefined ? { volume } : {}), ...(amountCents !== undefined ? { amountCents } : {}) },
          service.unitPriceCents ?? listedTariff(plan, service.provider, service.product, service.start) ?? 0);
        firstYear = Math.min(firstYear, yearOf(service.start));
      }
      for (const a of client.assignments) {
        index.add(a, client.bsn);
        const period = effectivePeriod(a, plan.today);
        tally.add(a.pillar, a.product.category, { ...period, unit: a.product.unit, frequency: a.product.frequency, volume: a.volume, ...(a.budgetCents !== undefined ? { amountCents: a.budgetCents } : {}) },
          listedTariff(plan, a.provider, a.product, period.start) ?? 0);
        firstYear = Math.min(firstYear, yearOf(a.start));
        if (a.product.price === 'provider') providerPriced.set(`${a.provider}:${a.product.code}`, (providerPriced.get(`${a.provider}:${a.product.code}`) ?? 0) + 1);
      }
      writeClientMessages(plan, out, household, client);
    }
    if (h % 2000 === 1999) await turn();
  }
  households.close();
  services.close();
  realisations.close();

  let sent = 0;
  for (const declaration of declarationMessages(plan, index)) {
    const provider = plan.providers.list[declaration.provider]!;
    const kind = messageKind(declaration.pillar, '323');
    const entry = out.entry(kind, `${kind}-${provider.agb}-${monthCode(declaration.month)}.xml`);
    writeMessage323(envelope(plan, declaration.pillar, '323', provider.agb, out.nextId('323'), declaration.sentOn), declaration, (text) => entry.write(text));
    entry.close();
    out.count(kind, declaration.lines.length);
    if (++sent % 500 === 0) await turn();
  }

  const gaps = tariffGaps(providerPriced);
  const tariffs = out.csv('tariffs');
  for (const row of tariffRows(plan, firstYear, gaps)) {
    tariffs.write(tariffLine(row));
    out.count('tariffs');
  }
  tariffs.close();
  const budgets = out.csv('budgets');
  for (const row of tally.rows()) {
    budgets.write(budgetLine(row));
    out.count('budgets');
  }
  budgets.close();

  const bytes = sink.close();
  return {
    municipalityCode: plan.municipalityCode,
    scale: plan.scale,
    seed: plan.seed,
    today: todayIso,
    households: plan.households,
    currentHouseholds: plan.currentHouseholds,
    clients,
    providers: plan.providers.list.length,
    files: out.files,
    records: out.records,
    totalRecords: Object.values(out.records).reduce((a, b) => a + b, 0),
    bytes: 'dir' in target ? out.bytes : bytes,
    anchors,
    withoutTariff: [...gaps].map((gap) => ({ provider: plan.providers.list[Number(gap.split(':')[0])]!.agb, productCode: gap.split(':')[1]! })),
  };
}

/** One 301 per client per provider, with the 305 and 307 that have arrived by today. */
function writeClientMessages(plan: DemodamPlan, out: Output, household: Household, client: Client): void {
  const groups = new Map<string, Assignment[]>();
  for (const a of client.assignments) {
    const key = `${a.pillar}:${a.provider}`;
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  for (const group of groups.values()) {
    const { pillar, provider } = group[0]!;
    const agb = plan.providers.list[provider]!.agb;
    group.sort((a, b) => a.start - b.start || a.serviceId - b.serviceId);
    const assignedOn = Math.max(...group.map((a) => a.assignedOn));
    out.message(pillar, '301', message301(envelope(plan, pillar, '301', agb, out.nextId('301'), assignedOn), client, household.address, group), group.length);
    const starts = group.filter((a) => a.started && a.started.sentOn <= plan.today);
    if (starts.length > 0) {
      const sentOn = Math.max(...starts.map((a) => a.started!.sentOn));
      out.message(pillar, '305', message305(envelope(plan, pillar, '305', agb, out.nextId('305'), sentOn), client, starts), starts.length);
    }
    const stops = group.filter((a) => a.stopped && a.stopped.sentOn <= plan.today);
    if (stops.length > 0) {
      const sentOn = Math.max(...stops.map((a) => a.stopped!.sentOn));
      out.message(pillar, '307', message307(envelope(plan, pillar, '307', agb, out.nextId('307'), sentOn), client, stops), stops.length);
    }
  }
}

/** The municipality sends the 301; the provider sends the rest. */
function envelope(plan: DemodamPlan, pillar: 'wmo' | 'jeugd', type: MessageType, agb: string, id: string, sentOn: Day): Envelope {
  return type === '301' ? { pillar, from: plan.municipalityCode, to: agb, id, sentOn } : { pillar, from: agb, to: plan.municipalityCode, id, sentOn };
}

/**
 * The provider without a tariff (the `missing-tariff` signal): per pillar, of the products priced
 * per provider only, the provider–product pair with the fewest assignments loses its tariffs row.
 */
function tariffGaps(used: Map<TariffGap, number>): Set<TariffGap> {
  const gaps = new Set<TariffGap>();
  for (const pillar of ['wmo', 'jeugd'] as const) {
    const candidates = [...used].filter(([key]) => PRODUCTS.find((p) => p.code === key.split(':')[1])!.pillar === pillar);
    candidates.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    if (candidates[0]) gaps.add(candidates[0][0]);
  }
  return gaps;
}

/** Counts what is written and names the messages. */
class Output {
  files: Partial<Record<FileKind, number>> = {};
  records: Partial<Record<FileKind, number>> = {};
  bytes = 0;
  private readonly ids = new Map<string, number>();
  constructor(private readonly sink: OutputSink) {}

  /** BerichtIdentificatie: the message type and a sequence number, 12 characters. */
  nextId(type: MessageType): string {
    const n = (this.ids.get(type) ?? 0) + 1;
    this.ids.set(type, n);
    return `${type}${String(n).padStart(9, '0')}`;
  }

  entry(kind: FileKind, name: string): EntryWriter {
    this.files[kind] = (this.files[kind] ?? 0) + 1;
    const inner = this.sink.entry(name);
    return { write: (text) => ((this.bytes += Buffer.byteLength(text)), inner.write(text)), close: () => inner.close() };
  }

  csv(kind: 'households' | 'services' | 'realisations' | 'tariffs' | 'budgets'): EntryWriter {
    const entry = this.entry(kind, `${kind}.csv`);
    entry.write(csvHeader(kind));
    this.records[kind] ??= 0;
    return entry;
  }

  message(pillar: 'wmo' | 'jeugd', type: MessageType, text: string, records: number): void {
    const kind = messageKind(pillar, type);
    const entry = this.entry(kind, `${kind}-${this.ids.get(type)!.toString().padStart(7, '0')}.xml`);
    entry.write(text);
    entry.close();
    this.count(kind, records);
  }

  count(kind: FileKind, n = 1): void {
    this.records[kind] = (this.records[kind] ?? 0) + n;
  }
}
