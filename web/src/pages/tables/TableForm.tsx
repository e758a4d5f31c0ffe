import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { TABLE_KINDS } from '../../../../src/tables/domain/agenda';
import { ApiError } from '../../http/client';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../components/FormField';
import { formProblem } from '../../forms/formErrors';
import { tablesApi, type MeetingTable, type TableInput } from './tablesApi';
import { WEEKDAYS } from './tablesFormat';
import { tableFormSchema, tableFormValues } from './tablesForms';

const FIELDS = {
  name: { id: 'tafel-naam', label: 'Naam' },
  kind: { id: 'tafel-soort', label: 'Soort tafel' },
  weekday: { id: 'tafel-dag', label: 'Dag' },
  startTime: { id: 'tafel-tijd', label: 'Begintijd' },
  intervalWeeks: { id: 'tafel-ritme', label: 'Ritme' },
  slotMinutes: { id: 'tafel-tijdvak', label: 'Standaard tijdvak per casus (minuten)' },
  active: { id: 'tafel-actief', label: 'Actief: plant nieuwe sessies in' },
};
const FIELD_NAMES = Object.keys(FIELDS);

export function TableForm({ table, onSaved, onCancel }: { table?: MeetingTable; onSaved: (table: MeetingTable) => void; onCancel: () => void }) {
  const form = useZodForm(tableFormSchema, tableFormValues(table));
  const [error, setError] = useState<ApiError | null>(null);
  const save = useMutation({ mutationFn: (body: TableInput) => (table ? tablesApi.update(table.id, body) : tablesApi.create(body)) });

  const submit = form.handleSubmit(
    async (body) => {
      setError(null);
      try {
        onSaved(await save.mutateAsync(body));
      } catch (caught) {
        applyServerErrors(form, caught, FIELD_NAMES);
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
      }
    },
    (errors) => setError(formProblem(errors)),
  );

  return (
    <form className="utrecht-form dbk-form dbk-panel" noValidate onSubmit={(event) => void submit(event)} aria-label={table ? `${table.name} wijzigen` : 'Tafel toevoegen'}>
      <ErrorSummary error={error} fields={FIELDS} />
      <Controller
        control={form.control}
        name="name"
        render={({ field, fieldState }) => <TextField id={FIELDS.name.id} label={FIELDS.name.label} value={field.value} onChange={field.onChange} inputRef={field.ref} error={fieldState.error?.message} />}
      />
      <Controller
        control={form.control}
        name="kind"
        render={({ field, fieldState }) => (
          <SelectField
            id={FIELDS.kind.id}
            label={FIELDS.kind.label}
            value={field.value}
            onChange={field.onChange}
            options={TABLE_KINDS.map((k) => ({ value: k.key, label: k.label }))}
            description="Een spar-tafel bespreekt plannen in de status Spar-tafel; een doorbraaktafel of commissie besluit over geagendeerde plannen."
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="weekday"
        render={({ field, fieldState }) => (
          <SelectField
            id={FIELDS.weekday.id}
            label={FIELDS.weekday.label}
            value={field.value}
            onChange={field.onChange}
            options={WEEKDAYS.map((day, index) => ({ value: String(index + 1), label: day }))}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="startTime"
        render={({ field, fieldState }) => (
          <TextField
            id={FIELDS.startTime.id}
            label={FIELDS.startTime.label}
            description="Als UU:MM, bijvoorbeeld 14:00."
            value={field.value}
            onChange={field.onChange}
            inputRef={field.ref}
            error={fieldState.error?.message}
            size="narrow"
          />
        )}
      />
      <Controller
        control={form.control}
        name="intervalWeeks"
        render={({ field, fieldState }) => (
          <SelectField
            id={FIELDS.intervalWeeks.id}
            label={FIELDS.intervalWeeks.label}
            value={field.value}
            onChange={field.onChange}
            options={[
              { value: '1', label: 'Elke week' },
              { value: '2', label: 'Om de 2 weken' },
              { value: '4', label: 'Om de 4 weken' },
            ]}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="slotMinutes"
        render={({ field, fieldState }) => (
          <TextField id={FIELDS.slotMinutes.id} label={FIELDS.slotMinutes.label} value={field.value} onChange={field.onChange} inputRef={field.ref} error={fieldState.error?.message} size="narrow" />
        )}
      />
      <Controller
        control={form.control}
        name="active"
        render={({ field, fieldState }) => <CheckboxField id={FIELDS.active.id} label={FIELDS.active.label} checked={field.value} onChange={field.onChange} error={fieldState.error?.message} />}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {table ? 'Wijzigingen opslaan' : 'Tafel toevoegen'}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
