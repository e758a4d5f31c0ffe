import { useQuery, useQueryClient } from '@tanstack/react-query';
import { formatEuro } from '../../../../src/shared/money';
import { ApiError } from '../../http/client';
import { Heading2, Heading3, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { can, useUser } from '../../session';
import { PlanQuestions } from '../plans/canvas/questions/PlanQuestions';
import { AgendaBuilder } from './AgendaBuilder';
import { DecisionForm } from '../plans/canvas/workflow/DecisionForm';
import { MinutesForm } from './MinutesForm';
import { agendaPdfUrl, tablesApi, tablesKeys, type SessionDetail } from './tablesApi';
import { decisionLabel, presentationPath, sessionDate, statusLabel, tablePath } from './tablesFormat';
import './tables.css';

function AgendaReadOnly({ detail }: { detail: SessionDetail }) {
  if (detail.agenda.length === 0) return <Paragraph>Er staan nog geen casussen op de agenda.</Paragraph>;
  return (
    <>
      <Table caption="Agenda: casussen in volgorde van bespreking">
        <TableHead columns={['#', 'Tijd', 'Casus', 'Status', 'Minuten', 'Maatwerk']} />
        <TableBody>
          {detail.agenda.map((item, index) => (
            <Row key={item.planId}>
              <Cell>{index + 1}</Cell>
              <Cell>
                {item.startsAt}–{item.endsAt}
              </Cell>
              <Cell header>Casus {item.caseNumber}</Cell>
              <Cell>{statusLabel(item.status)}</Cell>
              <Cell>{item.slotMinutes}</Cell>
              <Cell>{formatEuro(item.kba.planCents)}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <p className="utrecht-paragraph">Totale duur: {detail.session.totalMinutes} minuten.</p>
    </>
  );
}

export function SessionPage({ id }: { id: string }) {
  const me = useUser();
  const queryClient = useQueryClient();
  const data = useQuery({ queryKey: tablesKeys.session(id), queryFn: () => tablesApi.session(id) });
  const reload = () => void data.refetch();
  const detail = data.data;
  const title = detail ? `${detail.table.name} ${sessionDate(detail.session.date)}` : 'Sessie';
  usePageTitle(title);
  const manage = can(me, 'tables.manage');

  if (!detail) {
    return (
      <>
        <PageHeading>Sessie</PageHeading>
        {data.error ? <LoadError what="De sessie" error={data.error} onRetry={data.error instanceof ApiError && data.error.status === 404 ? undefined : reload} /> : <Loading>De sessie wordt geladen…</Loading>}
      </>
    );
  }
  const { session } = detail;
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="utrecht-paragraph">
        <TextLink href={tablePath(detail.table.id)}>Alle sessies van {detail.table.name}</TextLink>
      </p>
      <Paragraph>
        Begint om {session.startTime}
        {detail.agenda.length > 0 ? `, eindigt om ${session.endTime}` : ''}.
      </Paragraph>
      <p className="dbk-actions dbk-session-links">
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link" href={agendaPdfUrl(session.id)} download>
          Agenda en canvassen (PDF)
        </a>{' '}
        {detail.agenda.length > 0 ? (
          <TextLink href={presentationPath(session.id)}>Presentatie starten</TextLink>
        ) : null}
      </p>

      <Heading2>Agenda</Heading2>
      {manage ? <AgendaBuilder key={session.id} detail={detail} onSaved={(saved) => queryClient.setQueryData(tablesKeys.session(id), saved)} /> : <AgendaReadOnly detail={detail} />}

      {detail.agenda.length > 0 ? (
        <>
          <Heading2>Casussen</Heading2>
          {detail.agenda.map((item) => (
            <section key={item.planId} className="dbk-session-case" aria-labelledby={`casus-${item.planId}`}>
              <Heading3 id={`casus-${item.planId}`}>
                Casus {item.caseNumber} ({item.startsAt}–{item.endsAt})
              </Heading3>
              <p className="utrecht-paragraph">
                {statusLabel(item.status)} · maatwerk {formatEuro(item.kba.planCents)} · rendement {formatEuro(item.kba.returnCents)} · uit maatwerkbudget{' '}
                {formatEuro(item.kba.maatwerkbudgetCents)} · <TextLink href={`/plannen/${item.planId}`}>Canvas van casus {item.caseNumber}</TextLink>
              </p>
              <PlanQuestions planId={item.planId} sessionId={session.id} allowAsk headingLevel={4} />
              {can(me, 'plans.decide') && item.status === 'scheduled' ? (
                <>
                  <h4 className="utrecht-heading-4">Besluit</h4>
                  <DecisionForm planId={item.planId} atTable={{ sessionId: session.id, caseNumber: item.caseNumber }} onDecided={reload} />
                </>
              ) : null}
            </section>
          ))}
        </>
      ) : null}

      <Heading2>Besluiten in deze sessie</Heading2>
      {detail.decisions.length === 0 ? (
        <Paragraph>Er zijn in deze sessie nog geen besluiten genomen.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {detail.decisions.map((d) => (
            <li key={d.id} className="utrecht-unordered-list__item">
              Casus {d.caseNumber ?? '?'}: {decisionLabel(d.decision)} door {d.userName ?? 'onbekend'}
              {d.note ? ` – ${d.note}` : ''}
              {d.voided ? ' (vervallen na een wijziging)' : !d.counts ? ' (telt niet mee)' : ''}
            </li>
          ))}
        </ul>
      )}

      <Heading2>Verslag</Heading2>
      <MinutesForm key={session.id} sessionId={session.id} minutes={session.minutes} version={session.version} editable={manage} />
    </>
  );
}
