import { createHash } from 'node:crypto';
import { formatEuro } from '../../shared/money.js';
import type { SignalType } from '../grip.contract.js';

/**
 * Message-chain signals (CONTRACT.md "Grip on the budget"): what the analist should look at in the
 * chain of 301, 305, 307 and 323 messages per provider. The queries find them; here they get their
 * stable id (a hash of what they are about, so handling survives a recomputation) and their Dutch text.
 */

export interface SignalFacts {
  type: SignalType;
  provider: string | null;
  assignmentNumber: string | null;
  since: string;
  detail: string;
}

/** 24 hex characters of SHA-256 over the signal's identity (type, provider, assignment, since). */
export function signalId(type: SignalType, provider: string | null, assignmentNumber: string | null, since: string): string {
  return createHash('sha256').update(`${type}|${provider ?? ''}|${assignmentNumber ?? ''}|${since}`).digest('hex').slice(0, 24);
}

/** No 305 this many days after the assignment is a `no-start`. */
export const NO_START_DAYS = 30;

const UNIT_LABELS: Readonly<Record<string, string>> = {
  '01': 'minuten',
  '04': 'uur',
  '14': 'etmalen',
  '16': 'dagdelen',
  '82': 'stuks',
  '83': 'euro',
  '84': 'stuks',
};

export const unitLabel = (unit: string | null) => (unit ? (UNIT_LABELS[unit] ?? `eenheid ${unit}`) : '');

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const volume = (value: number) => value.toLocaleString('nl-NL', { maximumFractionDigits: 2 });

export const detailText = {
  noStart: (assignedOn: string) => `Toegewezen op ${assignedOn}; na meer dan ${NO_START_DAYS} dagen is er nog geen startbericht (305).`,
  aboveAssigned: (periodStart: string, periodEnd: string | null, declared: number, assigned: number, unit: string | null) =>
    periodEnd
      ? `Gedeclareerd ${volume(declared)} ${unitLabel(unit)} over ${periodStart} – ${periodEnd}; toegewezen voor die periode ${volume(assigned)} ${unitLabel(unit)}.`
      : `Gedeclareerd ${volume(declared)} ${unitLabel(unit)} sinds ${periodStart}, meer dan de ${volume(assigned)} ${unitLabel(unit)} van de hele toewijzing.`,
  withoutAssignment: (lines: number, amountCents: number, assignmentNumber: string | null) =>
    `${plural(lines, 'declaratieregel', 'declaratieregels')} (samen ${formatEuro(amountCents)}) ${assignmentNumber ? `voor toewijzing ${assignmentNumber}, die niet bekend is` : 'zonder toewijzingnummer'}.`,
  outsidePeriod: (lines: number, amountCents: number, start: string, end: string | null) =>
    `${plural(lines, 'declaratieregel', 'declaratieregels')} (samen ${formatEuro(amountCents)}) buiten de looptijd ${start} – ${end ?? 'zonder einddatum'}.`,
  openEnded: (start: string) => `Toewijzing zonder einddatum sinds ${start}: telt in de prognose mee tot 31 december.`,
  missingTariff: (productCode: string | null, start: string) =>
    `Geen eigen eenheidsprijs en geen tarief voor product ${productCode ?? '(geen productcode)'} op ${start}: de kosten tellen als € 0.`,
};

/** Signal types in the order the work list shows them. */
export const SIGNAL_ORDER: readonly SignalType[] = ['import-failed', 'declared-without-assignment', 'declared-above-assigned', 'declared-outside-period', 'no-start', 'missing-tariff', 'open-ended'];
