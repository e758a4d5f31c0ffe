import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { StatusBadge } from '../../components/StatusBadge';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { can, useUser } from '../../session';
import { TableForm } from './TableForm';
import { tablesApi, tablesKeys, type MeetingTable } from './tablesApi';
import { kindLabel, rhythm, sessionDate, sessionPath, tablePath } from './tablesFormat';
import './tables.css';

export function TablesPage() {
  usePageTitle('Tafels');
  const me = useUser();
  const queryClient = useQueryClient();
  const tables = useQuery({ queryKey: tablesKeys.list, queryFn: () => tablesApi.list().then((r) => r.items) });
  const [editing, setEditing] = useState<MeetingTable | 'new' | null>(null);
  const [notice, setNotice] = useState('');
  const manage = can(me, 'tables.manage');

  const saved = (table: MeetingTable) => {
    setNotice(editing === 'new' ? `${table.name} is toegevoegd.` : `${table.name} is gewijzigd.`);
    setEditing(null);
    void queryClient.invalidateQueries({ queryKey: tablesKeys.all });
  };

  return (
    <>
      <PageHeading>Tafels</PageHeading>
      <Paragraph>
        De vaste overleggen waar plannen worden besproken: de spar-tafel scherpt plannen aan, de doorbraaktafel of maatwerkcommissie besluit. Elke
        tafel heeft een vast ritme; de komende sessies staan klaar om een agenda te maken.
      </Paragraph>
      <div className="dbk-live" role="status">
        {notice ? <Alert type="ok">{notice}</Alert> : null}
      </div>
      {manage && editing === null ? (
        <p className="dbk-actions">
          <Button appearance="primary" onClick={() => setEditing('new')}>
            Tafel toevoegen
          </Button>
        </p>
      ) : null}
      {manage && editing !== null ? (
        <TableForm key={editing === 'new' ? 'new' : editing.id} table={editing === 'new' ? undefined : editing} onSaved={saved} onCancel={() => setEditing(null)} />
      ) : null}
      {tables.data ? (
        tables.data.length === 0 ? (
          <Paragraph>Er zijn nog geen tafels.</Paragraph>
        ) : (
          <Table caption="Tafels van uw gemeente">
            <TableHead columns={['Tafel', 'Soort', 'Ritme', 'Volgende sessie', 'Status', ...(manage ? ['Acties'] : [])]} />
            <TableBody>
              {tables.data.map((table) => (
                <Row key={table.id}>
                  <Cell header>
                    <TextLink href={tablePath(table.id)}>{table.name}</TextLink>
                  </Cell>
                  <Cell>{kindLabel(table.kind)}</Cell>
                  <Cell>{rhythm(table)}</Cell>
                  <Cell>
                    {table.nextSession ? (
                      <TextLink href={sessionPath(table.nextSession.id)}>
                        {sessionDate(table.nextSession.date)} ({table.nextSession.agendaCount} {table.nextSession.agendaCount === 1 ? 'casus' : 'casussen'})
                      </TextLink>
                    ) : (
                      'Geen'
                    )}
                  </Cell>
                  <Cell>{table.active ? <StatusBadge status="active">Actief</StatusBadge> : <StatusBadge status="inactive">Inactief</StatusBadge>}</Cell>
                  {manage ? (
                    <Cell>
                      <Button appearance="subtle" onClick={() => setEditing(table)} aria-label={`${table.name} wijzigen`}>
                        Wijzigen
                      </Button>
                    </Cell>
                  ) : null}
                </Row>
              ))}
            </TableBody>
          </Table>
        )
      ) : tables.error ? (
        <LoadError what="De tafels" error={tables.error} onRetry={() => void tables.refetch()} />
      ) : (
        <Loading>De tafels worden geladen…</Loading>
      )}
    </>
  );
}
