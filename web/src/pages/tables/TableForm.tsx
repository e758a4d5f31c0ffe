import { useState, type FormEvent } from 'react';
import { TABLE_KINDS } from '../../../../src/tables/domain/agenda';
import { ApiError } from '../../http/client';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, SelectField, TextField } from '../../components/FormField';
import { tablesApi, type MeetingTable, type TableInput } from './tablesApi';
import { WEEKDAYS } from './tablesFormat';

const FIELDS = {
  name: { id: 'tafel-naam', label: 'Naam' },
  kind: { id: 'tafel-soort', label: 'Soort tafel' },
  weekday: { id: 'tafel-dag', label: 'Dag' },
  startTime: { id: 'tafel-tijd', label: 'Begintijd' },
  intervalWeeks: { id: 'tafel-ritme', label: 'Ritme' },
  slotMinutes: { id: 'tafel-tijdvak', label: 'Standaard tijdvak per casus (minuten)' },
  active: { id: 'tafel-actief', label: 'Actief: plant nieuwe sessies in' },
};

const EMPTY: TableInput = { kind: 'doorbraak', name: '', weekday: 2, startTime: '15:30', intervalWeeks: 1, slotMinutes: 30, active: true };

export function TableForm({ table, onSaved, onCancel }: { table?: MeetingTable; onSaved: (table: MeetingTable) => void; onCancel: () => void }) {
  const [values, setValues] = useState<TableInput>(table ? { ...table } : EMPTY);
  const [slot, setSlot] = useState(String(values.slotMinutes));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const set = <K extends keyof TableInput>(key: K, value: TableInput[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body: TableInput = { kind: values.kind, name: values.name, weekday: values.weekday, startTime: values.startTime, intervalWeeks: values.intervalWeeks, slotMinutes: Number(slot), active: values.active };
    try {
      onSaved(table ? await tablesApi.update(table.id, body) : await tablesApi.create(body));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form dbk-form dbk-panel" noValidate onSubmit={(event) => void submit(event)} aria-label={table ? `${table.name} wijzigen` : 'Tafel toevoegen'}>
      <ErrorSummary error={error} fields={FIELDS} />
      <TextField id={FIELDS.name.id} label={FIELDS.name.label} value={values.name} onChange={(v) => set('name', v)} error={error?.fieldError('name')} />
      <SelectField
        id={FIELDS.kind.id}
        label={FIELDS.kind.label}
        value={values.kind}
        onChange={(v) => set('kind', v as TableInput['kind'])}
        options={TABLE_KINDS.map((k) => ({ value: k.key, label: k.label }))}
        description="Een spar-tafel bespreekt plannen in de status Spar-tafel; een doorbraaktafel of commissie besluit over geagendeerde plannen."
        error={error?.fieldError('kind')}
      />
      <SelectField
        id={FIELDS.weekday.id}
        label={FIELDS.weekday.label}
        value={String(values.weekday)}
        onChange={(v) => set('weekday', Number(v))}
        options={WEEKDAYS.map((day, index) => ({ value: String(index + 1), label: day }))}
        error={error?.fieldError('weekday')}
      />
      <TextField id={FIELDS.startTime.id} label={FIELDS.startTime.label} description="Als UU:MM, bijvoorbeeld 14:00." value={values.startTime} onChange={(v) => set('startTime', v)} error={error?.fieldError('startTime')} size="narrow" />
      <SelectField
        id={FIELDS.intervalWeeks.id}
        label={FIELDS.intervalWeeks.label}
        value={String(values.intervalWeeks)}
        onChange={(v) => set('intervalWeeks', Number(v) as TableInput['intervalWeeks'])}
        options={[
          { value: '1', label: 'Elke week' },
          { value: '2', label: 'Om de 2 weken' },
          { value: '4', label: 'Om de 4 weken' },
        ]}
        error={error?.fieldError('intervalWeeks')}
      />
      <TextField id={FIELDS.slotMinutes.id} label={FIELDS.slotMinutes.label} value={slot} onChange={setSlot} error={error?.fieldError('slotMinutes')} size="narrow" />
      <CheckboxField id={FIELDS.active.id} label={FIELDS.active.label} checked={values.active} onChange={(v) => set('active', v)} error={error?.fieldError('active')} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {table ? 'Wijzigingen opslaan' : 'Tafel toevoegen'}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
