import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PLAN_STATUSES } from '../../../../../../src/plans/domain/statuses';
import type { ApiError } from '../../../../http/client';
import { Alert } from '../../../../components/Alert';
import { Button } from '../../../../components/Button';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { Heading3 } from '../../../../components/Heading';
import { TextLink } from '../../../../components/TextLink';
import { formatMoment, formatSlot } from '../../../../../../src/shared/moments';
import { LoadError, Loading } from '../../../../components/Loading';
import type { Plan } from '../../planTypes';
import { workflowApi, workflowKeys, type DecisionResult, type PlanWorkflow } from '../../../workflow/workflowApi';
import { DecisionForm } from './DecisionForm';
import { DecisionList } from './DecisionList';
import { FieldLinks } from './FieldLinks';
import { ACTION_ANCHORS } from '../anchors';
import { LOOP } from './steps';
import { TransitionButtons } from './TransitionButtons';
import './workflow.css';

const label = (status: string) => PLAN_STATUSES.find((s) => s.key === status)?.label ?? status;

export interface PanelMessage {
  notice: { type: 'ok' | 'warning'; lines: string[] } | null;
  failed: ApiError | null;
}

interface WorkflowPanelProps {
  planId: string;
  refreshKey: string;
  locked: boolean;
  onUnlock: () => void;
  onChanged: (plan: Plan) => void;
  /** Kept by the page: the panel is remounted with the editor when the status changes. */
  message: PanelMessage;
  onMessage: (message: PanelMessage) => void;
}

function decisionLines(result: DecisionResult): string[] {
  const { decision, status, approvals } = result;
  if (decision.decision === 'revise') return ['Het plan is teruggezet naar concept.'];
  if (decision.decision === 'reject') return ['Het plan is afgewezen.'];
  const lines = [status === 'approved' ? 'Uw goedkeuring is vastgelegd: het plan is goedgekeurd.' : 'Uw goedkeuring is vastgelegd.'];
  if (decision.reason) lines.push(decision.reason);
  if (status === 'scheduled') lines.push(`${approvals.counted} van ${approvals.required} goedkeuringen.`);
  if (approvals.mandateShortfall) lines.push(approvals.mandateShortfall);
  if (result.budgetWarning) lines.push(result.budgetWarning);
  return lines;
}

/** "Besluitvorming" on the canvas: where the plan stands in the loop and what this user can do now. */
export function WorkflowPanel({ planId, refreshKey, locked, onUnlock, onChanged, message, onMessage }: WorkflowPanelProps) {
  // Asked again whenever the plan moved or was saved (refreshKey); the last answer stays meanwhile.
  const view = useQuery({
    queryKey: workflowKeys.plan(planId, refreshKey),
    queryFn: ({ signal }) => workflowApi.plan(planId, signal),
    placeholderData: keepPreviousData,
    gcTime: 0,
    staleTime: 0,
  });
  const [confirmUnlock, setConfirmUnlock] = useState(false);
  const { notice, failed } = message;

  const decided = (result: DecisionResult) => {
    const warn = Boolean(result.budgetWarning || result.decision.reason || result.approvals.mandateShortfall);
    onMessage({ notice: { type: warn ? 'warning' : 'ok', lines: decisionLines(result) }, failed: null });
    onChanged(result);
  };

  return (
    <section className="dbk-workflow" aria-labelledby="besluitvorming">
      {/* A landing target (#besluitvorming): focusable so a link from Mijn acties can put focus here. */}
      <h2 className="utrecht-heading-2 dbk-heading-2 dbk-workflow__heading" id="besluitvorming" tabIndex={-1}>
        Besluitvorming
      </h2>
      {view.data ? (
        <Body
          view={view.data}
          planId={planId}
          locked={locked}
          notice={notice}
          failed={failed}
          onMoved={(plan, to) => {
            onMessage({ notice: { type: 'ok', lines: [`Het plan heeft nu status ‘${label(to)}’.`] }, failed: null });
            onChanged(plan);
          }}
          onFailed={(error) => onMessage({ notice: null, failed: error })}
          onDecided={decided}
          onAskUnlock={() => setConfirmUnlock(true)}
        />
      ) : view.error ? (
        <LoadError what="De besluitvorming" error={view.error} onRetry={() => void view.refetch()} />
      ) : (
        <Loading>De besluitvorming wordt geladen…</Loading>
      )}
      <ConfirmDialog
        open={confirmUnlock}
        title="Goedgekeurd plan wijzigen?"
        confirmLabel="Plan wijzigen"
        onCancel={() => setConfirmUnlock(false)}
        onConfirm={() => {
          setConfirmUnlock(false);
          onUnlock();
        }}
      >
        <p className="utrecht-paragraph dbk-paragraph">
          Zodra u iets wijzigt, gaat het plan terug naar ‘Geagendeerd’, vervallen alle goedkeuringen en komt het vastgelegde maatwerkbudget vrij. Het plan
          moet dan opnieuw worden goedgekeurd.
        </p>
      </ConfirmDialog>
    </section>
  );
}

interface BodyProps {
  view: PlanWorkflow;
  planId: string;
  locked: boolean;
  notice: { type: 'ok' | 'warning'; lines: string[] } | null;
  failed: ApiError | null;
  onMoved: (plan: Plan, to: string) => void;
  onFailed: (error: ApiError) => void;
  onDecided: (result: DecisionResult) => void;
  onAskUnlock: () => void;
}

