import { dutchDate, periodLabel } from '../../report/domain/report-model.js';
import type { KeyFigure } from '../../report/report.contract.js';
import { amsterdamDate } from '../../shared/dates.js';
import { formatEuro } from '../../shared/money.js';
import type { BudgetFigures, GripAssumptions, GripBudget, GripProvider, GripSignals, GripStatus, GripVariance } from '../grip.contract.js';
import { SIGNAL_TYPES } from '../grip.contract.js';
import { INTRO_SOURCES, METHOD_NOTE, MOMENTS, PILLAR_LABELS, SCENARIO_LABELS, SIGNAL_LABELS, type GripReportMoment } from './grip-report-text.js';

export type { GripReportMoment };

/**
 * The griprapportage sociaal domein (issue 12) as data, for the council's planning and control
 * cycle: built like the raadsrapportage (report/domain/report-model.ts) from aggregates only.
 * What goes in is the budget ledger, volume × price, providers by AGB code, signal counts and the
 * data's freshness — never a signal's detail, an assignment number or a client — so none of that
 * can reach the council.
 */

export interface GripFreshness {
  lastImportAt: string | null;
  lastRun: Pick<NonNullable<GripStatus['folder']['lastRun']>, 'status' | 'startedAt' | 'finishedAt'> | null;
}

export interface GripReportInput {
  municipality: string;
  moment: GripReportMoment;
  /** The local date the report is made, `YYYY-MM-DD`. */
  today: string;
  budget: GripBudget;
  /** Year to date against the same period a year earlier: all pillars together, and one per pillar. */
  variance: { total: GripVariance; byPillar: GripVariance[] };
  providers: GripProvider[];
  signals: GripSignals['byType'];
  freshness: GripFreshness;
  /** The growth assumptions behind the positive and negative scenarios, when known. */
  assumptions?: GripAssumptions['pillars'];
}

export interface LineRow {
  name: string;
  /** Budget line code, pillar and product category. */
  note: string;
  budget: string;
  realised: string;
  lateClaims: string;
  openCommitments: string;
  newInflow: string;
  forecast: string;
  variance: string;
  variancePercent: string;
  /** Above budget (true), below (false), on it or without a budget (null). */
  over: boolean | null;
  scenarios: { positive: string; neutral: string; negative: string };
}

export interface ScenarioRow {
  key: 'positive' | 'neutral' | 'negative';
  label: string;
  explanation: string;
  forecast: string;
  variance: string;
  over: boolean | null;
}

export interface VarianceRow {
  label: string;
  baseCost: string;
  currentCost: string;
  difference: string;
  volume: string;
  price: string;
  mix: string;
  baseClients: string;
  currentClients: string;
  baseCostPerClient: string;
  currentCostPerClient: string;
}

export interface ProviderRow {
  provider: string;
  pillars: string;
  clients: string;
  assigned: string;
  declared: string;
  realisationRate: string;
  signals: string;
}

export interface SignalRow {
  type: string;
  label: string;
  count: number;
  open: number;
}

export interface GripReportModel {
  title: string;
  subtitle: string;
  /** "Najaarsrapportage 2026". */
  momentLabel: string;
  municipality: string;
  moment: GripReportMoment;
  year: number;
  date: string;
  madeOn: string;
  peildatum: string;
  /** When the figures were last refreshed (the last completed import), in words; null before any import. */
  dataOf: string | null;
  intro: string[];
  kerncijfers: { summary: string; figures: KeyFigure[] };
  lines: { rows: LineRow[]; total: LineRow };
  scenarios: { summary: string; rows: ScenarioRow[]; assumptions: { pillar: string; positive: string; negative: string }[] };
  variance: { period: string; basePeriod: string; rows: VarianceRow[]; total: VarianceRow; findings: string[] };
  providers: { intro: string; rows: ProviderRow[]; totalAssigned: string; totalDeclared: string };
  signals: { intro: string; rows: SignalRow[]; total: number; open: number };
  method: string[];
  freshness: string[];
}

/** How many providers the report lists. */
export const TOP_PROVIDERS = 10;

/** Counts from 1 to 4 are withheld, as the overlap view does for everyone but the analist. */
export function clientCount(n: number): string {
  return n >= 1 && n <= 4 ? '< 5' : String(n);
}

