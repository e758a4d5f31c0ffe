import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { useUrlFilters } from '../../http/useUrlFilters';
import { useUser } from '../../session';
import { DashboardSections, KeyFigures } from './DashboardSections';
import { DASHBOARD_PATH, dashboardApi, dashboardFilterSchema, dashboardKeys, filtersHref, REGION_PATH } from './dashboardApi';
import { FilterForm } from './FilterForm';
import './dashboard.css';

const BUTTON_LINK = 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link';

export function DashboardPage() {
  usePageTitle('Dashboard');
  const me = useUser();
  const [filters, setFilters] = useUrlFilters(dashboardFilterSchema);
  // The previous figures stay while new ones load, so the tables and the focus do not jump.
  const dashboard = useQuery({
    queryKey: dashboardKeys.figures(filters),
    queryFn: ({ signal }) => dashboardApi.load(filters, signal),
    placeholderData: keepPreviousData,
  });

  // Filters, downloads and the way on, in one row under the key figures.
  const toolbar = (
    <div className="dbk-dashboard__toolbar">
      <FilterForm filters={filters} onApply={(next) => setFilters(next, { push: true })} clearHref={DASHBOARD_PATH} />
      <div className="dbk-dashboard__downloads">
        <a href={dashboardApi.csvUrl(filters)} className={BUTTON_LINK} download>
          Download CSV
        </a>
        <a href={dashboardApi.xlsxUrl(filters)} className={BUTTON_LINK} download>
          Download Excel (XLSX)
        </a>
      </div>
      <nav aria-label="Verder met de cijfers" className="dbk-dashboard__links">
        <TextLink href={filtersHref(REGION_PATH, filters)}>Regio: gemeenten naast elkaar</TextLink>
        <TextLink href="/raadsrapportage">Raadsrapportage</TextLink>
      </nav>
    </div>
  );

  return (
    <>
      <PageHeading>Dashboard</PageHeading>
      <Paragraph>
        Cijfers over de maatwerkplannen van {me.tenant.name}: aantallen en bedragen, nooit casusinhoud of cliëntnummers. Elke grafiek heeft
        een tabel met dezelfde cijfers.
      </Paragraph>
      {dashboard.data ? null : toolbar}
      {dashboard.error ? (
        <LoadError what="Het dashboard" error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : dashboard.data ? (
        <div aria-busy={dashboard.isFetching}>
          <KeyFigures d={dashboard.data} />
          {toolbar}
          <DashboardSections d={dashboard.data} />
        </div>
      ) : (
        <Loading>Het dashboard wordt berekend…</Loading>
      )}
    </>
  );
}
