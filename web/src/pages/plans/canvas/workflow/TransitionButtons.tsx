import { useState } from 'react';
import { ApiError } from '../../../../http/client';
import { Button, ButtonGroup } from '../../../../components/Button';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { TextAreaField } from '../../../../components/TextAreaField';
import type { Plan } from '../../planTypes';
import { workflowApi, type PlanWorkflow } from '../../../workflow/workflowApi';

type Step = PlanWorkflow['allowedTransitions'][number];

interface TransitionButtonsProps {
  planId: string;
  steps: PlanWorkflow['allowedTransitions'];
  /** Save what is typed before the plan moves on. */
  beforeMove?: () => void;
  onMoved: (plan: Plan, step: Step) => void;
  onError: (error: ApiError) => void;
}

/** A button per step the user may take; a step that ends the case asks for a reason and a confirmation. */
export function TransitionButtons({ planId, steps, beforeMove, onMoved, onError }: TransitionButtonsProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [asking, setAsking] = useState<Step | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const go = async (step: Step, why?: string) => {
    beforeMove?.();
    setBusy(step.to);
    try {
      const plan = await workflowApi.transition(planId, step.to, why);
      setAsking(null);
      setReason('');
      onMoved(plan, step);
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught));
      if (asking && error.fieldError('reason')) setReasonError(error.fieldError('reason'));
      else {
        setAsking(null);
        onError(error);
      }
    } finally {
      setBusy(null);
    }
  };

  if (steps.length === 0) return null;
  return (
    <>
      <ButtonGroup>
        {steps.map((step) => (
          <Button
            key={step.to}
            appearance={step.to === 'withdrawn' ? 'subtle' : step.to === 'draft' ? 'secondary' : 'primary'}
            busy={busy === step.to}
            onClick={() => {
              if (step.needsReason) {
                setReasonError(undefined);
                setAsking(step);
              } else void go(step);
            }}
          >
            {step.label}
          </Button>
        ))}
      </ButtonGroup>
      <ConfirmDialog
        open={asking !== null}
        title={asking ? `${asking.label}?` : ''}
        confirmLabel={asking?.label ?? 'Bevestigen'}
        busy={busy !== null}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          if (!asking) return;
          if (!reason.trim()) setReasonError('Geef een reden op.');
          else void go(asking, reason.trim());
        }}
      >
        <p className="utrecht-paragraph dbk-paragraph">Het plan stopt hiermee. Wat nog is vastgelegd op het maatwerkbudget komt vrij.</p>
        <TextAreaField id="werkwijze-reden" label="Reden" value={reason} onChange={setReason} rows={3} error={reasonError} />
      </ConfirmDialog>
    </>
  );
}
