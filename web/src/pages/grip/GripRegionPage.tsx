import type { BudgetFigures } from '../../../../src/grip/grip.contract';
import { formatEuro } from '../../../../src/shared/money';
import { Alert } from '../../components/Alert';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { useUrlFilters } from '../../http/useUrlFilters';
import { can, useUser } from '../../session';
import { REGION_PATH } from '../dashboard/dashboardApi';
import { BudgetFilterForm } from './BudgetFilterForm';
import { useGripRegion, type GripRegion } from './gripApi';
import { GRIP_REGION_PATH, yearFilterSchema, yearOf } from './gripFilters';
import { pillarLabel, VARIANCE_LIGHT_LABELS, varianceLight } from './gripFormat';
import { GripPage } from './GripPage';
import { GripSection } from './GripParts';
import { GripTable, moneyColumn, textColumn, type Column } from './GripTable';
import { VarianceLight } from './VarianceLight';

type Municipality = GripRegion['municipalities'][number];
type FigureRow = { label: string; get: (f: BudgetFigures) => number };
type PillarRow = Municipality['byPillar'][number] & { municipality: string };

const FIGURES: readonly FigureRow[] = [
  { label: 'Begroting', get: (f) => f.budgetCents },
  { label: 'Gerealiseerd', get: (f) => f.realisedCents },
  { label: 'Nakomende declaraties', get: (f) => f.lateClaimsCents },
  { label: 'Open verplichtingen', get: (f) => f.openCommitmentsCents },
  { label: 'Nieuwe instroom', get: (f) => f.newInflowCents },
  { label: 'Prognose (neutraal)', get: (f) => f.forecastCents },
  { label: 'Positief scenario', get: (f) => f.scenarios.positive },
  { label: 'Negatief scenario', get: (f) => f.scenarios.negative },
  { label: 'Afwijking', get: (f) => f.varianceCents },
];

/** One row per figure, one column per municipality: the region side by side. */
function comparisonColumns(municipalities: readonly Municipality[]): Column<FigureRow | 'light'>[] {
  return [
    textColumn('Cijfer', (r) => (r === 'light' ? 'Stoplicht' : r.label)),
    ...municipalities.map(
      (m): Column<FigureRow | 'light'> => ({
        header: m.name,
        exportHeader: `${m.name} (€)`,
        cell: (r) => (r === 'light' ? <VarianceLight budgetCents={m.totals.budgetCents} varianceCents={m.totals.varianceCents} /> : formatEuro(r.get(m.totals))),
        value: (r) => (r === 'light' ? VARIANCE_LIGHT_LABELS[varianceLight(m.totals.budgetCents, m.totals.varianceCents)] : r.get(m.totals) / 100),
        numeric: true,
      }),
    ),
  ];
}

const PILLAR_COLUMNS: readonly Column<PillarRow>[] = [
  textColumn('Gemeente', (r) => r.municipality),
  textColumn('Pijler', (r) => pillarLabel(r.pillar)),
  moneyColumn('Begroting', (r) => r.budgetCents),
  moneyColumn('Gerealiseerd', (r) => r.realisedCents),
  moneyColumn('Prognose', (r) => r.forecastCents),
  moneyColumn('Afwijking', (r) => r.varianceCents),
  { header: 'Stoplicht', cell: (r) => <VarianceLight budgetCents={r.budgetCents} varianceCents={r.varianceCents} />, value: (r) => VARIANCE_LIGHT_LABELS[varianceLight(r.budgetCents, r.varianceCents)] },
];

/** The grip figures of the region's municipalities that share them, side by side: totals only. */
export function GripRegionPage() {
  const me = useUser();
  const [filters, setFilters] = useUrlFilters(yearFilterSchema);
  const region = useGripRegion(yearOf(filters.jaar));
  const r = region.data;

  return (
    <GripPage title="Grip in de regio">
      <Paragraph lead>
        De begroting en prognose van de gemeenten in uw regio die hun cijfers delen, naast elkaar. Alleen totalen per gemeente en pijler: geen
        cliënten, geen aanbieders.
      </Paragraph>
      <BudgetFilterForm id="grip-regio" value={{ jaar: filters.jaar, datum: '' }} onApply={(next) => setFilters({ jaar: next.jaar }, { push: true })} clearHref={GRIP_REGION_PATH} withDate={false} />
      {region.error ? (
        <LoadError what="De regio" error={region.error} onRetry={() => void region.refetch()} />
      ) : !r ? (
        <Loading>De regio wordt geladen…</Loading>
      ) : !r.region ? (
        <Alert type="info">Uw gemeente hoort (nog) niet bij een regio in Doorbraak.</Alert>
      ) : !r.regionOptIn ? (
        <Alert type="info">
          <p className="utrecht-paragraph dbk-paragraph">
            Uw gemeente deelt haar cijfers niet met {r.region}. Alleen gemeenten die zelf meedoen zien de cijfers van de andere gemeenten.
            {can(me, 'region.manage') ? (
              <>
                {' '}
                Meedoen zet u aan bij <TextLink href={REGION_PATH}>Regio op het dashboard</TextLink>.
              </>
            ) : null}
          </p>
        </Alert>
      ) : (
        <div aria-busy={region.isFetching}>
          <GripSection id="grip-regio-totaal" title={`Totalen ${r.year}`}>
            <GripTable
              caption={`Grip per gemeente in ${r.region}, ${r.year}`}
              columns={comparisonColumns(r.municipalities)}
              rows={[...FIGURES, 'light' as const]}
              rowKey={(row) => (row === 'light' ? 'stoplicht' : row.label)}
              empty="Geen gemeenten die hun cijfers delen."
              fileName={`grip regio ${r.region} ${r.year}`}
            />
          </GripSection>
          <GripSection id="grip-regio-pijlers" title="Per pijler">
            <GripTable
              caption={`Grip per gemeente en pijler in ${r.region}, ${r.year}`}
              columns={PILLAR_COLUMNS}
              rows={r.municipalities.flatMap((m) => m.byPillar.map((p) => ({ ...p, municipality: m.name })))}
              rowKey={(row) => `${row.municipality}:${row.pillar}`}
              empty="Geen cijfers per pijler."
            />
          </GripSection>
        </div>
      )}
    </GripPage>
  );
}
