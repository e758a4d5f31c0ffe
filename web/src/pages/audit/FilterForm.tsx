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

type TextFilter = Exclude<keyof AuditFilters, 'pagina'>;

export function FilterForm({ filters, onApply, clearHref }: FilterFormProps) {
  const [draft, setDraft] = useState(filters);
  // When the address changes (back button, "Filters wissen"), the form shows the new filters.
  const [shown, setShown] = useState(filters);
  if (shown !== filters) {
    setShown(filters);
    setDraft(filters);
  }
  const [rangeError, setRangeError] = useState<string | undefined>();
  const set = (key: TextFilter, value: string) => setDraft({ ...draft, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.van && draft.tot && draft.tot < draft.van) {
      setRangeError('De einddatum ligt vóór de begindatum.');
      document.getElementById('filter-tot')?.focus();
      return;
    }
    setRangeError(undefined);
    onApply({ ...draft, pagina: 1 });
  };

  return (
    <form className="utrecht-form dbk-form dbk-panel dbk-filters" noValidate onSubmit={submit} aria-labelledby="filters-kop" role="search">
      <Heading2 id="filters-kop">Filteren</Heading2>
      <div className="dbk-filters__fields">
        <TextField id="filter-van" label="Vanaf datum" type="date" value={draft.van} onChange={(value) => set('van', value)} />
        <TextField
          id="filter-tot"
          label="Tot en met datum"
          type="date"
          value={draft.tot}
          onChange={(value) => set('tot', value)}
          error={rangeError}
        />
        <SelectField id="filter-actie" label="Handeling" value={draft.actie} onChange={(value) => set('actie', value)} options={ACTION_OPTIONS} />
        <SelectField id="filter-soort" label="Betreft" value={draft.soort} onChange={(value) => set('soort', value)} options={ENTITY_OPTIONS} />
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
