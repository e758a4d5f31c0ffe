import type { FieldError } from '../../shared/errors.js';

export const TABLE_KINDS = [
  { key: 'spar', label: 'Spar-tafel' },
  { key: 'doorbraak', label: 'Doorbraaktafel' },
  { key: 'commissie', label: 'Maatwerkcommissie' },
] as const;

export type TableKind = (typeof TABLE_KINDS)[number]['key'];
export const TABLE_KIND_KEYS = TABLE_KINDS.map((k) => k.key) as [TableKind, ...TableKind[]];

export const MIN_SLOT_MINUTES = 5;
export const DEFAULT_SLOT_MINUTES = 30;

/** Which plans a table discusses: the spar-tafel sharpens plans in `sparring`, the others decide on `scheduled` ones. */
export function statusesFor(kind: TableKind): string[] {
  return kind === 'spar' ? ['sparring'] : ['scheduled'];
}

export interface TimedSlot {
  slotMinutes: number;
}

export type Scheduled<T> = T & { startsAt: string; endsAt: string };

const toMinutes = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const toTime = (minutes: number) => {
  const day = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
};

/** Each case starts where the previous one ended; times are local `HH:MM`. */
export function scheduleAgenda<T extends TimedSlot>(startTime: string, items: readonly T[]): { items: Scheduled<T>[]; totalMinutes: number; endsAt: string } {
  let at = toMinutes(startTime);
  const start = at;
  const scheduled = items.map((item) => {
    const startsAt = toTime(at);
    at += item.slotMinutes;
    return { ...item, startsAt, endsAt: toTime(at) };
  });
  return { items: scheduled, totalMinutes: at - start, endsAt: toTime(at) };
}

export interface AgendaItemInput {
  planId: string;
  slotMinutes: number;
}

export interface AgendaRules {
  kind: TableKind;
  maxSlotMinutes: number;
  /** Status per plan id of the tenant's (not deleted) plans that were asked for. */
  planStatuses: ReadonlyMap<string, string>;
  /** Plans already on this agenda stay even when their status moved on (a decision was taken). */
  alreadyOnAgenda: ReadonlySet<string>;
}

export function validateAgenda(items: readonly AgendaItemInput[], rules: AgendaRules): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const fits = statusesFor(rules.kind);
  items.forEach((item, index) => {
    const status = rules.planStatuses.get(item.planId);
    if (seen.has(item.planId)) {
      errors.push({ path: `items.${index}.planId`, message: 'Dit plan staat al op de agenda.' });
    } else if (status === undefined) {
      errors.push({ path: `items.${index}.planId`, message: 'Dit plan bestaat niet of u heeft er geen toegang toe.' });
    } else if (!fits.includes(status) && !rules.alreadyOnAgenda.has(item.planId)) {
      errors.push({
        path: `items.${index}.planId`,
        message: rules.kind === 'spar' ? 'Alleen plannen in de status "Spar-tafel" kunnen op deze agenda.' : 'Alleen plannen die zijn aangemeld voor de tafel ("Geagendeerd") kunnen op deze agenda.',
      });
    }
    seen.add(item.planId);
    if (!Number.isInteger(item.slotMinutes) || item.slotMinutes < MIN_SLOT_MINUTES || item.slotMinutes > rules.maxSlotMinutes) {
      errors.push({ path: `items.${index}.slotMinutes`, message: `Kies een tijdvak van ${MIN_SLOT_MINUTES} tot en met ${rules.maxSlotMinutes} minuten.` });
    }
  });
  return errors;
}
