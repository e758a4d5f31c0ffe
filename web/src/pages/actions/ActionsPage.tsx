import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { actionsApi, actionsKey, type MyActions } from './actionsApi';
import { decisionHref, dueText, formatIsoDate, measurementHref, measurementTitle, questionHref } from './actionsFormat';
import './actions.css';

function Section({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>
        {title} ({count})
      </Heading2>
      {count === 0 ? <Paragraph>{empty}</Paragraph> : <ul className="dbk-action-list">{children}</ul>}
    </section>
  );
}

function Item({ overdue = false, children }: { overdue?: boolean; children: ReactNode }) {
  return <li className={`dbk-action-item${overdue ? ' dbk-action-item--overdue' : ''}`}>{children}</li>;
}

function Due({ date, overdue }: { date: string; overdue: boolean }) {
  return <p className={`utrecht-paragraph${overdue ? ' dbk-action-item__due--overdue' : ''}`}>{dueText(date, overdue)}</p>;
}

function ActionSections({ actions }: { actions: MyActions }) {
  return (
    <>
      <Section id="besluiten" title="Besluiten" count={actions.decisions.length} empty="Er wachten geen plannen op uw besluit.">
        {actions.decisions.map((d) => (
          <Item key={d.planId}>
            <p className="utrecht-paragraph">
              <TextLink href={decisionHref(d.planId)}>Casus {d.caseNumber}</TextLink>: geagendeerd en wacht op uw besluit.
            </p>
            <p className="utrecht-paragraph">Geagendeerd sinds {formatIsoDate(d.since)}</p>
          </Item>
        ))}
      </Section>

      <Section id="vragen" title="Vragen" count={actions.questions.length} empty="Er staan geen vragen voor u open.">
        {actions.questions.map((q) => (
          <Item key={q.id} overdue={q.overdue}>
            <p className="utrecht-paragraph">
              {q.caseNumber ? <TextLink href={questionHref(q.planId, q.id)}>Casus {q.caseNumber}</TextLink> : 'Vraag'}: {q.question}
            </p>
            <Due date={q.dueDate} overdue={q.overdue} />
          </Item>
        ))}
      </Section>

      <Section id="metingen" title="Metingen" count={actions.measurements.length} empty="Er zijn de komende twee weken geen metingen van levenstevredenheid te doen.">
        {actions.measurements.map((m) => (
          <Item key={`${m.planId}-${m.moment}`} overdue={m.overdue}>
            <p className="utrecht-paragraph">
              <TextLink href={measurementHref(m.planId)}>
                {measurementTitle(m.moment)}, casus {m.caseNumber}
              </TextLink>
            </p>
            <Due date={m.dueDate} overdue={m.overdue} />
          </Item>
        ))}
      </Section>

      <section aria-labelledby="budget">
        <Heading2 id="budget">Budget ({actions.budgetWarnings.length})</Heading2>
        {actions.budgetWarnings.length === 0 ? (
          <Paragraph>Er zijn geen waarschuwingen over het maatwerkbudget van dit jaar.</Paragraph>
        ) : (
          <>
            {actions.budgetWarnings.map((w, index) => (
              <Alert key={index} type={w.level === 'error' ? 'error' : 'warning'}>
                <p className="utrecht-paragraph">{w.message}</p>
              </Alert>
            ))}
            <Paragraph>
              <TextLink href="/budget">Naar het maatwerkbudget</TextLink>
            </Paragraph>
          </>
        )}
      </section>
    </>
  );
}

export function ActionsPage() {
  usePageTitle('Mijn acties');
  const actions = useQuery({ queryKey: actionsKey, queryFn: () => actionsApi.mine() });
  // What waits must be current: a list known to be outdated (e.g. after recording a measurement) is not shown while it is read again.
  const current = actions.isFetching && actions.isStale ? undefined : actions.data;
  return (
    <>
      <PageHeading>Mijn acties</PageHeading>
      <Paragraph lead>Wat op u wacht: besluiten aan de tafel, vragen aan u, metingen van levenstevredenheid en waarschuwingen over het budget. Wat te laat is, staat bovenaan.</Paragraph>
      {actions.error ? (
        <LoadError what="Uw acties" error={actions.error} onRetry={() => void actions.refetch()} />
      ) : current ? (
        <ActionSections actions={current} />
      ) : (
        <Loading>Uw acties worden geladen…</Loading>
      )}
    </>
  );
}
