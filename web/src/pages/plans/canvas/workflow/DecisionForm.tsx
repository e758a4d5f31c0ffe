import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { decisionBody } from '../../../../../../src/workflow/workflow.contract';
import { ApiError } from '../../../../http/client';
import { applyServerErrors, useZodForm } from '../../../../forms/useZodForm';
import { Button } from '../../../../components/Button';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { Fieldset } from '../../../../components/FormField';
import { TextAreaField } from '../../../../components/TextAreaField';
import { formProblem } from '../../../../forms/formErrors';
import { workflowApi, type DecisionKind, type DecisionResult } from '../../../workflow/workflowApi';
import { DECISION_LABELS } from './steps';
import './workflow.css';

const KINDS = decisionBody.shape.decision.options;

/** The contract's decision and note; a decision must be chosen (the server asks for a note where needed). */
const decisionForm = z.object({
  decision: z.enum(KINDS, { error: 'Kies goedkeuren, terug naar concept of afwijzen.' }),
  note: decisionBody.shape.note,
});
const FIELD_NAMES = ['decision', 'note'] as const;

interface Props {
  planId: string;
  onDecided: (result: DecisionResult) => void;
  /** At a table: the session the decision is taken in, and the case it is about (several forms on one page). */
  atTable?: { sessionId: string; caseNumber: string };
}

/** Goedkeuren, terug naar concept of afwijzen, with a note (required for the latter two). */
export function DecisionForm({ planId, onDecided, atTable }: Props) {
  const form = useZodForm(decisionForm, { note: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const decide = useMutation({
    mutationFn: ({ decision, note }: { decision: DecisionKind; note: string }) => workflowApi.decide(planId, decision, note, atTable?.sessionId),
  });
  const prefix = atTable ? `besluit-${planId}` : 'besluit';
  const FIELDS = { decision: { id: `${prefix}-keuze`, label: 'Uw besluit' }, note: { id: `${prefix}-toelichting`, label: 'Toelichting' } };

  const submit = form.handleSubmit(
    async (values) => {
      setError(null);
      setDone('');
      try {
        const result = await decide.mutateAsync(values);
        if (atTable) setDone(`Uw besluit over casus ${atTable.caseNumber} is vastgelegd: ${DECISION_LABELS[values.decision]}.`);
        form.reset({ note: '' });
        onDecided(result);
      } catch (caught) {
        applyServerErrors(form, caught, FIELD_NAMES);
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
      }
    },
    (errors) => setError(formProblem(errors, undefined, 'Kies een besluit.')),
  );

  return (
    <form
      className="utrecht-form dbk-workflow__decide"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={atTable ? `Besluit over casus ${atTable.caseNumber}` : 'Besluit over dit plan'}
    >
      <ErrorSummary error={error} fields={FIELDS} />
      <Controller
        control={form.control}
        name="decision"
        render={({ field, fieldState }) => (
          <Fieldset id={FIELDS.decision.id} legend={FIELDS.decision.label} error={fieldState.error?.message}>
            {KINDS.map((kind) => (
              <div key={kind} className="utrecht-form-field utrecht-form-field--radio dbk-workflow__choice">
                <input
                  type="radio"
                  id={`${prefix}-${kind}`}
                  name={`${prefix}-keuze`}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  value={kind}
                  checked={field.value === kind}
                  onChange={() => field.onChange(kind)}
                />
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${prefix}-${kind}`}>
                  {DECISION_LABELS[kind]}
                </label>
              </div>
            ))}
          </Fieldset>
        )}
      />
      <Controller
        control={form.control}
        name="note"
        render={({ field, fieldState }) => (
          <TextAreaField
            id={FIELDS.note.id}
            label={FIELDS.note.label}
            description="Verplicht bij terug naar concept en afwijzen."
            value={field.value ?? ''}
            onChange={field.onChange}
            textAreaRef={field.ref}
            rows={3}
            error={fieldState.error?.message}
          />
        )}
      />
      <Button type="submit" appearance={atTable ? 'secondary' : 'primary'} busy={decide.isPending}>
        Besluit vastleggen
      </Button>
      {atTable && (
        <p className="utrecht-paragraph dbk-live" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
