import { formatEuro } from '../../../../src/shared/money';
import { Alert } from '../../components/Alert';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { ApiError } from '../../http/client';
import { useUrlFilters } from '../../http/useUrlFilters';
import { BudgetFilterForm } from './BudgetFilterForm';
import { useProvider, type GripProviderDetail } from './gripApi';
import { providerHref, PROVIDERS_PATH, signalsHref, yearFilterSchema, yearOf } from './gripFilters';
import { pillarLabel, rateText, signalTypeLabel } from './gripFormat';
import { GripPage } from './GripPage';
import { GripSection } from './GripParts';
import { countColumn, GripTable, moneyColumn, textColumn, type Column } from './GripTable';
import { ProviderMonthsChart } from './ProviderMonthsChart';

type Category = GripProviderDetail['byProductCategory'][number];
type SignalCount = GripProviderDetail['signalsByType'][number];
type Figure = { label: string; value: string; exportValue: string | number | null };

const CATEGORY_COLUMNS: readonly Column<Category>[] = [
  textColumn('Productcategorie', (c) => c.productCategory || 'Zonder categorie'),
  textColumn('Pijler', (c) => pillarLabel(c.pillar)),
  countColumn('Cliënten', (c) => c.clients),
  moneyColumn('Toegewezen', (c) => c.assignedCents),
  moneyColumn('Gedeclareerd', (c) => c.declaredCents),
];

const FIGURE_COLUMNS: readonly Column<Figure>[] = [
  textColumn('Cijfer', (f) => f.label),
  { header: 'Waarde', cell: (f) => f.value, value: (f) => f.exportValue, numeric: true },
];

function figures(p: GripProviderDetail['provider']): Figure[] {
  return [
    { label: 'Pijlers', value: p.pillars.map(pillarLabel).join(', ') || '–', exportValue: p.pillars.map(pillarLabel).join(', ') },
    { label: 'Cliënten', value: String(p.clients), exportValue: p.clients },
    { label: 'Toegewezen (€)', value: formatEuro(p.assignedCents), exportValue: p.assignedCents / 100 },
    { label: 'Gedeclareerd (€)', value: formatEuro(p.declaredCents), exportValue: p.declaredCents / 100 },
    { label: 'Verzilveringspercentage', value: rateText(p.realisationRate), exportValue: p.realisationRate },
    { label: 'Gemiddelde kosten per cliënt (€)', value: formatEuro(p.averageCostPerClientCents), exportValue: p.averageCostPerClientCents / 100 },
    { label: 'Signalen', value: String(p.signals), exportValue: p.signals },
  ];
}

function signalColumns(agb: string): Column<SignalCount>[] {
  return [
    textColumn(
      'Soort signaal',
      (s) => signalTypeLabel(s.type),
      (s) => <TextLink href={signalsHref({ aanbieder: agb, type: s.type, status: 'alle' })}>{signalTypeLabel(s.type)}</TextLink>,
    ),
    countColumn('Aantal', (s) => s.count),
  ];
}

/** One provider: its figures, per product category, per month, and its signals by type. */
export function ProviderPage({ agb }: { agb: string }) {
  const [filters, setFilters] = useUrlFilters(yearFilterSchema);
  const detail = useProvider(agb, yearOf(filters.jaar));
  const notFound = detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 422);
  const d = detail.data;

  return (
    <GripPage title={`Aanbieder ${agb}`}>
      <Paragraph>
        <TextLink href={`${PROVIDERS_PATH}${filters.jaar ? `?jaar=${filters.jaar}` : ''}`}>Terug naar alle aanbieders</TextLink>
      </Paragraph>
      <BudgetFilterForm id="grip-aanbieder" value={{ jaar: filters.jaar, datum: '' }} onApply={(next) => setFilters({ jaar: next.jaar }, { push: true })} clearHref={providerHref(agb)} withDate={false} />
      {notFound ? (
        <Alert type="warning" heading="Deze aanbieder is onbekend.">
          <p className="utrecht-paragraph dbk-paragraph">Er zijn geen toewijzingen of declaraties van AGB-code {agb} in uw gemeente.</p>
        </Alert>
      ) : detail.error ? (
        <LoadError what="De cijfers van de aanbieder" error={detail.error} onRetry={() => void detail.refetch()} />
      ) : d ? (
        <div aria-busy={detail.isFetching}>
          <GripSection id="grip-aanbieder-cijfers" title={`Cijfers ${d.year}`}>
            <GripTable caption={`Cijfers van aanbieder ${agb} in ${d.year}`} columns={FIGURE_COLUMNS} rows={figures(d.provider)} rowKey={(f) => f.label} empty="Geen cijfers." />
          </GripSection>
          <GripSection id="grip-aanbieder-categorieen" title="Per productcategorie">
            <GripTable
              caption={`Aanbieder ${agb} per productcategorie in ${d.year}`}
              columns={CATEGORY_COLUMNS}
              rows={d.byProductCategory}
              rowKey={(c) => `${c.pillar}:${c.productCategory}`}
              empty="Geen voorzieningen in dit jaar."
            />
          </GripSection>
          <GripSection id="grip-aanbieder-maanden" title="Per maand">
            <ProviderMonthsChart months={d.months} caption={`Aanbieder ${agb}: toegewezen en gedeclareerd per maand in ${d.year}`} />
          </GripSection>
          <GripSection id="grip-aanbieder-signalen" title="Signalen">
            <GripTable caption={`Signalen van aanbieder ${agb} per soort`} columns={signalColumns(agb)} rows={d.signalsByType} rowKey={(s) => s.type} empty="Geen signalen voor deze aanbieder." />
          </GripSection>
        </div>
      ) : (
        <Loading>De cijfers van de aanbieder worden geladen…</Loading>
      )}
    </GripPage>
  );
}
