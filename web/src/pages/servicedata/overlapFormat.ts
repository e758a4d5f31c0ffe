import { PILLARS, type Pillar } from '../../../../src/imports/domain/records';
import type { Overlap } from './servicedataApi';

/** The five pillars of the Maastricht analysis, as policy names them. */
export const PILLAR_LABELS: Record<Pillar, string> = {
  wmo: 'Wmo',
  jeugd: 'Jeugd',
  participatie: 'Participatie',
  schuldhulp: 'Schuldhulp',
  onderwijs: 'Onderwijs',
};

export const pillarLabel = (pillar: string): string => PILLAR_LABELS[pillar as Pillar] ?? pillar;

/** `['jeugd', 'wmo']` → "Jeugd + Wmo", in the order the API gives (sorted by name). */
export const combinationLabel = (pillars: readonly string[]): string => pillars.map(pillarLabel).join(' + ');

/** "Jeugd, Participatie, Wmo" for a list of a household's pillars. */
export const pillarList = (pillars: readonly string[]): string => pillars.map(pillarLabel).join(', ');

export const pillarCountLabel = (n: number): string => (n === 1 ? '1 pijler' : `${n} pijlers`);

const count = new Intl.NumberFormat('nl-NL');
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A count the API withheld (1 to 4 households, small-cell suppression) reads "< 5". */
export const cellText = (n: number | null): string => (n === null ? '< 5' : count.format(n));

/** The share of all households with support, or null when either count is withheld or there are none. */
export function share(n: number | null, total: number | null): number | null {
  if (n === null || total === null || total === 0) return null;
  return n / total;
}

export const shareText = (n: number | null, total: number | null): string | null => {
  const value = share(n, total);
  return value === null ? null : percent.format(value);
};

export interface CountRow {
  label: string;
  households: number | null;
}

/** The three views of the overlap as labelled rows: 1–5 pillars, per pillar (in the usual order), combinations. */
export function overlapRows(overlap: Overlap): { byPillarCount: CountRow[]; byPillar: CountRow[]; combinations: CountRow[] } {
  const order = (pillar: string) => PILLARS.indexOf(pillar as Pillar);
  return {
    byPillarCount: overlap.byPillarCount.map((row) => ({ label: pillarCountLabel(row.pillars), households: row.households })),
    byPillar: [...overlap.byPillar].sort((a, b) => order(a.pillar) - order(b.pillar)).map((row) => ({ label: pillarLabel(row.pillar), households: row.households })),
    combinations: overlap.combinations.map((row) => ({ label: combinationLabel(row.pillars), households: row.households })),
  };
}
