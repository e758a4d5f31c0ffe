import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { TextLink } from '../../components/TextLink';
import { budgetFilterProblems, yearOptions, type BudgetFilters, type FieldProblems } from './gripFilters';

interface BudgetFilterFormProps {
  id: string;
  value: BudgetFilters;
  onApply: (value: BudgetFilters) => void;
  clearHref: string;
  /** The providers and region pages choose a year only. */
  withDate?: boolean;
}

/** Year and peildatum of a grip page (empty: this year, today), checked before they go in the address. */
export function BudgetFilterForm({ id, value, onApply, clearHref, withDate = true }: BudgetFilterFormProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [problems, setProblems] = useState<FieldProblems>({});
  if (shown.jaar !== value.jaar || shown.datum !== value.datum) {
    setShown(value);
    setDraft(value);
  }
  const thisYear = new Date().getFullYear();
  const years = yearOptions(thisYear, draft.jaar ? Number(draft.jaar) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = budgetFilterProblems(draft);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    onApply(draft);
  };

  return (
    <form className="utrecht-form dbk-form dbk-grip-filters" noValidate onSubmit={submit} role="search" aria-label="Jaar en peildatum kiezen">
      <div className="dbk-grip-filters__fields">
        <SelectField
          id={`${id}-jaar`}
          label="Begrotingsjaar"
          value={draft.jaar}
          onChange={(jaar) => setDraft({ ...draft, jaar })}
          options={[{ value: '', label: `Dit jaar (${thisYear})` }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
          error={problems.jaar}
        />
        {withDate ? (
          <TextField
            id={`${id}-datum`}
            label="Peildatum"
            description="Leeg: vandaag, of 31 december van een eerder jaar."
            type="date"
            value={draft.datum}
            onChange={(datum) => setDraft({ ...draft, datum })}
            error={problems.datum}
            size="narrow"
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
