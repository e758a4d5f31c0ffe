import { useState, type FormEvent } from 'react';
import { PLAN_STATUSES, type PlanStatus } from '../../../../src/plans/domain/statuses';
import { Button, ButtonGroup } from '../../components/Button';
import { CheckboxField, Fieldset, TextField } from '../../components/FormField';
import { TextLink } from '../../components/TextLink';
import type { DashboardFilters } from './dashboardApi';

interface FilterFormProps {
  filters: DashboardFilters;
  onApply: (filters: DashboardFilters) => void;
  clearHref: string;
}

const longDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** The filter in words, for the closed disclosure: what the figures below are about. */
export function filterSummary(filters: DashboardFilters): string {
  const period = filters.van && filters.tot ? `${longDate(filters.van)} t/m ${longDate(filters.tot)}` : filters.van ? `vanaf ${longDate(filters.van)}` : filters.tot ? `t/m ${longDate(filters.tot)}` : 'alle perioden';
  const statuses = filters.status.length === PLAN_STATUSES.length ? 'alle statussen' : PLAN_STATUSES.filter((s) => filters.status.includes(s.key)).map((s) => s.label.toLowerCase()).join(', ');
  return `${period}; ${statuses}`;
}

/**
 * Period (plans created from … to …) and statuses, behind a disclosure so the figures come first;
 * applying puts them in the address (useUrlFilters). A wrong field keeps the disclosure open.
 */
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
    <details className="dbk-dashboard__filters" open={Object.keys(errors).length > 0 || undefined}>
      <summary className="dbk-dashboard__filters-summary">
        Filters <span className="dbk-dashboard__filters-current">({filterSummary(filters)})</span>
      </summary>
      <form className="utrecht-form dbk-form dbk-dashboard__filters-form" noValidate onSubmit={submit} aria-label="Filters van het dashboard" role="search">
        <div className="dbk-dashboard__filters-row">
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
    </details>
  );
}
