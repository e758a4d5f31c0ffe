import { useState, type FormEvent } from 'react';
import { PLAN_STATUSES } from '../../../../src/plans/domain/statuses';
import { Button, ButtonGroup } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { TextLink } from '../../components/TextLink';
import { isFiltered, type PlanFilters } from './listFilters';

const STATUS_OPTIONS = [{ value: '', label: 'Alle statussen' }, ...PLAN_STATUSES.map((status) => ({ value: status.key, label: status.label }))];

export function PlanSearchForm({ filters, onApply }: { filters: PlanFilters; onApply: (filters: PlanFilters) => void }) {
  const [draft, setDraft] = useState(filters);
  // The back button or "Wissen" changes the address: the form follows.
  const [shown, setShown] = useState(filters);
  if (shown !== filters) {
    setShown(filters);
    setDraft(filters);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, zoek: draft.zoek.trim() });
  };
  return (
    <form className="utrecht-form dbk-panel dbk-plan-search" role="search" aria-label="Plannen zoeken" noValidate onSubmit={submit}>
      <div className="dbk-plan-search__fields">
        <TextField
          id="plannen-zoek"
          label="Zoeken"
          type="search"
          description="Casusnummer, cliëntnummer of een woord uit het plan."
          value={draft.zoek}
          onChange={(zoek) => setDraft({ ...draft, zoek })}
        />
        <SelectField id="plannen-status" label="Status" value={draft.status} options={STATUS_OPTIONS} onChange={(status) => setDraft({ ...draft, status: status as PlanFilters['status'] })} />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          Zoeken
        </Button>
        {isFiltered(filters) ? <TextLink href="/plannen">Wissen</TextLink> : null}
      </ButtonGroup>
    </form>
  );
}
