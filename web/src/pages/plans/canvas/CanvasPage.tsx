import { useQuery } from '@tanstack/react-query';
import { PageHeading } from '../../../components/Heading';
import { LoadError, Loading } from '../../../components/Loading';
import { TextLink } from '../../../components/TextLink';
import { usePageTitle } from '../../../components/usePageTitle';
import { ApiError } from '../../../http/client';
import '../plans.css';
import './canvas.css';
import { planKeys, plansApi } from '../plansApi';
import { CanvasEditor } from './CanvasEditor';
import { PublishInspiration } from './inspiration/PublishInspiration';
import { PlanMeasurements } from './measurements/PlanMeasurements';
import { RealisedPanel } from '../../servicedata/RealisedPanel';
import { PlanQuestions } from './questions/PlanQuestions';
import { ACTION_ANCHORS } from './anchors';
import { useLanding } from './useLanding';
import { useCanvasWorkflow } from './workflow/useCanvasWorkflow';
import { WorkflowPanel } from './workflow/WorkflowPanel';

export function CanvasPage({ id }: { id: string }) {
  // Loaded once per visit: from here on the editor's autosave owns the plan (its version, its
  // document), so nothing is cached for the next visit and nothing refetches underneath it.
  const plan = useQuery({
    queryKey: planKeys.plan(id),
    queryFn: ({ signal }) => plansApi.get(id, signal),
    gcTime: 0,
    staleTime: Infinity,
    refetchOnReconnect: false,
  });
  usePageTitle(plan.data ? `Casus ${plan.data.caseNumber}` : 'Maatwerkcanvas');
  const wf = useCanvasWorkflow(plan.data);
  const panel = wf.plan ? <WorkflowPanel planId={wf.plan.id} refreshKey={wf.refreshKey} locked={wf.locked} onUnlock={wf.unlock} onChanged={wf.onChanged} message={wf.message} onMessage={wf.onMessage} /> : null;
  useLanding(Boolean(plan.data && wf.plan));
  if (plan.data && wf.plan) {
    const after = (
      <>
        <PlanQuestions planId={plan.data.id} anchorId={ACTION_ANCHORS.questions} />
        {/* The follow-up is a landing target as a whole (#meting): focus goes to the first field of its form. */}
        <div id={ACTION_ANCHORS.measurement}>
          <PlanMeasurements planId={plan.data.id} />
        </div>
      </>
    );
    return (
      <>
        <CanvasEditor key={wf.editorKey} plan={wf.plan} locked={wf.locked} onMeta={wf.onMeta} workflow={panel} after={after} />
        <RealisedPanel planId={wf.plan.id} status={wf.plan.status} />
        <PublishInspiration planId={wf.plan.id} status={wf.plan.status} />
      </>
    );
  }
  return (
    <>
      <PageHeading>Maatwerkcanvas</PageHeading>
      {plan.error ? (
        <>
          <LoadError what="De gegevens van het plan" error={plan.error} onRetry={plan.error instanceof ApiError && plan.error.status === 404 ? undefined : () => void plan.refetch()} />
          <TextLink href="/plannen">Naar het overzicht van plannen</TextLink>
        </>
      ) : (
        <Loading>Het plan wordt geladen…</Loading>
      )}
    </>
  );
}
