import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '../../components/Button';
import { TextField } from '../../components/FormField';
import type { ReportPeriod } from './reportApi';

/** Chooses the report's period; checks the order of the dates before asking the server. */
export function PeriodForm({ period, onApply }: { period: ReportPeriod; onApply: (period: ReportPeriod) => void }) {
  const [draft, setDraft] = useState(period);
  // When the address changes (back button), the form shows the period of the address.
  const [shown, setShown] = useState(period);
  if (shown !== period) {
    setShown(period);
    setDraft(period);
  }
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: { from?: string; to?: string } = {};
    if (!draft.from) next.from = 'Kies de eerste dag van de periode.';
    if (!draft.to) next.to = 'Kies de laatste dag van de periode.';
    else if (draft.from && draft.to < draft.from) next.to = 'De einddatum ligt vóór de begindatum.';
    setErrors(next);
    if (next.from || next.to) {
      document.getElementById(next.from ? 'rapport-van' : 'rapport-tot')?.focus();
      return;
    }
    onApply(draft);
  };

  return (
    <form className="utrecht-form dbk-form dbk-panel dbk-filters" noValidate onSubmit={submit} aria-label="Periode kiezen">
      <div className="dbk-filters__fields">
        <TextField id="rapport-van" label="Van" type="date" value={draft.from} onChange={(from) => setDraft({ ...draft, from })} error={errors.from} />
        <TextField id="rapport-tot" label="Tot en met" type="date" value={draft.to} onChange={(to) => setDraft({ ...draft, to })} error={errors.to} />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          Rapportage tonen
        </Button>
      </ButtonGroup>
    </form>
  );
}