/** `part / whole` as a signed percentage with one decimal (`+3,2 %`), or a dash without a whole. */
export function signedPercent(part: number, whole: number): string {
  if (whole === 0) return '–';
  const tenths = Math.round((Math.abs(part) * 1000) / Math.abs(whole));
  const sign = tenths === 0 ? '' : part > 0 ? '+' : '-';
  return `${sign}${Math.floor(tenths / 10)},${tenths % 10} %`;
}

/** A rate such as 0.873 as `87,3 %`, or a dash. */
export function ratePercent(rate: number | null): string {
  if (rate === null) return '–';
  const tenths = Math.round(rate * 1000);
  return `${tenths < 0 ? '-' : ''}${Math.floor(Math.abs(tenths) / 10)},${Math.abs(tenths) % 10} %`;
}

/** A growth assumption (3, -2.5) as `+3 %`, `-2,5 %`. */
function growthPercent(value: number): string {
  const text = String(Math.abs(value)).replace('.', ',');
  return `${value > 0 ? '+' : value < 0 ? '-' : ''}${text} %`;
}

/** An instant as `3 december 2026 om 06:02`, in Europe/Amsterdam. */
export function dutchMoment(instant: string): string {
  const date = new Date(instant);
  const time = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return `${dutchDate(amsterdamDate(date))} om ${time}`;
}

const overOf = (variance: number, budget: number): boolean | null => (variance === 0 || budget === 0 ? null : variance > 0);

function lineRow(name: string, note: string, f: BudgetFigures): LineRow {
  return {
    name,
    note,
    budget: formatEuro(f.budgetCents),
    realised: formatEuro(f.realisedCents),
    lateClaims: formatEuro(f.lateClaimsCents),
    openCommitments: formatEuro(f.openCommitmentsCents),
    newInflow: formatEuro(f.newInflowCents),
    forecast: formatEuro(f.forecastCents),
    variance: formatEuro(f.varianceCents),
    variancePercent: signedPercent(f.varianceCents, f.budgetCents),
    over: overOf(f.varianceCents, f.budgetCents),
    scenarios: { positive: formatEuro(f.scenarios.positive), neutral: formatEuro(f.scenarios.neutral), negative: formatEuro(f.scenarios.negative) },
  };
}

function lineNote(line: GripBudget['lines'][number]): string {
  const category = line.productCategory ? `, productcategorie ${line.productCategory}` : '';
  return `${line.budgetLine} · ${PILLAR_LABELS[line.pillar]}${category}`;
}

/** "een overschrijding van € 1.000,00 (+2,0 %)", in words for the summary. */
function varianceWords(f: BudgetFigures): string {
  if (f.varianceCents === 0) return 'precies de begroting';
  const kind = f.varianceCents > 0 ? 'een overschrijding' : 'een onderschrijding';
  const percent = f.budgetCents === 0 ? '' : ` (${signedPercent(f.varianceCents, f.budgetCents)})`;
  return `${kind} van ${formatEuro(Math.abs(f.varianceCents))}${percent}`;
}

function kerncijfers(year: number, peildatum: string, t: BudgetFigures): GripReportModel['kerncijfers'] {
  const money = (key: string, label: string, cents: number): KeyFigure => ({ key, label, value: formatEuro(cents), raw: cents });
  const band = [t.scenarios.positive, t.scenarios.negative].sort((a, b) => a - b) as [number, number];
  return {
    summary:
      `Op ${peildatum} verwachten we voor ${year} een uitgave van ${formatEuro(t.forecastCents)} tegen een begroting van ${formatEuro(t.budgetCents)}: ${varianceWords(t)}. ` +
      `Daarvan is ${formatEuro(t.realisedCents)} gedeclareerd of gerealiseerd, verwachten we ${formatEuro(t.lateClaimsCents)} aan nakomende declaraties, staat ${formatEuro(t.openCommitmentsCents)} aan verplichtingen open en rekenen we ${formatEuro(t.newInflowCents)} voor nieuwe instroom. ` +
      `In de drie scenario's ligt de prognose tussen ${formatEuro(band[0])} en ${formatEuro(band[1])}.`,
    figures: [
      money('budget', `Begroting ${year}`, t.budgetCents),
      money('forecast', 'Prognose (neutraal scenario)', t.forecastCents),
      money('variance', 'Afwijking (prognose min begroting)', t.varianceCents),
      money('realised', 'Gerealiseerd tot en met de peildatum', t.realisedCents),
      money('lateClaims', 'Nakomende declaraties (verwacht)', t.lateClaimsCents),
      money('openCommitments', 'Verplichtingen (toegewezen, rest van het jaar)', t.openCommitmentsCents),
      money('newInflow', 'Nieuwe instroom (verwacht)', t.newInflowCents),
      { key: 'openEnded', label: 'Toewijzingen zonder einddatum (geteld tot 31 december)', value: String(t.openEndedServices), raw: t.openEndedServices },
    ],
  };
}

