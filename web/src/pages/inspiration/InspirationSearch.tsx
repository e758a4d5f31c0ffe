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
  const set = <K extends keyof InspirationFilters>(key: K, value: string) => setDraft({ ...draft, [key]: value as InspirationFilters[K] });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (minReturnCents(draft.minimaalrendement) === undefined) {
      setError('Vul een bedrag in euro’s in, bijvoorbeeld 10.000.');
      document.getElementById('zoek-rendement')?.focus();
      return;
    }
    setError('');
    onSearch({ ...draft, zoek: draft.zoek.trim(), wet: draft.wet.trim(), minimaalrendement: draft.minimaalrendement.trim() });
  };

  return (
    <form className="utrecht-form dbk-form dbk-panel" noValidate onSubmit={submit} role="search" aria-label="Zoeken in de inspiratiebibliotheek">
      <TextField
        id="zoek-tekst"
        label="Zoekterm"
        type="search"
        size="wide"
        description="Zoekt in titel, situatie en doorbraak, bijvoorbeeld ‘huurachterstand’ of ‘taxi’."
        value={draft.zoek}
        onChange={(value) => set('zoek', value)}
      />
      <div className="dbk-inspiration-search__fields">
        <SelectField id="zoek-leefgebied" label="Leefgebied" value={draft.leefgebied} onChange={(value) => set('leefgebied', value)} options={[{ value: '', label: 'Alle leefgebieden' }, ...DOMAIN_OPTIONS]} />
        <TextField id="zoek-wet" label="Wet of artikel" description="Bijvoorbeeld ‘Participatiewet 35’." value={draft.wet} onChange={(value) => set('wet', value)} />
        <SelectField
          id="zoek-geldstroom"
          label="Geldstroom"
          value={draft.geldstroom}
          onChange={(value) => set('geldstroom', value)}
          options={[{ value: '', label: 'Alle geldstromen' }, ...FUNDING_STREAM_OPTIONS]}
        />
        <TextField id="zoek-rendement" label="Minimaal rendement (€)" size="narrow" value={draft.minimaalrendement} error={error || undefined} onChange={(value) => set('minimaalrendement', value)} />
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
