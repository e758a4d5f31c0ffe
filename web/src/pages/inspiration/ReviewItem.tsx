import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { reviewBody } from '../../../../src/inspiration/inspiration.contract';
import { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { TextAreaField } from '../../components/TextAreaField';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { bindField } from '../library/bindField';
import { SolutionCard } from './SolutionCard';
import { inspirationApi, type Solution } from './inspirationApi';

/** The reviewer's note; the decision is the button they press. */
const reviewForm = reviewBody.pick({ note: true });

/**
 * A pending solution of the own municipality: a second maatwerker publishes or rejects it. The
 * submitter sees why the buttons are missing (four eyes on every anonymisation).
 */
export function ReviewItem({ solution, onDone }: { solution: Solution; onDone: (solution: Solution) => void }) {
  const form = useZodForm(reviewForm, { note: '' });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const review = useMutation({ mutationFn: (body: { decision: 'approve' | 'reject'; note: string }) => inspirationApi.review(solution.id, body) });
  const noteId = `beoordeling-${solution.id}`;

  const decide = (decision: 'approve' | 'reject') =>
    form.handleSubmit(async ({ note }) => {
      setFailure(null);
      try {
        onDone(await review.mutateAsync({ decision, note }));
      } catch (caught) {
        applyServerErrors(form, caught, ['note']);
        setFailure(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
      }
    })();

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
            {...bindField(form, 'note')}
            rows={2}
          />
          {failure && !failure.fieldError('note') ? (
            <Alert type="error" role="alert">
              <p className="utrecht-paragraph">{failure.message}</p>
            </Alert>
          ) : null}
          <ButtonGroup>
            <Button appearance="primary" busy={review.isPending} onClick={() => void decide('approve')}>
              Publiceren in de regio
            </Button>
            <Button busy={review.isPending} onClick={() => void decide('reject')}>
              Afwijzen
            </Button>
          </ButtonGroup>
        </>
      )}
    </SolutionCard>
  );
}
