import { z } from 'zod';
import { pillar, signalType } from '../../../../src/grip/grip.contract';
import { isoDate } from '../../../../src/shared/iso-date';
import { filtersToSearch } from '../../http/urlFilters';
import type { BudgetParams, FlowsParams, ReportMoment, SignalsParams, VarianceParams } from './gripApi';

/**
 * The grip pages' filters live in the address with Dutch names (`?jaar=&datum=`), read through zod:
 * what does not parse falls back to empty, which is the API's own default (this year, today).
 */

const empty = <T extends z.ZodType<string>>(schema: T) => z.union([z.literal(''), schema]).default('');
const yearText = z.string().regex(/^\d{4}$/);

export const budgetFilterSchema = z.object({ jaar: empty(yearText), datum: empty(isoDate) });
export type BudgetFilters = z.output<typeof budgetFilterSchema>;

export const yearFilterSchema = z.object({ jaar: empty(yearText) });
export type YearFilters = z.output<typeof yearFilterSchema>;

export const varianceFilterSchema = z.object({
  pijler: empty(pillar),
  van: empty(isoDate),
  tot: empty(isoDate),
  basisVan: empty(isoDate),
  basisTot: empty(isoDate),
});
export type VarianceFilters = z.output<typeof varianceFilterSchema>;

export const flowsFilterSchema = z.object({ pijler: empty(pillar), van: empty(isoDate), tot: empty(isoDate) });
export type FlowsFilters = z.output<typeof flowsFilterSchema>;

export const SIGNAL_STATUSES = [
  { value: 'open', label: 'Open', api: 'open' },
  { value: 'afgehandeld', label: 'Afgehandeld', api: 'handled' },
  { value: 'alle', label: 'Alle', api: 'all' },
] as const;

export const SIGNALS_PAGE_SIZE = 50;

/** The work list shows the open signals unless asked otherwise. */
export const signalFilterSchema = z.object({
  type: empty(signalType),
  aanbieder: empty(z.string().regex(/^\d{8}$/)),
  status: z.enum(['open', 'afgehandeld', 'alle']).default('open'),
  pagina: z.coerce.number().int().min(1).default(1),
});
export type SignalFilters = z.output<typeof signalFilterSchema>;

export const yearOf = (jaar: string): number | undefined => (jaar ? Number(jaar) : undefined);

export const budgetParams = (f: BudgetFilters): BudgetParams => ({ year: yearOf(f.jaar), date: f.datum || undefined });

export const varianceParams = (f: VarianceFilters): VarianceParams => ({
  pillar: f.pijler || undefined,
  from: f.van || undefined,
  to: f.tot || undefined,
  baseFrom: f.basisVan || undefined,
  baseTo: f.basisTot || undefined,
});

export const flowsParams = (f: FlowsFilters): FlowsParams => ({ pillar: f.pijler || undefined, from: f.van || undefined, to: f.tot || undefined });

export function signalsParams(f: SignalFilters): SignalsParams {
  return {
    type: f.type || undefined,
    provider: f.aanbieder || undefined,
    status: SIGNAL_STATUSES.find((s) => s.value === f.status)?.api ?? 'open',
    limit: SIGNALS_PAGE_SIZE,
    offset: (f.pagina - 1) * SIGNALS_PAGE_SIZE,
  };
}

// ---- addresses -----------------------------------------------------------------------------

export const GRIP_PATH = '/grip';
export const VARIANCE_PATH = '/grip/volume-prijs';
export const PROVIDERS_PATH = '/grip/aanbieders';
export const SIGNALS_PATH = '/grip/signalen';
export const FLOWS_PATH = '/grip/stromen';
export const ASSUMPTIONS_PATH = '/grip/aannames';
export const GRIP_REGION_PATH = '/grip/regio';

export const overviewHref = (f: Partial<BudgetFilters>) => `${GRIP_PATH}${filtersToSearch(budgetFilterSchema, f)}`;
export const budgetLineHref = (budgetLine: string, f: Partial<BudgetFilters>) =>
  `${GRIP_PATH}/regels/${encodeURIComponent(budgetLine)}${filtersToSearch(budgetFilterSchema, f)}`;
export const providerHref = (agb: string, f: Partial<YearFilters> = {}) => `${PROVIDERS_PATH}/${encodeURIComponent(agb)}${filtersToSearch(yearFilterSchema, f)}`;
export const signalsHref = (f: Partial<SignalFilters>) =>
  `${SIGNALS_PATH}${filtersToSearch(signalFilterSchema, { type: f.type, aanbieder: f.aanbieder, status: f.status, pagina: f.pagina })}`;

// ---- checks of a filter form before it is applied -------------------------------------------

export type FieldProblems = Partial<Record<string, string>>;

const dateProblem = (value: string): string | undefined => (value === '' ? undefined : isoDate.safeParse(value).error?.issues[0]?.message);

/** The year (2000–2100) and the peildatum, which must lie in that year: the API's 422 said early. */
export function budgetFilterProblems(f: BudgetFilters): FieldProblems {
  const problems: FieldProblems = {};
  const year = f.jaar ? Number(f.jaar) : undefined;
  if (f.jaar && (!/^\d{4}$/.test(f.jaar) || year! < 2000 || year! > 2100)) problems.jaar = 'Geef een jaar van 2000 tot en met 2100.';
  const date = dateProblem(f.datum);
  if (date) problems.datum = date;
  else if (f.datum && year && !problems.jaar && !f.datum.startsWith(`${f.jaar}-`)) problems.datum = `Kies een peildatum in ${f.jaar}.`;
  return problems;
}

function rangeProblems(problems: FieldProblems, fromKey: string, from: string, toKey: string, to: string): void {
  const fromProblem = dateProblem(from);
  const toProblem = dateProblem(to);
  if (fromProblem) problems[fromKey] = fromProblem;
  if (toProblem) problems[toKey] = toProblem;
  if (!fromProblem && !toProblem && from && to && from > to) problems[toKey] = 'De einddatum ligt vóór de begindatum.';
}

export function varianceFilterProblems(f: VarianceFilters): FieldProblems {
  const problems: FieldProblems = {};
  rangeProblems(problems, 'van', f.van, 'tot', f.tot);
  rangeProblems(problems, 'basisVan', f.basisVan, 'basisTot', f.basisTot);
  return problems;
}

export function flowsFilterProblems(f: FlowsFilters): FieldProblems {
  const problems: FieldProblems = {};
  rangeProblems(problems, 'van', f.van, 'tot', f.tot);
  return problems;
}

/** The years to choose from: a few back, the current one and the next (a budget is made ahead). */
export function yearOptions(currentYear: number, chosen?: number): number[] {
  const years = new Set<number>();
  for (let y = currentYear + 1; y >= currentYear - 4; y -= 1) years.add(y);
  if (chosen) years.add(chosen);
  return [...years].sort((a, b) => b - a);
}

export const REPORT_MOMENTS: readonly { value: ReportMoment; label: string }[] = [
  { value: 'begroting', label: 'Begroting' },
  { value: 'voorjaarsnota', label: 'Voorjaarsnota' },
  { value: 'najaarsrapportage', label: 'Najaarsrapportage' },
  { value: 'jaarrekening', label: 'Jaarrekening' },
];
