import type { BudgetFigures } from '../../../../src/grip/grip.contract';
import { formatEuro } from '../../../../src/shared/money';
import { Alert } from '../../components/Alert';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { useUrlFilters } from '../../http/useUrlFilters';
import { formatIsoDate } from '../actions/actionsFormat';
import { BudgetFilterForm } from './BudgetFilterForm';
import { CumulativeChart } from './CumulativeChart';
import { useGripBudget, useGripMonths } from './gripApi';
import { budgetFilterSchema, budgetLineHref, budgetParams, overviewHref } from './gripFilters';
import { pillarLabel, VARIANCE_LIGHT_LABELS, varianceLight } from './gripFormat';
import { GripSection, KeyFigures } from './GripParts';
import { GripPage } from './GripPage';
import { GripTable, textColumn } from './GripTable';

interface FigureRow {
  label: string;
  cents: number | null;
  text?: string;
}

function figureRows(f: BudgetFigures): FigureRow[] {
  return [
    { label: 'Begroting', cents: f.budgetCents },
    { label: 'Gerealiseerd tot en met de peildatum', cents: f.realisedCents },
    { label: 'Nakomende declaraties', cents: f.lateClaimsCents },
    { label: 'Open verplichtingen tot 31 december', cents: f.openCommitmentsCents },
    { label: 'Nieuwe instroom', cents: f.newInflowCents },
    { label: 'Prognose (neutraal scenario)', cents: f.forecastCents },
    { label: 'Positief scenario', cents: f.scenarios.positive },
    { label: 'Negatief scenario', cents: f.scenarios.negative },
    { label: 'Afwijking (prognose min begroting)', cents: f.varianceCents },
    { label: 'Stoplicht', cents: null, text: VARIANCE_LIGHT_LABELS[varianceLight(f.budgetCents, f.varianceCents)] },
    { label: 'Toewijzingen zonder einddatum', cents: null, text: String(f.openEndedServices) },
  ];
}

const COLUMNS = [
  textColumn<FigureRow>('Onderdeel', (r) => r.label),
  {
    header: 'Bedrag of aantal',
    cell: (r: FigureRow) => (r.cents === null ? r.text : formatEuro(r.cents)),
    value: (r: FigureRow) => (r.cents === null ? (r.text ?? null) : r.cents / 100),
    numeric: true,
  },
];

/** One budget line: its ledger figures and its curve over the year. */
export function BudgetLinePage({ budgetLine }: { budgetLine: string }) {
  const [filters, setFilters] = useUrlFilters(budgetFilterSchema);
  const params = budgetParams(filters);
  const budget = useGripBudget(params);
  const months = useGripMonths({ ...params, budgetLine });
  const line = budget.data?.lines.find((l) => l.budgetLine === budgetLine);
  const title = line ? `Begrotingsregel ${line.name}` : 'Begrotingsregel';

  return (
    <GripPage title={title}>
      <Paragraph>
        <TextLink href={overviewHref(filters)}>Terug naar alle begrotingsregels</TextLink>
      </Paragraph>
      <BudgetFilterForm id="grip-regel" value={filters} onApply={(next) => setFilters(next, { push: true })} clearHref={budgetLineHref(budgetLine, {})} />
      {budget.error ? (
        <LoadError what="De begrotingscijfers" error={budget.error} onRetry={() => void budget.refetch()} />
      ) : !budget.data ? (
        <Loading>De begrotingscijfers worden berekend…</Loading>
      ) : !line ? (
        <Alert type="warning" heading="Deze begrotingsregel bestaat niet in dit jaar.">
          <p className="utrecht-paragraph dbk-paragraph">
            Er is geen begrotingsregel “{budgetLine}” in {budget.data.year}. Kies een regel in het overzicht.
          </p>
        </Alert>
      ) : (
        <>
          <Paragraph>
            Pijler {pillarLabel(line.pillar)}
            {line.productCategory ? `, productcategorie ${line.productCategory}` : ', de hele pijler'}. Begrotingsjaar {budget.data.year}, peildatum{' '}
            {formatIsoDate(budget.data.date)}.
          </Paragraph>
          <KeyFigures figures={line} />
          <GripSection id="grip-regel-cijfers" title="Cijfers">
            <GripTable caption={`Cijfers van ${line.name}, ${budget.data.year}`} columns={COLUMNS} rows={figureRows(line)} rowKey={(r) => r.label} empty="Geen cijfers." />
          </GripSection>
          <GripSection id="grip-regel-verloop" title="Verloop over het jaar">
            {months.error ? (
              <LoadError what="De cijfers per maand" error={months.error} onRetry={() => void months.refetch()} />
            ) : months.data ? (
              <CumulativeChart months={months.data.months} date={months.data.date} caption={`${line.name} ${months.data.year}: cumulatief gerealiseerd en prognose tegenover de begroting`} />
            ) : (
              <Loading>De cijfers per maand worden berekend…</Loading>
            )}
          </GripSection>
        </>
      )}
    </GripPage>
  );
}
