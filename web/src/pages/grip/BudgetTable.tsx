import type { BudgetFigures, BudgetLineOut } from '../../../../src/grip/grip.contract';
import { TextLink } from '../../components/TextLink';
import { formatIsoDate } from '../actions/actionsFormat';
import type { GripBudget } from './gripApi';
import { budgetLineHref, type BudgetFilters } from './gripFilters';
import { pillarLabel, VARIANCE_LIGHT_LABELS, varianceLight } from './gripFormat';
import { GripTable, moneyColumn, textColumn, type Column } from './GripTable';
import { VarianceLight } from './VarianceLight';

type LineRow = BudgetFigures & Pick<BudgetLineOut, 'budgetLine' | 'name'> & { pillar: string; productCategory: string };

/** The figures of a line (or the totals) in the order of the ledger: what is spent, what is coming. */
export function figureColumns<T extends BudgetFigures>(): Column<T>[] {
  return [
    moneyColumn('Begroting', (r) => r.budgetCents),
    moneyColumn('Gerealiseerd', (r) => r.realisedCents),
    moneyColumn('Nakomende declaraties', (r) => r.lateClaimsCents),
    moneyColumn('Open verplichtingen', (r) => r.openCommitmentsCents),
    moneyColumn('Nieuwe instroom', (r) => r.newInflowCents),
    moneyColumn('Prognose (neutraal)', (r) => r.forecastCents),
    moneyColumn('Afwijking', (r) => r.varianceCents),
    {
      header: 'Stoplicht',
      cell: (r) => <VarianceLight budgetCents={r.budgetCents} varianceCents={r.varianceCents} />,
      value: (r) => VARIANCE_LIGHT_LABELS[varianceLight(r.budgetCents, r.varianceCents)],
    },
    moneyColumn('Positief scenario', (r) => r.scenarios.positive),
    moneyColumn('Negatief scenario', (r) => r.scenarios.negative),
  ];
}

function lineColumns(filters: BudgetFilters): Column<LineRow>[] {
  return [
    textColumn(
      'Begrotingsregel',
      (r) => r.name,
      (r) => (r.budgetLine ? <TextLink href={budgetLineHref(r.budgetLine, filters)}>{r.name}</TextLink> : r.name),
    ),
    textColumn('Pijler', (r) => (r.pillar ? pillarLabel(r.pillar) : '')),
    textColumn('Productcategorie', (r) => r.productCategory || (r.pillar ? 'Hele pijler' : '')),
    ...figureColumns<LineRow>(),
  ];
}

/** Every budget line of the year with the totals in the foot; each line opens its detail page. */
export function BudgetTable({ budget, filters }: { budget: GripBudget; filters: BudgetFilters }) {
  const totals: LineRow = { ...budget.totals, budgetLine: '', name: 'Totaal', pillar: '', productCategory: '' };
  return (
    <GripTable
      caption={`Begrotingsregels ${budget.year}, peildatum ${formatIsoDate(budget.date)}`}
      columns={lineColumns(filters)}
      rows={budget.lines}
      rowKey={(r) => r.budgetLine}
      footer={{ label: 'Totaal', row: totals }}
      empty="Er zijn nog geen begrotingsregels of voorzieningen voor dit jaar. Lees een begroting in (CSV) of importeer de gegevens."
      fileName={`grip begrotingsregels ${budget.year} ${budget.date}`}
    />
  );
}
