import { useState, type FormEvent } from 'react';
import { isoDate } from '../../../../src/shared/iso-date';
import { Button, ButtonGroup } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { TextLink } from '../../components/TextLink';

export interface DateFilterValue {
  datum: string;
  /** Only on the candidates page: the minimum number of pillars. */
  pijlers?: number;
}

interface DateFilterProps {
  id: string;
  label: string;
  value: DateFilterValue;
  onApply: (value: DateFilterValue) => void;
  clearHref: string;
}

const PILLAR_OPTIONS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: n === 5 ? 'Alle 5 pijlers' : `${n} of meer pijlers` }));

/** The peildatum of a page (empty is today, the API's default); applying puts it in the address. */
export function DateFilter({ id, label, value, onApply, clearHref }: DateFilterProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | undefined>();
  if (shown.datum !== value.datum || shown.pijlers !== value.pijlers) {
    setShown(value);
    setDraft(value);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = draft.datum === '' ? null : isoDate.safeParse(draft.datum);
    if (parsed && !parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Geef een datum als JJJJ-MM-DD.');
      document.getElementById(`${id}-datum`)?.focus();
      return;
    }
    setError(undefined);
    onApply(draft);
  };

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={submit} role="search" aria-label={label}>
      <div className="dbk-sd-filters">
        <TextField
          id={`${id}-datum`}
          label="Peildatum"
          description="Leeg is vandaag."
          type="date"
          value={draft.datum}
          onChange={(datum) => setDraft({ ...draft, datum })}
          error={error}
          size="narrow"
        />
        {draft.pijlers !== undefined ? (
          <SelectField
            id={`${id}-pijlers`}
            label="Minimaal aantal pijlers"
            description="Pijlers met een lopende voorziening."
            value={String(draft.pijlers)}
            onChange={(pijlers) => setDraft({ ...draft, pijlers: Number(pijlers) })}
            options={PILLAR_OPTIONS}
          />
        ) : null}
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          Toon
        </Button>
        <TextLink href={clearHref}>Filter wissen</TextLink>
      </ButtonGroup>
    </form>
  );
}