function Body({ view, planId, locked, notice, failed, onMoved, onFailed, onDecided, onAskUnlock }: BodyProps) {
  const { status, approvals } = view;
  const current = LOOP.findIndex((step) => step.status === status);
  const tabling = status === 'draft' || status === 'sparring';
  const decideHere = status === 'scheduled' && view.canDecide;
  return (
    <>
      <p className="utrecht-paragraph dbk-paragraph">
        Status: <strong>{label(status)}</strong>. Werkwijze: {view.settings.presetLabel}.
      </p>
      <p className="utrecht-paragraph dbk-paragraph dbk-workflow__meta">
        Laatst gewijzigd op {formatMoment(view.savedAt)}
        {view.savedByName ? ` door ${view.savedByName}` : ''}.
      </p>
      <SessionLine session={view.session} status={status} />
      <ol className="dbk-workflow__steps" aria-label="Stappen van concept tot afsluiting">
        {LOOP.map((step, index) => (
          <li
            key={step.status}
            aria-current={step.status === status ? 'step' : undefined}
            className={`dbk-workflow__step${index < current ? ' dbk-workflow__step--done' : ''}${step.status === status ? ' dbk-workflow__step--current' : ''}`}
          >
            {step.label}
            {index < current ? <span className="dbk-visually-hidden"> (gedaan)</span> : null}
          </li>
        ))}
      </ol>
      {status === 'rejected' || status === 'withdrawn' ? (
        <p className="utrecht-paragraph dbk-paragraph">Dit plan is {label(status).toLowerCase()}; de lus is beëindigd.</p>
      ) : null}
      {notice ? (
        <Alert type={notice.type} role="status">
          {notice.lines.map((line) => (
            <p key={line} className="utrecht-paragraph dbk-paragraph">
              {line}
            </p>
          ))}
        </Alert>
      ) : null}
      {failed ? (
        <Alert type="error" heading={failed.detail || failed.title} role="alert">
          {failed.errors.length > 0 ? <FieldLinks errors={failed.errors.filter((e) => e.path !== 'to')} /> : null}
          {failed.fieldError('to') ? <p className="utrecht-paragraph dbk-paragraph">{failed.fieldError('to')}</p> : null}
        </Alert>
      ) : null}
      {tabling && view.completeness.length > 0 ? (
        <>
          <Heading3 id="nog-nodig">Nog nodig voor de doorbraaktafel</Heading3>
          <FieldLinks errors={view.completeness} />
        </>
      ) : tabling ? (
        <p className="utrecht-paragraph dbk-paragraph">Het plan is compleet genoeg voor de doorbraaktafel.</p>
      ) : null}
      <TransitionButtons planId={planId} steps={view.allowedTransitions} onMoved={(plan, step) => onMoved(plan, step.to)} onError={onFailed} />
      {status === 'approved' && locked ? (
        <div className="dbk-workflow__lock">
          <p className="utrecht-paragraph dbk-paragraph">Het canvas van dit goedgekeurde plan staat vast.</p>
          <Button appearance="secondary" onClick={onAskUnlock}>
            Plan wijzigen
          </Button>
        </div>
      ) : locked && status !== 'approved' ? (
        <p className="utrecht-paragraph dbk-paragraph">Dit plan kan niet meer worden gewijzigd.</p>
      ) : null}
      {status === 'scheduled' || status === 'approved' ? (
        <>
          <Heading3 id="goedkeuringen">Goedkeuringen</Heading3>
          <p className="utrecht-paragraph dbk-paragraph dbk-workflow__count">
            <strong>
              {approvals.counted} van {approvals.required} goedkeuringen
            </strong>
          </p>
          {approvals.mandateShortfall ? <p className="utrecht-paragraph dbk-paragraph">{approvals.mandateShortfall}</p> : null}
        </>
      ) : null}
      {status === 'scheduled' ? (
        // A landing target (#besluit, from Mijn acties): the form's first choice, or why this user cannot decide.
        <div id={ACTION_ANCHORS.decision}>
          {decideHere ? (
            <DecisionForm planId={planId} onDecided={onDecided} />
          ) : view.cannotDecideReason ? (
            <p className="utrecht-paragraph dbk-paragraph dbk-workflow__why">{view.cannotDecideReason}</p>
          ) : null}
        </div>
      ) : null}
      <Heading3 id="besluiten">Besluiten</Heading3>
      <DecisionList decisions={approvals.decisions} version={view.version} />
      {view.history.length > 0 ? (
        <details className="dbk-workflow__history">
          <summary>Geschiedenis ({view.history.length})</summary>
          <ol className="utrecht-ordered-list">
            {view.history.map((entry, index) => (
              <li key={index} className="utrecht-ordered-list__item">
                {formatMoment(entry.at)}: {label(entry.from)} → {label(entry.to)}
                {entry.userName ? `, door ${entry.userName}` : ''}
                {entry.reason ? ` (${entry.reason})` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}

/** "Op de agenda van de Doorbraaktafel van dinsdag 8 december 2026, 10:30–10:50", with a link to that session. */
function SessionLine({ session, status }: { session: PlanWorkflow['session']; status: string }) {
  if (!session) {
    if (status !== 'sparring' && status !== 'scheduled') return null;
    return <p className="utrecht-paragraph dbk-paragraph dbk-workflow__session">Het plan staat nog niet op de agenda van een tafel.</p>;
  }
  return (
    <p className="utrecht-paragraph dbk-paragraph dbk-workflow__session">
      Op de agenda van de {session.tableName} van {formatSlot(session.date, session.startsAt, session.endsAt)}.{' '}
      <TextLink href={`/tafels/sessies/${encodeURIComponent(session.sessionId)}`}>Naar de zitting</TextLink>
    </p>
  );
}
