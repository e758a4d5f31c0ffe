import { PageHeading } from '../../../components/Heading';
import { LoadError, Loading } from '../../../components/Loading';
import { TextLink } from '../../../components/TextLink';
import { usePageTitle } from '../../../components/usePageTitle';
import { useResource } from '../../../useResource';
import '../plans.css';
import './canvas.css';
import { plansApi } from '../plansApi';
import { usePlansSession } from '../usePlansSession';
import { CanvasEditor } from './CanvasEditor';

export function CanvasPage({ id }: { id: string }) {
  usePlansSession();
  const plan = useResource(() => plansApi.get(id), id);
  usePageTitle(plan.data ? `Casus ${plan.data.caseNumber}` : 'Maatwerkcanvas');
  if (plan.data) return <CanvasEditor key={plan.data.id} plan={plan.data} />;
  return (
    <>
      <PageHeading>Maatwerkcanvas</PageHeading>
      {plan.error ? (
        <>
          <LoadError what="De gegevens van het plan" error={plan.error} onRetry={plan.error.status === 404 ? undefined : plan.reload} />
          <TextLink href="/plannen">Naar het overzicht van plannen</TextLink>
        </>
      ) : (
        <Loading>Het plan wordt geladen…</Loading>
      )}
    </>
  );
}
