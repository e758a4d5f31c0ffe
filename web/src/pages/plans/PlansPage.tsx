import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { useUrlFilters } from '../../http/useUrlFilters';
import { Link } from '../../router';
import { can, useUser } from '../../session';
import { isFiltered, planFiltersSchema, toQuery } from './listFilters';
import './plans.css';
import { planKeys, plansApi } from './plansApi';
import { PlanSearchForm } from './PlanSearchForm';
import { PlanTable } from './PlanTable';

const LIMIT = 100;

export function PlansPage() {
  usePageTitle('Plannen');
  const me = useUser();
  const [filters, setFilters] = useUrlFilters(planFiltersSchema);
  const params = toQuery(filters, LIMIT);
  // The previous answer stays while the next one loads, so the table does not jump; a visit always
  // asks again (plans change on the canvas and at the table), showing the cached list meanwhile.
  const plans = useQuery({
    queryKey: planKeys.list(params),
    queryFn: ({ signal }) => plansApi.list(params, signal),
    placeholderData: keepPreviousData,
    refetchOnMount: 'always',
  });
  const filtered = isFiltered(filters);
  // The count speaks for the search in the address only once its answer is there.
  const answered = plans.data !== undefined && !plans.isPlaceholderData;
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
      {/* Each search is a step in the history, so the back button returns to the previous one. */}
      <PlanSearchForm filters={filters} onApply={(next) => setFilters(next, { push: true })} />
      <p className="utrecht-paragraph dbk-result-count" role="status">
        {answered
          ? total === 0
            ? filtered
              ? 'Er zijn geen plannen die aan deze zoekopdracht voldoen.'
              : 'Er zijn nog geen plannen.'
            : `${total} ${total === 1 ? 'plan' : 'plannen'}${filtered ? ' gevonden' : ''}${total > LIMIT ? `; u ziet de ${LIMIT} laatst bijgewerkte. Zoek om te vinden wat u zoekt.` : '.'}`
          : ''}
      </p>
      {plans.error ? (
        <LoadError what="De plannen" error={plans.error} onRetry={() => void plans.refetch()} />
      ) : plans.data ? (
        plans.data.items.length > 0 ? (
          <div aria-busy={plans.isFetching}>
            <PlanTable plans={plans.data.items} caption={filtered ? 'Gevonden plannen' : 'Plannen'} />
          </div>
        ) : null
      ) : (
        <Loading>De plannen worden geladen…</Loading>
      )}
    </>
  );
}
