import type { User } from '../../api';
import { Button } from '../../components/Button';
import { StatusBadge } from '../../components/StatusBadge';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { roleLabels } from '../../format';
import { Link } from '../../router';

interface UserTableProps {
  users: readonly User[];
  currentUserId: string;
  busyId: string | null;
  onToggleActive: (user: User) => void;
}

export function UserTable({ users, currentUserId, busyId, onToggleActive }: UserTableProps) {
  return (
    <Table caption={`Gebruikers (${users.length})`}>
      <TableHead columns={['Naam', 'E-mailadres', 'Rollen', 'Status', 'Acties']} />
      <TableBody>
        {users.map((user) => (
          <Row key={user.id}>
            <Cell header>
              {user.name}
              {user.id === currentUserId ? <span className="dbk-muted"> (u)</span> : null}
            </Cell>
            <Cell>{user.email}</Cell>
            <Cell>{roleLabels(user.roles)}</Cell>
            <Cell>
              {user.active ? <StatusBadge status="active">Actief</StatusBadge> : <StatusBadge status="inactive">Gedeactiveerd</StatusBadge>}
            </Cell>
            <Cell>
              <div className="dbk-row-actions">
                <Link
                  href={`/beheer/gebruikers/${encodeURIComponent(user.id)}`}
                  className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link"
                  aria-label={`${user.name} wijzigen`}
                >
                  Wijzigen
                </Link>
                {user.id === currentUserId ? null : (
                  <Button
                    appearance="subtle"
                    busy={busyId === user.id}
                    onClick={() => onToggleActive(user)}
                    aria-label={`${user.name} ${user.active ? 'deactiveren' : 'activeren'}`}
                  >
                    {user.active ? 'Deactiveren' : 'Activeren'}
                  </Button>
                )}
              </div>
            </Cell>
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}