function scenarios(input: GripReportInput): GripReportModel['scenarios'] {
  const t = input.budget.totals;
  const rows = (['positive', 'neutral', 'negative'] as const).map((key): ScenarioRow => {
    const variance = t.scenarios[key] - t.budgetCents;
    return { key, ...SCENARIO_LABELS[key], forecast: formatEuro(t.scenarios[key]), variance: formatEuro(variance), over: overOf(variance, t.budgetCents) };
  });
  const worst = t.scenarios.negative - t.budgetCents;
  return {
    summary:
      worst > 0
        ? `In het negatieve scenario komt de uitgave ${formatEuro(worst)} boven de begroting uit; in het positieve scenario is de afwijking ${formatEuro(t.scenarios.positive - t.budgetCents)}.`
        : `Ook in het negatieve scenario blijft de uitgave binnen de begroting: de afwijking is dan ${formatEuro(worst)}.`,
    rows,
    assumptions: (input.assumptions ?? []).map((a) => ({ pillar: PILLAR_LABELS[a.pillar], positive: growthPercent(a.positivePercent), negative: growthPercent(a.negativePercent) })),
  };
}

function varianceRow(label: string, v: GripVariance): VarianceRow {
  return {
    label,
    baseCost: formatEuro(v.base.costCents),
    currentCost: formatEuro(v.current.costCents),
    difference: formatEuro(v.differenceCents),
    volume: formatEuro(v.volumeEffectCents),
    price: formatEuro(v.priceEffectCents),
    mix: formatEuro(v.mixEffectCents),
    baseClients: clientCount(v.base.clients),
    currentClients: clientCount(v.current.clients),
    baseCostPerClient: formatEuro(v.base.costPerClientCents),
    currentCostPerClient: formatEuro(v.current.costPerClientCents),
  };
}

/** "Complexer of duurder?": which of the three effects explains most of a pillar's difference. */
export function varianceFinding(label: string, v: GripVariance): string | null {
  if (v.differenceCents === 0) return null;
  const effects = [
    { cents: v.volumeEffectCents, more: 'meer cliënten (volume)', less: 'minder cliënten (volume)' },
    { cents: v.priceEffectCents, more: 'hogere kosten per cliënt binnen dezelfde productcategorie (prijs: duurder)', less: 'lagere kosten per cliënt binnen dezelfde productcategorie (prijs: goedkoper)' },
    { cents: v.mixEffectCents, more: 'zwaardere producten of meer producten per cliënt (mix: complexer)', less: 'lichtere producten of minder producten per cliënt (mix)' },
  ];
  const main = effects.reduce((best, e) => (Math.abs(e.cents) > Math.abs(best.cents) ? e : best));
  const direction = v.differenceCents > 0 ? 'meer' : 'minder';
  return `${label}: ${formatEuro(Math.abs(v.differenceCents))} ${direction} dan in dezelfde periode vorig jaar, vooral door ${main.cents >= 0 ? main.more : main.less}.`;
}

function variance(input: GripReportInput): GripReportModel['variance'] {
  const { total, byPillar } = input.variance;
  const shown = byPillar.filter((v) => v.pillar !== null && (v.base.costCents !== 0 || v.current.costCents !== 0 || v.base.clients + v.current.clients > 0));
  const labelOf = (v: GripVariance) => PILLAR_LABELS[v.pillar!];
  return {
    period: periodLabel(total.from, total.to),
    basePeriod: periodLabel(total.baseFrom, total.baseTo),
    rows: shown.map((v) => varianceRow(labelOf(v), v)),
    total: varianceRow('Alle pijlers', total),
    findings: shown.map((v) => varianceFinding(labelOf(v), v)).filter((f): f is string => f !== null),
  };
}

