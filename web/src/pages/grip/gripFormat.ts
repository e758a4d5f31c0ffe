import { SIGNAL_TYPES, type GripStatus, type GripVariance, type SignalType } from '../../../../src/grip/grip.contract';
import { formatEuro } from '../../../../src/shared/money';
import { formatDateTime } from '../../format';

export { pillarLabel } from '../servicedata/overlapFormat';

/** The message-chain signals in the analist's words. */
export const SIGNAL_TYPE_LABELS: Record<SignalType, string> = {
  'no-start': 'Geen start van de zorg (305) na 30 dagen',
  'declared-above-assigned': 'Meer gedeclareerd dan toegewezen',
  'declared-without-assignment': 'Declaratie zonder toewijzing',
  'declared-outside-period': 'Declaratie buiten de toewijzingsperiode',
  'open-ended': 'Toewijzing zonder einddatum',
  'missing-tariff': 'Geen tarief bekend',
  'import-failed': 'Import mislukt',
};
export const signalTypeLabel = (type: string): string => SIGNAL_TYPE_LABELS[type as SignalType] ?? type;
export const SIGNAL_TYPE_OPTIONS = SIGNAL_TYPES.map((type) => ({ value: type, label: SIGNAL_TYPE_LABELS[type] }));

export type VarianceLight = 'within' | 'slightly-over' | 'over';

export const VARIANCE_LIGHT_LABELS: Record<VarianceLight, string> = {
  within: 'Binnen budget',
  'slightly-over': 'Tot 2 % over budget',
  over: 'Meer dan 2 % over budget',
};

/**
 * The traffic light on a forecast's variance (forecast − budget): within budget, up to 2 % of the
 * budget over, or more. Exact in integer cents (variance·100 ≤ 2·budget); a line without budget
 * that is expected to cost anything is more than 2 % over.
 */
export function varianceLight(budgetCents: number, varianceCents: number): VarianceLight {
  if (varianceCents <= 0) return 'within';
  if (budgetCents > 0 && varianceCents * 100 <= budgetCents * 2) return 'slightly-over';
  return 'over';
}

const percentFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** "+3,1 %" of the budget; null when there is no budget to compare with. */
export function varianceShare(budgetCents: number, varianceCents: number): string | null {
  if (budgetCents <= 0) return null;
  const share = (varianceCents / budgetCents) * 100;
  return `${share > 0 ? '+' : ''}${percentFormat.format(share)} %`;
}

/** The verzilveringspercentage (0.953 → "95,3 %"); "–" when nothing was assigned. */
export const rateText = (rate: number | null): string => (rate === null ? '–' : `${percentFormat.format(rate * 100)} %`);

export const percentText = (percent: number): string => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(percent)} %`;

const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' });

/** `2026-03` as a UTC date (for a chart's time axis). */
export const monthDate = (month: string): Date => new Date(`${month}-01T00:00:00Z`);
/** `2026-03` → "maart 2026". */
export const monthLabel = (month: string): string => monthFormat.format(monthDate(month));
/** "mrt", for chart axes. */
export const shortMonth = (date: Date): string => shortMonthFormat.format(date).replace('.', '');
/** `2026-03` → "mrt '26", for axes that may cross a year. */
export const monthTick = (month: string): string => `${shortMonth(monthDate(month))} '${month.slice(2, 4)}`;

const euroCompact = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
/** Axis labels in euros from cents: "€ 1,2 mln." */
export const compactEuro = (cents: number): string => euroCompact.format(cents / 100);

/** "+€ 1.234,00" for an effect: the sign is part of the reading. */
export const signedEuro = (cents: number): string => (cents > 0 ? `+${formatEuro(cents)}` : formatEuro(cents));

/** What the freshness banner says: how fresh the figures are, and whether the last import failed. */
export type Freshness =
  | { kind: 'failed'; lastImport: string | null; startedAt: string; message: string | null; rejectedFiles: number }
  | { kind: 'never' }
  | { kind: 'fresh'; lastImport: string; running: boolean; rejectedFiles: number; nextRun: string | null };

export function freshness(status: GripStatus): Freshness {
  const run = status.folder.lastRun;
  const lastImport = status.lastImportAt ? formatDateTime(status.lastImportAt) : null;
  if (run?.status === 'failed') return { kind: 'failed', lastImport, startedAt: formatDateTime(run.startedAt), message: run.message, rejectedFiles: run.rejectedFiles };
  if (!lastImport) return { kind: 'never' };
  return {
    kind: 'fresh',
    lastImport,
    running: run?.status === 'running',
    rejectedFiles: run?.status === 'done' ? run.rejectedFiles : 0,
    nextRun: status.folder.configured && status.folder.nextRunAt ? formatDateTime(status.folder.nextRunAt) : null,
  };
}

/**
 * "Complexer of duurder?" in one paragraph: what the difference in cost between the two periods
 * consists of, and which effect weighs most. Volume + price + mix = difference (the API's identity).
 */
export function varianceVerdict(v: Pick<GripVariance, 'differenceCents' | 'volumeEffectCents' | 'priceEffectCents' | 'mixEffectCents'>): string {
  const { differenceCents: d, volumeEffectCents: volume, priceEffectCents: price, mixEffectCents: mix } = v;
  if (d === 0 && volume === 0 && price === 0 && mix === 0) return 'De kosten zijn in beide perioden gelijk: er is geen verschil om te verklaren.';
  const direction = d > 0 ? `stegen met ${formatEuro(d)}` : d < 0 ? `daalden met ${formatEuro(-d)}` : 'bleven per saldo gelijk';
  const parts =
    `De kosten ${direction}. Meer of minder cliënten (volume) verklaart ${signedEuro(volume)}, ` +
    `duurdere of goedkopere zorg per cliënt binnen dezelfde productcategorie (prijs) ${signedEuro(price)} ` +
    `en een verschuiving naar andere productcategorieën of meer producten per cliënt (mix) ${signedEuro(mix)}.`;
  const effects: [string, number][] = [
    ['Vooral het aantal cliënten veranderde: het gaat om volume, niet om zwaardere of duurdere hulp.', volume],
    ['De hulp werd vooral duurder: dezelfde soort zorg kost per cliënt meer.', price],
    ['De hulp werd vooral complexer: cliënten krijgen zwaardere of meer soorten zorg.', mix],
  ];
  if (d < 0) {
    effects[0]![0] = 'Vooral het aantal cliënten daalde: het gaat om volume.';
    effects[1]![0] = 'De hulp werd vooral goedkoper per cliënt binnen dezelfde productcategorie.';
    effects[2]![0] = 'De hulp werd vooral minder complex: cliënten krijgen lichtere of minder soorten zorg.';
  }
  // The effect that moved most in the direction of the difference (or the largest, when it is 0).
  const sign = d < 0 ? -1 : 1;
  const [verdict] = [...effects].sort((a, b) => b[1] * sign - a[1] * sign)[0]!;
  return `${parts} ${verdict}`;
}
