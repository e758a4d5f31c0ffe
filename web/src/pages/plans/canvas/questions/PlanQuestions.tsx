import { useQuery, useQueryClient } from '@tanstack/react-query';
import { StatusBadge } from '../../../../components/StatusBadge';
import { can, useUser } from '../../../../session';
import { actionsKey } from '../../../actions/actionsApi';
import { AnswerForm } from './AnswerForm';
import { AskQuestionForm } from './AskQuestionForm';
import { dueLabel, questionsApi, questionsKeys, type PlanQuestion } from './questionsApi';
import './questions.css';

interface PlanQuestionsProps {
  planId: string;
  /** Questions asked at a table session are linked to it. */
  sessionId?: string;
  /** Show the form to add a question (for those who may). */
  allowAsk?: boolean;
  headingLevel?: 2 | 3 | 4;
  /** The id of the heading, a landing target (the canvas uses `vragen`); several plans on one page need their own. */
  anchorId?: string;
}

/** Open questions about a plan with their assignee and due date, until answered; then kept below as answered. */
export function PlanQuestions({ planId, sessionId, allowAsk = false, headingLevel = 2, anchorId }: PlanQuestionsProps) {
  const me = useUser();
  const queryClient = useQueryClient();
  const questions = useQuery({ queryKey: questionsKeys.plan(planId), queryFn: () => questionsApi.list(planId).then((r) => r.items) });
  const Heading = `h${headingLevel}` as const;
  const headingId = anchorId ?? `vragen-${planId}`;
  const open = (questions.data ?? []).filter((q) => !q.answered);
  const answered = (questions.data ?? []).filter((q) => q.answered);
  /** A question asked or answered here: into this list, and what shows open questions elsewhere reads again. */
  const replace = (question: PlanQuestion) => {
    queryClient.setQueryData<PlanQuestion[]>(questionsKeys.plan(planId), (items = []) => [...items.filter((q) => q.id !== question.id), question]);
    void queryClient.invalidateQueries({ queryKey: ['tables', 'session'] });
    void queryClient.invalidateQueries({ queryKey: actionsKey });
  };
  const mayAnswer = (q: PlanQuestion) => q.assigneeId === me.id || can(me, 'questions.manage');

  return (
    <section className="dbk-questions" aria-labelledby={headingId}>
      <Heading id={headingId} tabIndex={-1} className={`utrecht-heading-${headingLevel}`}>
        Vragen {open.length > 0 ? `(${open.length} open)` : ''}
      </Heading>
      {questions.error ? (
        <p className="utrecht-paragraph" role="alert">
          De vragen konden niet worden geladen: {questions.error.message}
        </p>
      ) : questions.data === undefined ? (
        <p className="utrecht-paragraph" role="status">
          De vragen worden geladen…
        </p>
      ) : open.length === 0 ? (
        <p className="utrecht-paragraph">Er staan geen open vragen.</p>
      ) : (
        <ul className="dbk-question-list">
          {open.map((q) => (
            <li key={q.id} className={`dbk-question${q.overdue ? ' dbk-question--overdue' : ''}`}>
              <p className="utrecht-paragraph dbk-question__text">{q.question}</p>
              <p className="utrecht-paragraph dbk-question__meta">
                Voor {q.assigneeName ?? 'onbekend'} · uiterlijk {dueLabel(q.dueDate)}{' '}
                {q.overdue ? <StatusBadge status="warning">Te laat</StatusBadge> : null}
              </p>
              {mayAnswer(q) ? <AnswerForm question={q} onAnswered={replace} /> : null}
            </li>
          ))}
        </ul>
      )}
      {answered.length > 0 ? (
        <details className="dbk-questions__answered">
          <summary>Beantwoorde vragen ({answered.length})</summary>
          <ul className="dbk-question-list">
            {answered.map((q) => (
              <li key={q.id} className="dbk-question">
                <p className="utrecht-paragraph dbk-question__text">
                  {q.question} <StatusBadge status="active">Beantwoord</StatusBadge>
                </p>
                <p className="utrecht-paragraph">{q.answer}</p>
                <p className="utrecht-paragraph dbk-question__meta">Door {q.answeredByName ?? 'onbekend'}</p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {allowAsk && can(me, 'questions.manage') ? <AskQuestionForm planId={planId} sessionId={sessionId} onAsked={replace} /> : null}
    </section>
  );
}
