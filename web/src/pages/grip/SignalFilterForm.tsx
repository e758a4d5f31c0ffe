import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { TextLink } from '../../components/TextLink';
import { SIGNAL_STATUSES, SIGNALS_PATH, type SignalFilters } from './gripFilters';
import { SIGNAL_TYPE_OPTIONS } from './gripFormat';

/** Type, provider and status of the work list; a provider is its eight-digit AGB code. */
export function SignalFilterForm({ value, onApply }: { value: SignalFilters; onApply: (value: SignalFilters) => void }) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | undefined>();
  if (JSON.stringify(shown) !== JSON.stringify(value)) {
    setShown(value);
    setDraft(value);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const provider = draft.aanbieder.trim();
    if (provider && !/^\d{8}$/.test(provider)) {
      setError('Een AGB-code heeft acht cijfers.');
      document.getElementById('signalen-aanbieder')?.focus();
      return;
    }
    setError(undefined);
    onApply({ ...draft, aanbieder: provider, pagina: 1 });
  };

  return (
    <form className="utrecht-form dbk-form dbk-grip-filters" noValidate onSubmit={submit} role="search" aria-label="Signalen filteren">
      <div className="dbk-grip-filters__fields">
        <SelectField
          id="signalen-type"
          label="Soort signaal"
          value={draft.type}
          onChange={(type) => setDraft({ ...draft, type: type as SignalFilters['type'] })}
          options={[{ value: '', label: 'Alle soorten' }, ...SIGNAL_TYPE_OPTIONS]}
        />
        <TextField
          id="signalen-aanbieder"
          label="Aanbieder (AGB-code)"
          description="Leeg: alle aanbieders."
          value={draft.aanbieder}
          onChange={(aanbieder) => setDraft({ ...draft, aanbieder: aanbieder as SignalFilters['aanbieder'] })}
          error={error}
          size="narrow"
          plain
        />
        <SelectField
          id="signalen-status"
          label="Status"
          value={draft.status}
          onChange={(status) => setDraft({ ...draft, status: status as SignalFilters['status'] })}
          options={SIGNAL_STATUSES}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          Toon
        </Button>
        <TextLink href={SIGNALS_PATH}>Filter wissen</TextLink>
      </ButtonGroup>
    </form>
  );
}
