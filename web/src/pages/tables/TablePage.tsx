import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../http/client';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { tablesApi, tablesKeys, type SessionSummary } from './tablesApi';
import { kindLabel, rhythm, sessionDate, sessionPath } from './tablesFormat';
import './tables.css';

function Sessions({ caption, sessions }: { caption: string; sessions: SessionSummary[] }) {
  if (sessions.length === 0) return <Paragraph>Geen sessies.</Paragraph>;
  return (
    <Table caption={caption} captionHidden>
      <TableHead columns={['Datum', 'Tijd', 'Agenda', 'Verslag']} />
      <TableBody>
        {sessions.map((s) => (
          <Row key={s.id}>
            <Cell header>
              <TextLink href={sessionPath(s.id)}>{sessionDate(s.date)}</TextLink>
            </Cell>
            <Cell>{s.startTime}</Cell>
            <Cell>{s.agendaCount === 0 ? 'Nog leeg' : `${s.agendaCount} ${s.agendaCount === 1 ? 'casus' : 'casussen'}`}</Cell>
            <Cell>{s.hasMinutes ? 'Ja' : 'Nee'}</Cell>
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}

export function TablePage({ id }: { id: string }) {
  const data = useQuery({ queryKey: tablesKeys.table(id), queryFn: () => tablesApi.sessions(id) });
  usePageTitle(data.data ? data.data.table.name : 'Tafel');
  return (
    <>
      <PageHeading>{data.data ? data.data.table.name : 'Tafel'}</PageHeading>
      <p className="utrecht-paragraph">
        <TextLink href="/tafels">Alle tafels</TextLink>
      </p>
      {data.data ? (
        <>
          <Paragraph>
            {kindLabel(data.data.table.kind)}, {rhythm(data.data.table)}.{data.data.table.active ? '' : ' Deze tafel is niet actief: er komen geen nieuwe sessies bij.'}
          </Paragraph>
          <Heading2>Komende sessies</Heading2>
          <Sessions caption="Komende sessies" sessions={data.data.upcoming} />
          <Heading2>Eerdere sessies</Heading2>
          <Sessions caption="Eerdere sessies" sessions={data.data.past} />
        </>
      ) : data.error ? (
        <LoadError what="De sessies" error={data.error} onRetry={data.error instanceof ApiError && data.error.status === 404 ? undefined : () => void data.refetch()} />
      ) : (
        <Loading>De sessies worden geladen…</Loading>
      )}
    </>
  );
}
