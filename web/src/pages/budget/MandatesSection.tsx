import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { formatEuro } from '../../../../src/shared/money';
import { ApiError } from '../../http/client';
import { useZodForm } from '../../forms/useZodForm';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { TextField } from '../../components/FormField';
import { LoadError, Loading } from '../../components/Loading';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { budgetApi, budgetKeys, type Mandate } from './budgetApi';
import { mandateFormSchema } from './budgetForms';

/** One maatwerker's row: the new mandate in euro (its own small form), saved or cleared on its own. */
function MandateRow({ mandate, index, onSaved }: { mandate: Mandate; index: number; onSaved: (items: Mandate[], limitCents: number | null) => void }) {
  const form = useZodForm(mandateFormSchema, { limit: '' });
  const [serverError, setServerError] = useState('');
  const set = useMutation({ mutationFn: (limitCents: number | null) => budgetApi.setMandate(mandate.userId, limitCents) });

  const save = async (limitCents: number | null) => {
    try {
      const next = await set.mutateAsync(limitCents);
      setServerError('');
      form.reset({ limit: '' });
      onSaved(next.items, limitCents);
    } catch (caught) {
      setServerError(caught instanceof ApiError ? caught.message : String(caught));
    }
  };
  const submit = form.handleSubmit(
    ({ limit }) => save(limit),
    () => setServerError(''),
  );

  return (
    <Row>
      <Cell header>{mandate.userName}</Cell>
      <td className="utrecht-table__cell dbk-amount">{mandate.limitCents === null ? 'Zonder grens' : formatEuro(mandate.limitCents)}</td>
      <Cell>
        <Controller
          control={form.control}
          name="limit"
          render={({ field, fieldState }) => (
            <TextField
              id={`mandaat-${index}`}
              label={<span className="dbk-visually-hidden">Nieuw mandaat van {mandate.userName} in euro</span>}
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
              error={fieldState.error?.message || serverError || undefined}
              size="narrow"
              autoComplete="off"
            />
          )}
        />
      </Cell>
      <Cell>
        <ButtonGroup>
          <Button appearance="secondary" busy={set.isPending} onClick={() => void submit()}>
            Opslaan<span className="dbk-visually-hidden"> voor {mandate.userName}</span>
          </Button>
          {mandate.limitCents !== null ? (
            <Button appearance="subtle" busy={set.isPending} onClick={() => void save(null)}>
              Zonder grens<span className="dbk-visually-hidden"> voor {mandate.userName}</span>
            </Button>
          ) : null}
        </ButtonGroup>
      </Cell>
    </Row>
  );
}

/** Per maatwerker the largest plan they may approve alone; empty means no limit. */
export function MandatesSection() {
  const queryClient = useQueryClient();
  const mandates = useQuery({ queryKey: budgetKeys.mandates, queryFn: () => budgetApi.mandates() });
  const [notice, setNotice] = useState<string | null>(null);

  if (mandates.error) return <LoadError what="De mandaten" error={mandates.error} onRetry={() => void mandates.refetch()} />;
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
            <MandateRow
              key={mandate.userId}
              mandate={mandate}
              index={index}
              onSaved={(items, limitCents) => {
                queryClient.setQueryData(budgetKeys.mandates, { items });
                setNotice(limitCents === null ? `${mandate.userName} heeft nu geen mandaatgrens.` : `Het mandaat van ${mandate.userName} is nu ${formatEuro(limitCents)} per plan.`);
              }}
            />
          ))}
        </TableBody>
      </Table>
    </>
  );
}

/** The mandates as the overview shows them: figures only, the forms are on their own page. */
export function MandatesTable() {
  const mandates = useQuery({ queryKey: budgetKeys.mandates, queryFn: () => budgetApi.mandates() });
  if (mandates.error) return <LoadError what="De mandaten" error={mandates.error} onRetry={() => void mandates.refetch()} />;
  if (!mandates.data) return <Loading>De mandaten worden geladen…</Loading>;
  if (mandates.data.items.length === 0) return <p className="utrecht-paragraph dbk-paragraph">Er zijn nog geen maatwerkers.</p>;
  return (
    <Table caption="Mandaat per maatwerker">
      <TableHead columns={['Maatwerker', <span className="dbk-amount">Mandaat per plan</span>]} />
      <TableBody>
        {mandates.data.items.map((mandate) => (
          <Row key={mandate.userId}>
            <Cell header>{mandate.userName}</Cell>
            <td className="utrecht-table__cell dbk-amount">{mandate.limitCents === null ? 'Zonder grens' : formatEuro(mandate.limitCents)}</td>
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}
