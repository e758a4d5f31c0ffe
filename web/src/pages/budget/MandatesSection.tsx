import { useState } from 'react';
import { formatEuro, parseEuro } from '../../../../src/shared/money';
import { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { TextField } from '../../components/FormField';
import { LoadError, Loading } from '../../components/Loading';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { useResource } from '../../useResource';
import { budgetApi, type Mandate } from './budgetApi';

/** Per maatwerker the largest plan they may approve alone; empty means no limit. */
export function MandatesSection() {
  const mandates = useResource(() => budgetApi.mandates());
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const save = async (mandate: Mandate, clear: boolean) => {
    const text = drafts[mandate.userId] ?? '';
    const limitCents = clear ? null : parseEuro(text);
    if (!clear && (limitCents === null || limitCents < 0)) {
      setErrors((e) => ({ ...e, [mandate.userId]: 'Vul een bedrag in euro in, bijvoorbeeld 25.000,00, of kies ‘Zonder grens’.' }));
      return;
    }
    setBusy(mandate.userId);
    try {
      const next = await budgetApi.setMandate(mandate.userId, limitCents);
      mandates.update(() => next);
      setErrors((e) => ({ ...e, [mandate.userId]: '' }));
      setDrafts((d) => ({ ...d, [mandate.userId]: '' }));
      setNotice(limitCents === null ? `${mandate.userName} heeft nu geen mandaatgrens.` : `Het mandaat van ${mandate.userName} is nu ${formatEuro(limitCents)} per plan.`);
    } catch (caught) {
      setErrors((e) => ({ ...e, [mandate.userId]: caught instanceof ApiError ? caught.message : String(caught) }));
    } finally {
      setBusy(null);
    }
  };

  if (mandates.error) return <LoadError what="De mandaten" error={mandates.error} onRetry={mandates.reload} />;
  if (!mandates.data) return <Loading>De mandaten worden geladen…</Loading>;
  return (
    <>
      <div className="dbk-live" role="status">
        {notice ? (
          <Alert type="ok">
            <p className="utrecht-paragraph dbk-paragraph">{notice}</p>
          </Alert>
        ) : null}
      </div>
      <Table caption="Mandaat per maatwerker">
        <TableHead columns={['Maatwerker', 'Huidig mandaat', 'Nieuw mandaat', <span className="dbk-visually-hidden">Acties</span>]} />
        <TableBody>
          {mandates.data.items.map((mandate, index) => (
            <Row key={mandate.userId}>
              <Cell header>{mandate.userName}</Cell>
              <td className="utrecht-table__cell dbk-amount">{mandate.limitCents === null ? 'Zonder grens' : formatEuro(mandate.limitCents)}</td>
              <Cell>
                <TextField
                  id={`mandaat-${index}`}
                  label={<span className="dbk-visually-hidden">Nieuw mandaat van {mandate.userName} in euro</span>}
                  value={drafts[mandate.userId] ?? ''}
                  onChange={(value) => setDrafts((d) => ({ ...d, [mandate.userId]: value }))}
                  error={errors[mandate.userId] || undefined}
                  size="narrow"
                  autoComplete="off"
                />
              </Cell>
              <Cell>
                <ButtonGroup>
                  <Button appearance="secondary" busy={busy === mandate.userId} onClick={() => void save(mandate, false)}>
                    Opslaan<span className="dbk-visually-hidden"> voor {mandate.userName}</span>
                  </Button>
                  {mandate.limitCents !== null ? (
                    <Button appearance="subtle" busy={busy === mandate.userId} onClick={() => void save(mandate, true)}>
                      Zonder grens<span className="dbk-visually-hidden"> voor {mandate.userName}</span>
                    </Button>
                  ) : null}
                </ButtonGroup>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
