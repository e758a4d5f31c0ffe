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
import { PublishInspiration } from './inspiration/PublishInspiration';
import { PlanMeasurements } from './measurements/PlanMeasurements';
import { PlanQuestions } from './questions/PlanQuestions';
import { useCanvasWorkflow } from './workflow/useCanvasWorkflow';
import { WorkflowPanel } from './workflow/WorkflowPanel';

export function CanvasPage({ id }: { id: string }) {
  usePlansSession();
  const plan = useResource(() => plansApi.get(id), id);
  usePageTitle(plan.data ? `Casus ${plan.data.caseNumber}` : 'Maatwerkcanvas');
  const wf = useCanvasWorkflow(plan.data);
  const panel = wf.plan ? <WorkflowPanel planId={wf.plan.id} refreshKey={wf.refreshKey} locked={wf.locked} onUnlock={wf.unlock} onChanged={wf.onChanged} message={wf.message} onMessage={wf.onMessage} /> : null;
  if (plan.data && wf.plan) return (<><CanvasEditor key={wf.editorKey} plan={wf.plan} locked={wf.locked} onMeta={wf.onMeta} workflow={panel} /><PlanQuestions planId={plan.data.id} /><PlanMeasurements planId={plan.data.id} /><PublishInspiration planId={wf.plan.id} status={wf.plan.status} /></>);
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
