import { useState, type FormEvent } from 'react';
import { PLAN_STATUSES, type PlanStatus } from '../../../../src/plans/domain/statuses';
import { Button, ButtonGroup } from '../../components/Button';
import { CheckboxField, Fieldset, TextField } from '../../components/FormField';
import { Heading2 } from '../../components/Heading';
import { TextLink } from '../../components/TextLink';
import type { DashboardFilters } from './dashboardApi';

interface FilterFormProps {
  filters: DashboardFilters;
  onApply: (filters: DashboardFilters) => void;
  clearHref: string;
}

/** Period (plans created from … to …) and statuses; applying puts them in the address (useUrlFilters). */
export function FilterForm({ filters, onApply, clearHref }: FilterFormProps) {
  const [draft, setDraft] = useState(filters);
  const [shown, setShown] = useState(filters);
  if (shown !== filters) {
    setShown(filters);
    setDraft(filters);
  }
  const [errors, setErrors] = useState<{ to?: string; status?: string }>({});

  const toggle = (status: PlanStatus, on: boolean) =>
    setDraft({ ...draft, status: PLAN_STATUSES.map((s) => s.key).filter((key) => (key === status ? on : draft.status.includes(key))) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (draft.van && draft.tot && draft.tot < draft.van) next.to = 'De einddatum ligt vóór de begindatum.';
    if (draft.status.length === 0) next.status = 'Kies minstens één status.';
    setErrors(next);
    if (next.to) return document.getElementById('dashboard-tot')?.focus();
    if (next.status) return document.getElementById('dashboard-status')?.focus();
    onApply(draft);
  };

  return (
    <form className="utrecht-form dbk-form dbk-panel dbk-filters" noValidate onSubmit={submit} aria-labelledby="dashboard-filters-kop" role="search">
      <Heading2 id="dashboard-filters-kop">Filteren</Heading2>
      <div className="dbk-filters__fields">
        <TextField id="dashboard-van" label="Plannen aangemaakt vanaf" type="date" value={draft.van} onChange={(van) => setDraft({ ...draft, van })} />
        <TextField id="dashboard-tot" label="Tot en met" type="date" value={draft.tot} onChange={(tot) => setDraft({ ...draft, tot })} error={errors.to} />
      </div>
      <Fieldset id="dashboard-status" legend="Status van het plan" error={errors.status}>
        <div className="dbk-dashboard__statuses">
          {PLAN_STATUSES.map((status) => (
            <CheckboxField
              key={status.key}
              id={`dashboard-status-${status.key}`}
              label={status.label}
              checked={draft.status.includes(status.key)}
              onChange={(on) => toggle(status.key, on)}
            />
          ))}
        </div>
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          Filteren
        </Button>
        <TextLink href={clearHref}>Filters wissen</TextLink>
      </ButtonGroup>
    </form>
  );
}
