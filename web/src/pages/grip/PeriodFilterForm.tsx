import { useState, type FormEvent } from 'react';
import { PILLARS } from '../../../../src/imports/domain/records';
import { Button, ButtonGroup } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { TextLink } from '../../components/TextLink';
import type { FieldProblems } from './gripFilters';
import { pillarLabel } from './gripFormat';

/** The pillar and the period(s) of the variance and flows pages; empty dates are the API's defaults. */
export interface PeriodFilterValue {
  pijler: string;
  van: string;
  tot: string;
  basisVan?: string;
  basisTot?: string;
}

interface PeriodFilterFormProps<V extends PeriodFilterValue> {
  id: string;
  label: string;
  value: V;
  onApply: (value: V) => void;
  check: (value: V) => FieldProblems;
  clearHref: string;
  /** Descriptions of the empty dates, as the API fills them in. */
  defaults: { van: string; tot: string; basisVan?: string; basisTot?: string };
}

const PILLAR_OPTIONS = [{ value: '', label: 'Alle pijlers' }, ...PILLARS.map((p) => ({ value: p, label: pillarLabel(p) }))];

const DATE_LABELS: Record<'van' | 'tot' | 'basisVan' | 'basisTot', string> = {
  van: 'Periode van',
  tot: 'Periode tot en met',
  basisVan: 'Vergelijkingsperiode van',
  basisTot: 'Vergelijkingsperiode tot en met',
};

export function PeriodFilterForm<V extends PeriodFilterValue>({ id, label, value, onApply, check, clearHref, defaults }: PeriodFilterFormProps<V>) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [problems, setProblems] = useState<FieldProblems>({});
  if (JSON.stringify(shown) !== JSON.stringify(value)) {
    setShown(value);
    setDraft(value);
  }
  const dateKeys = (['van', 'tot', 'basisVan', 'basisTot'] as const).filter((key) => draft[key] !== undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(draft);
    setProblems(found);
    const first = dateKeys.find((key) => found[key]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    onApply(draft);
  };

  return (
    <form className="utrecht-form dbk-form dbk-grip-filters" noValidate onSubmit={submit} role="search" aria-label={label}>
      <div className="dbk-grip-filters__fields">
        <SelectField id={`${id}-pijler`} label="Pijler" value={draft.pijler} onChange={(pijler) => setDraft({ ...draft, pijler })} options={PILLAR_OPTIONS} />
        {dateKeys.map((key) => (
          <TextField
            key={key}
            id={`${id}-${key}`}
            label={DATE_LABELS[key]}
            description={`Leeg: ${defaults[key] ?? 'standaard'}.`}
            type="date"
            value={draft[key] ?? ''}
            onChange={(date) => setDraft({ ...draft, [key]: date })}
            error={problems[key]}
            size="narrow"
          />
        ))}
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
