import type { ApiToken } from '../../api';
import { Button } from '../../components/Button';
import { Paragraph } from '../../components/Paragraph';
import { StatusBadge } from '../../components/StatusBadge';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { formatDateTime } from '../../format';

export function TokenTable({ tokens, onRevoke }: { tokens: readonly ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  if (tokens.length === 0) return <Paragraph>U heeft nog geen API-tokens.</Paragraph>;
  return (
    <Table caption="Uw API-tokens">
      <TableHead columns={['Naam', 'Gemaakt op', 'Laatst gebruikt', 'Status', 'Actie']} />
      <TableBody>
        {tokens.map((token) => (
          <Row key={token.id}>
            <Cell header>{token.name}</Cell>
            <Cell>{formatDateTime(token.createdAt)}</Cell>
            <Cell>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Nog niet gebruikt'}</Cell>
            <Cell>
              {token.revokedAt ? (
                <StatusBadge status="inactive">Ingetrokken</StatusBadge>
              ) : (
                <StatusBadge status="active">Actief</StatusBadge>
              )}
            </Cell>
            <Cell>
              {token.revokedAt ? (
                <span className="dbk-muted">Ingetrokken op {formatDateTime(token.revokedAt)}</span>
              ) : (
                <Button appearance="secondary" onClick={() => onRevoke(token)} aria-label={`Token ‘${token.name}’ intrekken`}>
                  Intrekken
                </Button>
              )}
            </Cell>
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}
