import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { Heading2 } from '../../components/Heading';
import { TextLink } from '../../components/TextLink';
import type { AuditFilters } from './filters';
import { ACTION_LABELS, ENTITY_LABELS } from './labels';

const ACTION_OPTIONS = [{ value: '', label: 'Alle handelingen' }, ...Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }))];
const ENTITY_OPTIONS = [{ value: '', label: 'Alle soorten' }, ...Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }))];

interface FilterFormProps {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
  clearHref: string;
}

export function FilterForm({ filters, onApply, clearHref }: FilterFormProps) {
  const [draft, setDraft] = useState(filters);
  // When the address changes (back button, "Filters wissen"), the form shows the new filters.
  const [shown, setShown] = useState(filters);
  if (shown !== filters) {
    setShown(filters);
    setDraft(filters);
  }
  const [rangeError, setRangeError] = useState<string | undefined>();
  const set = (key: keyof AuditFilters, value: string) => setDraft({ ...draft, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.to < draft.from) {
      setRangeError('De einddatum ligt vóór de begindatum.');
      document.getElementById('filter-tot')?.focus();
      return;
    }
    setRangeError(undefined);
    onApply({ ...draft, page: 1 });
  };

  return (
    <form className="utrecht-form dbk-form dbk-panel dbk-filters" noValidate onSubmit={submit} aria-labelledby="filters-kop" role="search">
      <Heading2 id="filters-kop">Filteren</Heading2>
      <div className="dbk-filters__fields">
        <TextField id="filter-van" label="Vanaf datum" type="date" value={draft.from} onChange={(value) => set('from', value)} />
        <TextField
          id="filter-tot"
          label="Tot en met datum"
          type="date"
          value={draft.to}
          onChange={(value) => set('to', value)}
          error={rangeError}
        />
        <SelectField id="filter-actie" label="Handeling" value={draft.action} onChange={(value) => set('action', value)} options={ACTION_OPTIONS} />
        <SelectField id="filter-soort" label="Betreft" value={draft.entityType} onChange={(value) => set('entityType', value)} options={ENTITY_OPTIONS} />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          Filteren
        </Button>
        <TextLink href={clearHref}>Filters wissen</TextLink>
      </ButtonGroup>
    </form>
  );
}
