import { useMemo } from 'react';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { Link, navigate, useLocation } from '../../router';
import { can, useUser } from '../../session';
import { useResource } from '../../useResource';
import { planFiltersHref, readPlanFilters } from './listFilters';
import './plans.css';
import { plansApi } from './plansApi';
import { PlanSearchForm } from './PlanSearchForm';
import { PlanTable } from './PlanTable';
import { usePlansSession } from './usePlansSession';

const LIMIT = 100;

export function PlansPage() {
  usePageTitle('Plannen');
  usePlansSession();
  const me = useUser();
  const location = useLocation();
  const filters = useMemo(() => readPlanFilters(location.search), [location.search]);
  const plans = useResource(() => plansApi.list({ q: filters.q, status: filters.status, limit: LIMIT }), location.href);
  const filtered = Boolean(filters.q || filters.status);
  const total = plans.data?.total ?? 0;

  return (
    <>
      <div className="dbk-page-top">
        <PageHeading>Plannen</PageHeading>
        {can(me, 'plans.create') ? (
          <Link href="/plannen/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action dbk-button-link">
            Nieuw plan
          </Link>
        ) : null}
      </div>
      <Paragraph>De maatwerkplannen van {me.tenant.name}, laatst bijgewerkt eerst. Een plan bevat alleen cliëntnummers, geen namen.</Paragraph>
      <PlanSearchForm filters={filters} onApply={(next) => navigate(planFiltersHref(next))} />
      <p className="utrecht-paragraph dbk-result-count" role="status">
        {plans.data
          ? total === 0
            ? filtered
              ? 'Er zijn geen plannen die aan deze zoekopdracht voldoen.'
              : 'Er zijn nog geen plannen.'
            : `${total} ${total === 1 ? 'plan' : 'plannen'}${filtered ? ' gevonden' : ''}${total > LIMIT ? `; u ziet de ${LIMIT} laatst bijgewerkte. Zoek om te vinden wat u zoekt.` : '.'}`
          : ''}
      </p>
      {plans.error ? (
        <LoadError what="De plannen" error={plans.error} onRetry={plans.reload} />
      ) : plans.data ? (
        plans.data.items.length > 0 ? (
          <div aria-busy={plans.loading}>
            <PlanTable plans={plans.data.items} caption={filtered ? 'Gevonden plannen' : 'Plannen'} />
          </div>
        ) : null
      ) : (
        <Loading>De plannen worden geladen…</Loading>
      )}
    </>
  );
}
