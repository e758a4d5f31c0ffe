import { useState } from 'react';
import type { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { TextAreaField } from '../../components/TextAreaField';
import { SolutionCard } from './SolutionCard';
import { inspirationApi, type Solution } from './inspirationApi';

/**
 * A pending solution of the own municipality: a second maatwerker publishes or rejects it. The
 * submitter sees why the buttons are missing (four eyes on every anonymisation).
 */
export function ReviewItem({ solution, onDone }: { solution: Solution; onDone: (solution: Solution) => void }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const noteId = `beoordeling-${solution.id}`;

  const decide = async (decision: 'approve' | 'reject') => {
    setBusy(true);
    setError(null);
    try {
      onDone(await inspirationApi.review(solution.id, decision, note));
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SolutionCard solution={solution}>
      {solution.mine ? (
        <p className="utrecht-paragraph">
          <em>U heeft deze oplossing zelf ingediend. Een andere maatwerker beoordeelt haar, zodat altijd twee mensen de anonimisering controleren.</em>
        </p>
      ) : (
        <>
          <TextAreaField
            id={noteId}
            label="Toelichting bij uw beoordeling"
            description="Optioneel. Bij afwijzen: wat moet anders? Noem geen namen of nummers."
            value={note}
            onChange={setNote}
            rows={2}
            error={error?.fieldError('note')}
          />
          {error && !error.fieldError('note') ? (
            <Alert type="error" role="alert">
              <p className="utrecht-paragraph">{error.message}</p>
            </Alert>
          ) : null}
          <ButtonGroup>
            <Button appearance="primary" busy={busy} onClick={() => void decide('approve')}>
              Publiceren in de regio
            </Button>
            <Button busy={busy} onClick={() => void decide('reject')}>
              Afwijzen
            </Button>
          </ButtonGroup>
        </>
      )}
    </SolutionCard>
  );
}
