import { useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { formatEuro } from '../../../../src/shared/money';
import { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { TextAreaField } from '../../components/TextAreaField';
import { useZodForm } from '../../forms/useZodForm';
import { formProblem } from '../../forms/formErrors';
import type { BudgetInput } from '../../../../src/budget/budget.contract';
import { budgetApi, type YearBudget } from './budgetApi';
import { readSources, sourcesFormSchema, toRows, type SourceRow } from './budgetForms';

export function SourcesTable({ budget }: { budget: YearBudget }) {
  if (budget.sources.length === 0) return <p className="utrecht-paragraph dbk-paragraph">Voor {budget.year} zijn nog geen begrotingsposten vastgesteld.</p>;
  return (
    <Table caption={`Begrotingsposten ${budget.year}`}>
      <TableHead columns={['Code', 'Naam', <span className="dbk-amount">Bedrag</span>]} />
      <TableBody>
        {budget.sources.map((source) => (
          <Row key={source.code}>
            <Cell header>{source.code}</Cell>
            <Cell>{source.name}</Cell>
            <td className="utrecht-table__cell dbk-amount">{formatEuro(source.amountCents)}</td>
          </Row>
        ))}
        <Row>
          <Cell header>Totaal</Cell>
          <Cell />
          <td className="utrecht-table__cell dbk-amount">
            <strong>{formatEuro(budget.budgetCents)}</strong>
          </td>
        </Row>
      </TableBody>
    </Table>
  );
}

interface Removed {
  row: SourceRow;
  index: number;
}

/** The budget's sources as a form: add and remove lines (a removal can be undone), save all at once. */
export function SourcesForm({ budget, onSaved }: { budget: YearBudget; onSaved: (budget: YearBudget) => void }) {
  const keys = useRef(0);
  const nextKey = () => ++keys.current;
  const form = useZodForm(sourcesFormSchema, { note: budget.note, sources: toRows(budget.sources, nextKey) });
  const list = useFieldArray({ control: form.control, name: 'sources' });
  const rows = useWatch({ control: form.control, name: 'sources' });
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  const save = useMutation({ mutationFn: (body: BudgetInput) => budgetApi.saveYear(budget.year, body) });

  const fields: Record<string, { id: string; label: string }> = { note: { id: 'budget-toelichting', label: 'Toelichting' } };
  list.fields.forEach((_, index) => {
    fields[`sources.${index}.code`] = { id: `bron-${index}-code`, label: `Regel ${index + 1}, code` };
    fields[`sources.${index}.name`] = { id: `bron-${index}-naam`, label: `Regel ${index + 1}, naam` };
    fields[`sources.${index}.amountCents`] = { id: `bron-${index}-bedrag`, label: `Regel ${index + 1}, bedrag` };
  });
  const message = (path: string) => error?.errors.find((e) => e.path === path)?.message;

  const remove = (index: number) => {
    setRemoved({ row: form.getValues(`sources.${index}`), index });
    list.remove(index);
    setSaved(false);
    setTimeout(() => undoRef.current?.focus());
  };
  const undo = () => {
    if (!removed) return;
    list.insert(removed.index, removed.row, { shouldFocus: false });
    setRemoved(null);
  };

  const submit = form.handleSubmit(
    async (body) => {
      setSaved(false);
      try {
        const next = await save.mutateAsync(body);
        setError(null);
        setRemoved(null);
        setSaved(true);
        onSaved(next);
      } catch (caught) {
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
      }
    },
    (errors) => {
      setSaved(false);
      setError(formProblem(errors));
    },
  );

  const total = readSources(rows).sources.reduce((sum, s) => sum + s.amountCents, 0);
  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label={`Maatwerkbudget ${budget.year} vaststellen`}>
      <ErrorSummary error={error} fields={fields} />
      <div className="dbk-live" role="status">
        {saved ? (
          <Alert type="ok">
            <p className="utrecht-paragraph dbk-paragraph">Het maatwerkbudget {budget.year} is opgeslagen.</p>
          </Alert>
        ) : null}
        {removed ? (
          <Alert type="info">
            <p className="utrecht-paragraph dbk-paragraph">
              Regel {removed.row.code || removed.index + 1} ({removed.row.name || 'zonder naam'}) is uit de lijst gehaald. Pas bij opslaan verdwijnt hij echt.
            </p>
            <Button appearance="secondary" onClick={undo} ref={undoRef}>
              Ongedaan maken
            </Button>
          </Alert>
        ) : null}
      </div>
      <Table caption={`Begrotingsposten ${budget.year} bewerken`}>
        <TableHead columns={['Code', 'Naam', 'Bedrag (euro)', <span className="dbk-visually-hidden">Acties</span>]} />
        <TableBody>
          {list.fields.map((row, index) => (
            <Row key={row.id}>
              <Cell>
                <Controller
                  control={form.control}
                  name={`sources.${index}.code`}
                  render={({ field }) => (
                    <TextField id={`bron-${index}-code`} label={<span className="dbk-visually-hidden">Regel {index + 1}, code</span>} value={field.value} onChange={field.onChange} inputRef={field.ref} error={message(`sources.${index}.code`)} size="narrow" plain autoComplete="off" />
                  )}
                />
              </Cell>
              <Cell>
                <Controller
                  control={form.control}
                  name={`sources.${index}.name`}
                  render={({ field }) => (
                    <TextField id={`bron-${index}-naam`} label={<span className="dbk-visually-hidden">Regel {index + 1}, naam</span>} value={field.value} onChange={field.onChange} inputRef={field.ref} error={message(`sources.${index}.name`)} autoComplete="off" />
                  )}
                />
              </Cell>
              <Cell>
                <Controller
                  control={form.control}
                  name={`sources.${index}.amount`}
                  render={({ field }) => (
                    <TextField id={`bron-${index}-bedrag`} label={<span className="dbk-visually-hidden">Regel {index + 1}, bedrag in euro</span>} value={field.value} onChange={field.onChange} inputRef={field.ref} error={message(`sources.${index}.amountCents`)} size="narrow" autoComplete="off" />
                  )}
                />
              </Cell>
              <Cell>
                <Button appearance="subtle" onClick={() => remove(index)}>
                  Verwijder<span className="dbk-visually-hidden"> regel {index + 1}</span>
                </Button>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <p className="utrecht-paragraph dbk-paragraph">Totaal van de regels: {formatEuro(total)}</p>
      <ButtonGroup>
        <Button appearance="secondary" onClick={() => list.append({ key: nextKey(), code: '', name: '', amount: '' }, { shouldFocus: false })}>
          Regel toevoegen
        </Button>
      </ButtonGroup>
      <Controller
        control={form.control}
        name="note"
        render={({ field }) => (
          <TextAreaField id="budget-toelichting" label="Toelichting" description="Bijvoorbeeld het collegebesluit dat dit budget vaststelde." value={field.value} onChange={field.onChange} textAreaRef={field.ref} error={message('note')} rows={2} />
        )}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          Budget opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}
