import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../../http/client';
import { Button } from '../../../../components/Button';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { TextAreaField } from '../../../../components/TextAreaField';
import { questionsApi, type PlanQuestion } from './questionsApi';

export function AnswerForm({ question, onAnswered }: { question: PlanQuestion; onAnswered: (answered: PlanQuestion) => void }) {
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const id = `antwoord-${question.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onAnswered(await questionsApi.answer(question.id, answer));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form dbk-question__answer" noValidate onSubmit={(event) => void submit(event)} aria-label={`Antwoord op: ${question.question}`}>
      <ErrorSummary error={error} fields={{ answer: { id, label: 'Antwoord' } }} />
      <TextAreaField id={id} label="Antwoord" value={answer} onChange={setAnswer} rows={2} error={error?.fieldError('answer')} />
      <Button type="submit" appearance="secondary" busy={busy}>
        Antwoord opslaan
      </Button>
    </form>
  );
}
