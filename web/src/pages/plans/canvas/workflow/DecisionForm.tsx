import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../../http/client';
import { Button } from '../../../../components/Button';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { Fieldset } from '../../../../components/FormField';
import { TextAreaField } from '../../../../components/TextAreaField';
import { workflowApi, type DecisionKind, type DecisionResult } from '../../../workflow/workflowApi';
import { DECISION_LABELS } from './steps';

const KINDS = Object.keys(DECISION_LABELS) as DecisionKind[];

interface Props {
  planId: string;
  onDecided: (result: DecisionResult) => void;
  /** At a table: the session the decision is taken in, and the case it is about (several forms on one page). */
  atTable?: { sessionId: string; caseNumber: string };
}

/** Goedkeuren, terug naar concept of afwijzen, with a note (required for the latter two). */
export function DecisionForm({ planId, onDecided, atTable }: Props) {
  const [decision, setDecision] = useState<DecisionKind | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const prefix = atTable ? `besluit-${planId}` : 'besluit';
  const FIELDS = { decision: { id: `${prefix}-keuze`, label: 'Uw besluit' }, note: { id: `${prefix}-toelichting`, label: 'Toelichting' } };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!decision) {
      setError(new ApiError(422, 'De invoer is niet geldig.', 'Kies een besluit.', [{ path: 'decision', message: 'Kies goedkeuren, terug naar concept of afwijzen.' }]));
      return;
    }
    setBusy(true);
    setError(null);
    setDone('');
    try {
      const result = await workflowApi.decide(planId, decision, note, atTable?.sessionId);
      if (atTable) setDone(`Uw besluit over casus ${atTable.caseNumber} is vastgelegd: ${DECISION_LABELS[decision]}.`);
      setDecision('');
      setNote('');
      onDecided(result);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="utrecht-form dbk-workflow__decide"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={atTable ? `Besluit over casus ${atTable.caseNumber}` : 'Besluit over dit plan'}
    >
      <ErrorSummary error={error} fields={FIELDS} />
      <Fieldset id={FIELDS.decision.id} legend={FIELDS.decision.label} error={error?.fieldError('decision')}>
        {KINDS.map((kind) => (
          <div key={kind} className="utrecht-form-field utrecht-form-field--radio dbk-field dbk-field--radio">
            <input
              type="radio"
              id={`${prefix}-${kind}`}
              name={`${prefix}-keuze`}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              value={kind}
              checked={decision === kind}
              onChange={() => setDecision(kind)}
            />{' '}
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${prefix}-${kind}`}>
              {DECISION_LABELS[kind]}
            </label>
          </div>
        ))}
      </Fieldset>
      <TextAreaField
        id={FIELDS.note.id}
        label={FIELDS.note.label}
        description="Verplicht bij terug naar concept en afwijzen."
        value={note}
        onChange={setNote}
        rows={3}
        error={error?.fieldError('note')}
      />
      <Button type="submit" appearance={atTable ? 'secondary' : 'primary'} busy={busy}>
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
