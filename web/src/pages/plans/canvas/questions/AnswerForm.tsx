import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { answerBody } from '../../../../../../src/tables/tables.contract';
import { ApiError } from '../../../../http/client';
import { applyServerErrors, useZodForm } from '../../../../forms/useZodForm';
import { Button } from '../../../../components/Button';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { TextAreaField } from '../../../../components/TextAreaField';
import { formProblem } from '../../../../forms/formErrors';
import { questionsApi, type PlanQuestion } from './questionsApi';

export function AnswerForm({ question, onAnswered }: { question: PlanQuestion; onAnswered: (answered: PlanQuestion) => void }) {
  const form = useZodForm(answerBody, { answer: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const answer = useMutation({ mutationFn: (text: string) => questionsApi.answer(question.id, text) });
  const id = `antwoord-${question.id}`;

  const submit = form.handleSubmit(
    async (values) => {
      setError(null);
      try {
        onAnswered(await answer.mutateAsync(values.answer));
      } catch (caught) {
        applyServerErrors(form, caught, ['answer']);
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
        // A 409 (answered in between) keeps the typed answer in the field, with the reason above it.
      }
    },
    (errors) => setError(formProblem(errors)),
  );

  return (
    <form className="utrecht-form dbk-question__answer" noValidate onSubmit={(event) => void submit(event)} aria-label={`Antwoord op: ${question.question}`}>
      <ErrorSummary error={error} fields={{ answer: { id, label: 'Antwoord' } }} />
      <Controller
        control={form.control}
        name="answer"
        render={({ field, fieldState }) => (
          <TextAreaField id={id} label="Antwoord" value={field.value} onChange={field.onChange} textAreaRef={field.ref} rows={2} error={fieldState.error?.message} />
        )}
      />
      <Button type="submit" appearance="secondary" busy={answer.isPending}>
        Antwoord opslaan
      </Button>
    </form>
  );
}
