import { DOMAINS, FUNDING_STREAMS } from '../../plans/domain/vocabulary.js';
import { PLAN_STATUSES, type PlanStatus } from '../../plans/domain/statuses.js';
import type { Dashboard } from './dashboard.js';

/** One table of the export; money in euros (cents / 100), so spreadsheets can calculate. */
export interface ExportTable {
  title: string;
  headers: string[];
  rows: (string | number | null)[][];
}

const label = (list: readonly { key: string; label: string }[], key: string) => list.find((item) => item.key === key)?.label ?? key;
const euro = (cents: number) => cents / 100;
/** The statuses the dashboard was asked for, in its order. */
const statusesOf = (d: Dashboard) => Object.keys(d.plans.byStatus) as PlanStatus[];

/** The dashboard as tables with Dutch headers: one section (CSV) or sheet (XLSX) each. */
export function dashboardTables(d: Dashboard, period: { from?: string; to?: string }): ExportTable[] {
  return [
    {
      title: 'Kerncijfers',
      headers: ['Onderwerp', 'Waarde'],
      rows: [
        ['Periode van', period.from ?? ''],
        ['Periode tot en met', period.to ?? ''],
        ['Aantal plannen', d.plans.count],
        ['Huidige kosten (€)', euro(d.currentCents)],
        ['Dreigende kosten (€)', euro(d.threatenedCents)],
        ['Verwachte dreigende kosten (€)', euro(d.expectedThreatenedCents)],
        ['Kosten maatwerkplan (€)', euro(d.planCents)],
        ['Plannen met rendement', d.returns.count],
        ['Rendement totaal (€)', euro(d.returns.totalCents)],
        ['Rendement gemiddeld per plan (€)', euro(d.returns.averageCents)],
      ],
    },
    {
      title: 'Status',
      headers: ['Status', 'Aantal plannen'],
      rows: Object.entries(d.plans.byStatus).map(([status, count]) => [label(PLAN_STATUSES, status), count]),
    },
    {
      title: 'Per periode',
      headers: ['Maand', 'Aantal plannen', ...statusesOf(d).map((s) => label(PLAN_STATUSES, s))],
      rows: d.byPeriod.map((row) => [row.month, row.count, ...statusesOf(d).map((s) => row.byStatus[s] ?? 0)]),
    },
    {
      title: 'Per geldstroom',
      headers: ['Geldstroom', 'Huidig (€)', 'Dreigend, verwacht (€)', 'Maatwerkplan (€)', 'Rendement (€)'],
      rows: d.byFundingStream.map((r) => [label(FUNDING_STREAMS, r.fundingStream), euro(r.currentCents), euro(r.threatenedCents), euro(r.planCents), euro(r.returnCents)]),
    },
    {
      title: 'Wettelijke grondslagen',
      headers: ['Regeling', 'Artikel', 'Aantal plannen'],
      rows: d.topLegalBases.map((r) => [r.regulation, r.article, r.count]),
    },
    { title: 'Leefgebieden', headers: ['Leefgebied', 'Aantal plannen'], rows: d.domains.map((r) => [label(DOMAINS, r.domain), r.count]) },
    {
      title: 'Maatwerkbudget',
      headers: ['Onderwerp', 'Bedrag (€)'],
      rows: [
        [`Budget ${d.budget.year}`, euro(d.budget.budgetCents)],
        ...d.budgetBySource.map((s): (string | number)[] => [`Bron: ${s.name} (${s.code})`, euro(s.amountCents)]),
        ['Vastgelegd', euro(d.budget.committedCents)],
        ['Betaald', euro(d.budget.paidCents)],
        ['Gepland in plannen (selectie)', euro(d.budgetByPlan.plannedCents)],
        ['Gemiddeld per plan met maatwerkbudget', euro(d.budgetByPlan.averageCents)],
      ],
    },
    {
      title: 'Levenstevredenheid',
      headers: ['Moment', 'Gemiddelde'],
      rows: [
        ['Bij intake', d.satisfaction.intakeAverage],
        ['Na 6 maanden', d.satisfaction.after6mAverage],
        ['Na 12 maanden', d.satisfaction.after12mAverage],
        ['Plannen met intake- en 12-maandenscore', d.satisfaction.pairs],
      ],
    },
    { title: 'Knelpunten per thema', headers: ['Thema', 'Aantal knelpunten'], rows: d.bottlenecks.map((r) => [label(DOMAINS, r.theme), r.count]) },
  ];
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  // A typed text starting with = + - @ would be a formula in a spreadsheet: neutralise it.
  const text = typeof value === 'number' ? String(value).replace('.', ',') : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Semicolon-separated (Dutch spreadsheets), decimal comma, a blank line between sections. */
export function tablesToCsv(tables: readonly ExportTable[]): string {
  return tables
    .map((table) => [table.title, table.headers, ...table.rows].map((row) => (typeof row === 'string' ? csvCell(row) : row.map(csvCell).join(';'))).join('\r\n'))
    .join('\r\n\r\n')
    .concat('\r\n');
}
