import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { TextLink } from '../../components/TextLink';
import { DOMAIN_OPTIONS, FUNDING_STREAM_OPTIONS } from '../library/labels';
import { minReturnCents, type InspirationFilters } from './filters';

interface Props {
  filters: InspirationFilters;
  onSearch: (filters: InspirationFilters) => void;
  clearHref: string;
}

export function InspirationSearch({ filters, onSearch, clearHref }: Props) {
  const [draft, setDraft] = useState(filters);
  const [shown, setShown] = useState(filters);
  const [error, setError] = useState('');
  // When the address changes (back button, "Alles tonen"), the form shows that search.
  if (shown !== filters) {
    setShown(filters);
    setDraft(filters);
  }
  const set = (key: keyof InspirationFilters, value: string) => setDraft({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (minReturnCents(draft.minReturn) === undefined) {
      setError('Vul een bedrag in euro’s in, bijvoorbeeld 10.000.');
      document.getElementById('zoek-rendement')?.focus();
      return;
    }
    setError('');
    onSearch({ ...draft, q: draft.q.trim(), legalBasis: draft.legalBasis.trim(), minReturn: draft.minReturn.trim() });
  };

  return (
    <form className="utrecht-form dbk-form dbk-panel" noValidate onSubmit={submit} role="search" aria-label="Zoeken in de inspiratiebibliotheek">
      <TextField
        id="zoek-tekst"
        label="Zoekterm"
        type="search"
        size="wide"
        description="Zoekt in titel, situatie en doorbraak, bijvoorbeeld ‘huurachterstand’ of ‘taxi’."
        value={draft.q}
        onChange={(value) => set('q', value)}
      />
      <div className="dbk-inspiration-search__fields">
        <SelectField id="zoek-leefgebied" label="Leefgebied" value={draft.domain} onChange={(value) => set('domain', value)} options={[{ value: '', label: 'Alle leefgebieden' }, ...DOMAIN_OPTIONS]} />
        <TextField id="zoek-wet" label="Wet of artikel" description="Bijvoorbeeld ‘Participatiewet 35’." value={draft.legalBasis} onChange={(value) => set('legalBasis', value)} />
        <SelectField
          id="zoek-geldstroom"
          label="Geldstroom"
          value={draft.fundingStream}
          onChange={(value) => set('fundingStream', value)}
          options={[{ value: '', label: 'Alle geldstromen' }, ...FUNDING_STREAM_OPTIONS]}
        />
        <TextField id="zoek-rendement" label="Minimaal rendement (€)" size="narrow" value={draft.minReturn} error={error || undefined} onChange={(value) => set('minReturn', value)} />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          Zoeken
        </Button>
        <TextLink href={clearHref}>Alles tonen</TextLink>
      </ButtonGroup>
    </form>
  );
}