function providers(input: GripReportInput): GripReportModel['providers'] {
  const all = input.providers;
  const top = [...all].sort((a, b) => b.declaredCents - a.declaredCents || a.provider.localeCompare(b.provider)).slice(0, TOP_PROVIDERS);
  const sum = (pick: (p: GripProvider) => number) => formatEuro(all.reduce((s, p) => s + pick(p), 0));
  return {
    intro: all.length
      ? `De ${top.length === 1 ? 'aanbieder' : `${top.length} aanbieders`} met het hoogste gedeclareerde bedrag in ${input.budget.year}, van ${all.length} ${all.length === 1 ? 'aanbieder' : 'aanbieders'} in totaal. Verzilvering is gedeclareerd gedeeld door de kosten van de toegewezen zorg tot vandaag.`
      : `In ${input.budget.year} zijn nog geen aanbieders met toewijzingen of declaraties bekend.`,
    rows: top.map((p) => ({
      provider: p.provider,
      pillars: p.pillars.map((pillar) => PILLAR_LABELS[pillar]).join(', '),
      clients: clientCount(p.clients),
      assigned: formatEuro(p.assignedCents),
      declared: formatEuro(p.declaredCents),
      realisationRate: ratePercent(p.realisationRate),
      signals: String(p.signals),
    })),
    totalAssigned: sum((p) => p.assignedCents),
    totalDeclared: sum((p) => p.declaredCents),
  };
}

function signals(input: GripReportInput): GripReportModel['signals'] {
  const rows = SIGNAL_TYPES.map((type) => {
    const found = input.signals.find((s) => s.type === type);
    return { type, label: SIGNAL_LABELS[type], count: found?.count ?? 0, open: found?.open ?? 0 };
  });
  const total = rows.reduce((s, r) => s + r.count, 0);
  const open = rows.reduce((s, r) => s + r.open, 0);
  return {
    intro: `Signalen uit de berichtenketen wijzen op afwijkingen tussen toewijzing, start, stop en declaratie per aanbieder. De analist zoekt ze uit; open betekent: nog niet afgehandeld. In totaal ${total}, waarvan ${open} open.`,
    rows,
    total,
    open,
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function freshness(input: GripReportInput): string[] {
  const { lastImportAt, lastRun } = input.freshness;
  const texts: string[] = [];
  if (lastImportAt) {
    texts.push(`De cijfers zijn bijgewerkt met de laatste voltooide import, van ${dutchMoment(lastImportAt)}.`);
    const age = daysBetween(amsterdamDate(new Date(lastImportAt)), input.today);
    if (age > 1) texts.push(`Let op: die import is ${age} dagen oud; wat sindsdien is toegewezen of gedeclareerd, telt nog niet mee.`);
  } else {
    texts.push('Er is nog geen import voltooid: de rapportage bevat nog geen gegevens uit het berichtenverkeer.');
  }
  if (lastRun?.status === 'failed') {
    texts.push(`Let op: de laatste automatische verwerking van de importmap (gestart ${dutchMoment(lastRun.startedAt)}) is mislukt; de cijfers kunnen verouderd zijn.`);
  }
  texts.push(
    `Peildatum ${dutchDate(input.budget.date)}; nakomende declaraties en instroom zijn geschat met wat op ${dutchDate(input.budget.asOf)} bekend was. Opgesteld op ${dutchDate(input.today)}.`,
  );
  return texts;
}

export function buildGripReport(input: GripReportInput): GripReportModel {
  const { budget } = input;
  const moment = MOMENTS[input.moment];
  const peildatum = dutchDate(budget.date);
  const intro = [moment.intro(budget.year, peildatum), INTRO_SOURCES];
  if (input.moment === 'jaarrekening' && budget.date < `${budget.year}-12-31`) {
    intro.push(`De peildatum ligt vóór 31 december ${budget.year}: de cijfers zijn voorlopig.`);
  }
  return {
    title: `Griprapportage sociaal domein ${input.municipality}, ${moment.label.toLowerCase()} ${budget.year}`,
    subtitle: `${input.municipality}, ${moment.label.toLowerCase()} ${budget.year}`,
    momentLabel: `${moment.label} ${budget.year}`,
    municipality: input.municipality,
    moment: input.moment,
    year: budget.year,
    date: budget.date,
    madeOn: dutchDate(input.today),
    peildatum,
    dataOf: input.freshness.lastImportAt ? dutchMoment(input.freshness.lastImportAt) : null,
    intro,
    kerncijfers: kerncijfers(budget.year, peildatum, budget.totals),
    lines: {
      rows: budget.lines.map((line) => lineRow(line.name, lineNote(line), line)),
      total: lineRow('Totaal', `${budget.lines.length} ${budget.lines.length === 1 ? 'begrotingsregel' : 'begrotingsregels'}`, budget.totals),
    },
    scenarios: scenarios(input),
    variance: variance(input),
    providers: providers(input),
    signals: signals(input),
    method: METHOD_NOTE,
    freshness: freshness(input),
  };
}
