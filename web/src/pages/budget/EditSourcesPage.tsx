import { useQuery, useQueryClient } from '@tanstack/react-query';
import { yearParams } from '../../../../src/budget/budget.contract';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { setFlash } from '../../flash';
import { navigate } from '../../router';
import { NotFoundPage } from '../errors/NotFoundPage';
import { budgetApi, budgetKeys } from './budgetApi';
import { budgetPath } from './budgetPaths';
import { SourcesForm } from './SourcesSection';
import './budget.css';

/** The budget's sources and note of one year, in their own view; the overview only shows the figures. */
export function EditSourcesPage({ year: yearText }: { year: string }) {
  const parsed = yearParams.shape.year.safeParse(Number(yearText));
  if (!parsed.success) return <NotFoundPage />;
  return <EditSources year={parsed.data} />;
}

function EditSources({ year }: { year: number }) {
  usePageTitle(`Begrotingsposten ${year} wijzigen`);
  const queryClient = useQueryClient();
  const budget = useQuery({ queryKey: budgetKeys.year(year), queryFn: () => budgetApi.year(year) });
  return (
    <>
      <PageHeading>Begrotingsposten {year} wijzigen</PageHeading>
      <Paragraph>
        De posten samen vormen het maatwerkbudget van {year}. Een regel die u verwijdert, kunt u terugzetten tot u opslaat.
      </Paragraph>
      <p className="utrecht-paragraph">
        <TextLink href={budgetPath(year)}>Terug naar het maatwerkbudget {year} (zonder opslaan)</TextLink>
      </p>
      {budget.error ? (
        <LoadError what="Het budget" error={budget.error} onRetry={() => void budget.refetch()} />
      ) : budget.data ? (
        <SourcesForm
          budget={budget.data}
          onSaved={(next) => {
            queryClient.setQueryData(budgetKeys.year(year), next);
            setFlash({ type: 'ok', text: `Het maatwerkbudget ${year} is opgeslagen.` });
            navigate(budgetPath(year));
          }}
        />
      ) : (
        <Loading>Het budget wordt geladen…</Loading>
      )}
    </>
  );
}
