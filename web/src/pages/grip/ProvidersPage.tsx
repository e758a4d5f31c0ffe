import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { useUrlFilters } from '../../http/useUrlFilters';
import { BudgetFilterForm } from './BudgetFilterForm';
import { useProviders, type GripProvider } from './gripApi';
import { providerHref, PROVIDERS_PATH, signalsHref, yearFilterSchema, yearOf, type YearFilters } from './gripFilters';
import { pillarLabel, rateText } from './gripFormat';
import { GripPage } from './GripPage';
import { countColumn, GripTable, moneyColumn, textColumn, type Column } from './GripTable';

function columns(filters: YearFilters): Column<GripProvider>[] {
  return [
    textColumn(
      'Aanbieder (AGB-code)',
      (p) => p.provider,
      (p) => <TextLink href={providerHref(p.provider, filters)}>{p.provider}</TextLink>,
    ),
    textColumn('Pijlers', (p) => p.pillars.map(pillarLabel).join(', ')),
    countColumn('Cliënten', (p) => p.clients),
    moneyColumn('Toegewezen', (p) => p.assignedCents),
    moneyColumn('Gedeclareerd', (p) => p.declaredCents),
    { header: 'Verzilveringspercentage', cell: (p) => rateText(p.realisationRate), value: (p) => p.realisationRate, exportHeader: 'Verzilveringspercentage (fractie)', numeric: true },
    moneyColumn('Gemiddelde kosten per cliënt', (p) => p.averageCostPerClientCents),
    {
      header: 'Signalen',
      cell: (p) =>
        p.signals > 0 ? (
          <TextLink href={signalsHref({ aanbieder: p.provider, status: 'alle' })}>
            {p.signals}
            <span className="dbk-visually-hidden">
              {' '}
              {p.signals === 1 ? 'signaal' : 'signalen'} van aanbieder {p.provider}
            </span>
          </TextLink>
        ) : (
          '0'
        ),
      value: (p) => p.signals,
      numeric: true,
    },
  ];
}

/** Per provider: clients, assigned against declared, the verzilveringspercentage and its signals. */
export function ProvidersPage() {
  const [filters, setFilters] = useUrlFilters(yearFilterSchema);
  const providers = useProviders(yearOf(filters.jaar));

  return (
    <GripPage title="Aanbieders">
      <Paragraph lead>
        Per aanbieder: hoeveel cliënten, wat er is toegewezen en wat er is gedeclareerd. Het verzilveringspercentage is het deel van de
        toegewezen kosten tot vandaag dat de aanbieder declareerde.
      </Paragraph>
      <BudgetFilterForm id="grip-aanbieders" value={{ jaar: filters.jaar, datum: '' }} onApply={(next) => setFilters({ jaar: next.jaar }, { push: true })} clearHref={PROVIDERS_PATH} withDate={false} />
      {providers.error ? (
        <LoadError what="De aanbieders" error={providers.error} onRetry={() => void providers.refetch()} />
      ) : providers.data ? (
        <div aria-busy={providers.isFetching}>
          <GripTable
            caption={`Aanbieders in ${providers.data.year}`}
            columns={columns(filters)}
            rows={providers.data.items}
            rowKey={(p) => p.provider}
            empty="Geen aanbieders met toewijzingen of declaraties in dit jaar."
            fileName={`grip aanbieders ${providers.data.year}`}
          />
        </div>
      ) : (
        <Loading>De aanbieders worden geladen…</Loading>
      )}
    </GripPage>
  );
}
