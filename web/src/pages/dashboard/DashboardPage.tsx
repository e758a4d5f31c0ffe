import { useMemo } from 'react';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { navigate, useLocation } from '../../router';
import { useUser } from '../../session';
import { useResource } from '../../useResource';
import { DashboardSections, KeyFigures } from './DashboardSections';
import { DASHBOARD_PATH, dashboardApi, filtersHref, readFilters, REGION_PATH } from './dashboardApi';
import { FilterForm } from './FilterForm';
import './dashboard.css';

const BUTTON_LINK = 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link';

export function DashboardPage() {
  usePageTitle('Dashboard');
  const me = useUser();
  const location = useLocation();
  const filters = useMemo(() => readFilters(location.search), [location.search]);
  const dashboard = useResource(() => dashboardApi.load(filters), location.search.toString());

  return (
    <>
      <PageHeading>Dashboard</PageHeading>
      <Paragraph>
        Cijfers over de maatwerkplannen van {me.tenant.name}: aantallen en bedragen, nooit casusinhoud of cliëntnummers. Elke grafiek heeft
        een tabel met dezelfde cijfers.
      </Paragraph>
      <nav aria-label="Verder met de cijfers" className="dbk-dashboard__links">
        <TextLink href={filtersHref(REGION_PATH, filters)}>Regio: gemeenten naast elkaar</TextLink>
        <TextLink href="/raadsrapportage">Raadsrapportage</TextLink>
      </nav>
      <FilterForm filters={filters} onApply={(next) => navigate(filtersHref(DASHBOARD_PATH, next))} clearHref={DASHBOARD_PATH} />
      <div className="dbk-report__downloads dbk-dashboard__downloads">
        <a href={dashboardApi.csvUrl(filters)} className={BUTTON_LINK} download>
          Download CSV
        </a>
        <a href={dashboardApi.xlsxUrl(filters)} className={BUTTON_LINK} download>
          Download Excel (XLSX)
        </a>
      </div>
      {dashboard.error ? (
        <LoadError what="Het dashboard" error={dashboard.error} onRetry={dashboard.reload} />
      ) : dashboard.data ? (
        <div aria-busy={dashboard.loading}>
          <KeyFigures d={dashboard.data} />
          <DashboardSections d={dashboard.data} />
        </div>
      ) : (
        <Loading>Het dashboard wordt berekend…</Loading>
      )}
    </>
  );
}
