import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../../http/client';
import { Button } from '../../../../components/Button';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../../components/FormField';
import { TextAreaField } from '../../../../components/TextAreaField';
import { useResource } from '../../../../useResource';
import { questionsApi, type PlanQuestion } from './questionsApi';

/** In a week, as the spar-tafel agrees: "answered by next week". */
function nextWeek(): string {
  const date = new Date(Date.now() + 7 * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

export function AskQuestionForm({ planId, sessionId, onAsked }: { planId: string; sessionId?: string; onAsked: (question: PlanQuestion) => void }) {
  const colleagues = useResource(() => questionsApi.colleagues().then((r) => r.items));
  const [question, setQuestion] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [dueDate, setDueDate] = useState(nextWeek);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const prefix = `vraag-${planId}`;
  const fields = {
    question: { id: `${prefix}-tekst`, label: 'Vraag' },
    assigneeId: { id: `${prefix}-wie`, label: 'Wie beantwoordt de vraag?' },
    dueDate: { id: `${prefix}-datum`, label: 'Uiterlijk beantwoord op' },
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone('');
    try {
      const asked = await questionsApi.ask(planId, { question, assigneeId, dueDate, ...(sessionId ? { sessionId } : {}) });
      setQuestion('');
      setDone(`De vraag is toegevoegd voor ${asked.assigneeName ?? 'de collega'}.`);
      onAsked(asked);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
    } finally {
      setBusy(false);
    }
  };

  const options = [{ value: '', label: 'Kies een collega' }, ...(colleagues.data ?? []).map((c) => ({ value: c.id, label: c.name }))];
  return (
    <form className="utrecht-form dbk-question-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Vraag toevoegen">
      <ErrorSummary error={error} fields={fields} />
      <TextAreaField id={fields.question.id} label={fields.question.label} value={question} onChange={setQuestion} rows={2} error={error?.fieldError('question')} />
      <SelectField id={fields.assigneeId.id} label={fields.assigneeId.label} value={assigneeId} onChange={setAssigneeId} options={options} error={error?.fieldError('assigneeId')} />
      <TextField id={fields.dueDate.id} label={fields.dueDate.label} type="date" value={dueDate} onChange={setDueDate} error={error?.fieldError('dueDate')} size="narrow" />
      <Button type="submit" appearance="secondary" busy={busy}>
        Vraag toevoegen
      </Button>
      <p className="utrecht-paragraph dbk-live" role="status">
        {done}
      </p>
    </form>
  );
}
