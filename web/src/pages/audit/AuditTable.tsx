import type { AuditEvent } from '../../api';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { formatDateTime } from '../../format';
import { actionLabel, describeDetail, entityLabel } from './labels';

interface AuditTableProps {
  events: readonly AuditEvent[];
  /** User id → name, to show who an event is about instead of an id. */
  userNames: ReadonlyMap<string, string>;
  caption: string;
}

export function AuditTable({ events, userNames, caption }: AuditTableProps) {
  return (
    <Table caption={caption}>
      <TableHead columns={['Tijdstip', 'Handeling', 'Door', 'Betreft', 'Details']} />
      <TableBody>
        {events.map((event) => {
          const details = describeDetail(event.detail);
          const subjectName = event.entityType === 'user' && event.entityId ? userNames.get(event.entityId) : undefined;
          return (
            <Row key={event.id}>
              <Cell>
                <time dateTime={event.at} className="dbk-nowrap">
                  {formatDateTime(event.at)}
                </time>
              </Cell>
              <Cell header>
                {actionLabel(event.action)}
                {actionLabel(event.action) !== event.action ? <span className="dbk-code dbk-muted">{event.action}</span> : null}
              </Cell>
              <Cell>{event.actorEmail ?? <span className="dbk-muted">Systeem</span>}</Cell>
              <Cell>
                {entityLabel(event.entityType)}
                {subjectName ? `: ${subjectName}` : null}
                {event.entityId && !subjectName ? <span className="dbk-code dbk-muted">{event.entityId}</span> : null}
              </Cell>
              <Cell>
                {details.length > 0 ? (
                  <ul className="dbk-plain-list">
                    {details.map((line, index) => (
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="dbk-muted">—</span>
                )}
              </Cell>
            </Row>
          );
        })}
      </TableBody>
    </Table>
  );
}
