import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { questionBody } from '../../../../../../src/tables/tables.contract';
import { ApiError } from '../../../../http/client';
import { applyServerErrors, useZodForm } from '../../../../forms/useZodForm';
import { Button } from '../../../../components/Button';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../../components/FormField';
import { TextAreaField } from '../../../../components/TextAreaField';
import { formProblem } from '../../../../forms/formErrors';
import { questionsApi, questionsKeys, type PlanQuestion, type QuestionInput } from './questionsApi';

/** In a week, as the spar-tafel agrees: "answered by next week". */
function nextWeek(): string {
  const date = new Date(Date.now() + 7 * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

/** The form asks what the contract takes; the session comes from where the form is shown. */
const askSchema = questionBody.omit({ sessionId: true });

export function AskQuestionForm({ planId, sessionId, onAsked }: { planId: string; sessionId?: string; onAsked: (question: PlanQuestion) => void }) {
  const colleagues = useQuery({ queryKey: questionsKeys.colleagues, queryFn: () => questionsApi.colleagues().then((r) => r.items) });
  const form = useZodForm(askSchema, { question: '', assigneeId: '', dueDate: nextWeek() });
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const ask = useMutation({ mutationFn: (body: QuestionInput) => questionsApi.ask(planId, body) });
  const prefix = `vraag-${planId}`;
  const fields = {
    question: { id: `${prefix}-tekst`, label: 'Vraag' },
    assigneeId: { id: `${prefix}-wie`, label: 'Wie beantwoordt de vraag?' },
    dueDate: { id: `${prefix}-datum`, label: 'Uiterlijk beantwoord op' },
  };

  const submit = form.handleSubmit(
    async (values) => {
      setError(null);
      setDone('');
      try {
        const asked = await ask.mutateAsync({ ...values, ...(sessionId ? { sessionId } : {}) });
        form.setValue('question', '');
        setDone(`De vraag is toegevoegd voor ${asked.assigneeName ?? 'de collega'}.`);
        onAsked(asked);
      } catch (caught) {
        applyServerErrors(form, caught, ['question', 'assigneeId', 'dueDate']);
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
      }
    },
    (errors) => {
      setDone('');
      setError(formProblem(errors));
    },
  );

  const options = [{ value: '', label: 'Kies een collega' }, ...(colleagues.data ?? []).map((c) => ({ value: c.id, label: c.name }))];
  return (
    <form className="utrecht-form dbk-question-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Vraag toevoegen">
      <ErrorSummary error={error} fields={fields} />
      <Controller
        control={form.control}
        name="question"
        render={({ field, fieldState }) => (
          <TextAreaField id={fields.question.id} label={fields.question.label} value={field.value} onChange={field.onChange} textAreaRef={field.ref} rows={2} error={fieldState.error?.message} />
        )}
      />
      <Controller
        control={form.control}
        name="assigneeId"
        render={({ field, fieldState }) => (
          <SelectField id={fields.assigneeId.id} label={fields.assigneeId.label} value={field.value} onChange={field.onChange} options={options} error={fieldState.error?.message} />
        )}
      />
      <Controller
        control={form.control}
        name="dueDate"
        render={({ field, fieldState }) => (
          <TextField id={fields.dueDate.id} label={fields.dueDate.label} type="date" value={field.value} onChange={field.onChange} inputRef={field.ref} error={fieldState.error?.message} size="narrow" />
        )}
      />
      <Button type="submit" appearance="secondary" busy={ask.isPending}>
        Vraag toevoegen
      </Button>
      <p className="utrecht-paragraph dbk-live" role="status">
        {done}
      </p>
    </form>
  );
}
