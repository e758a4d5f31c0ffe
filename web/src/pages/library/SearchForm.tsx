import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '../../components/Button';
import { CheckboxField, SelectField, TextField } from '../../components/FormField';
import { TextLink } from '../../components/TextLink';
import type { LibraryFilters } from './filters';
import { DOMAIN_OPTIONS, FUNDING_STREAM_OPTIONS } from './labels';

interface SearchFormProps {
  /** Names the form for screen readers, e.g. "Zoeken in de prijslijst". */
  label: string;
  filters: LibraryFilters;
  onSearch: (filters: LibraryFilters) => void;
  clearHref: string;
  searchDescription: string;
  /** The price list has funding streams; the legal library has none. */
  withFundingStream: boolean;
  originLabels: { national: string; local: string };
  /** Only for those who manage the library. */
  inactiveLabel?: string;
}

export function SearchForm({ label, filters, onSearch, clearHref, searchDescription, withFundingStream, originLabels, inactiveLabel }: SearchFormProps) {
  const [draft, setDraft] = useState(filters);
  // When the address changes (back button, "Alles tonen"), the form shows that search.
  const [shown, setShown] = useState(filters);
  if (shown !== filters) {
    setShown(filters);
    setDraft(filters);
  }
  const set = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => setDraft({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...draft, zoek: draft.zoek.trim() });
  };

  return (
    <form className="utrecht-form dbk-form dbk-panel dbk-library-search" noValidate onSubmit={submit} role="search" aria-label={label}>
      <div className="dbk-library-search__fields">
        <div className="dbk-library-search__query">
          <TextField id="zoek-tekst" label="Zoekterm" type="search" description={searchDescription} value={draft.zoek} onChange={(value) => set('zoek', value)} size="wide" />
        </div>
        {withFundingStream ? (
          <SelectField
            id="zoek-geldstroom"
            label="Geldstroom"
            value={draft.geldstroom}
            onChange={(value) => set('geldstroom', value as LibraryFilters['geldstroom'])}
            options={[{ value: '', label: 'Alle geldstromen' }, ...FUNDING_STREAM_OPTIONS]}
          />
        ) : null}
        <SelectField
          id="zoek-leefgebied"
          label="Leefgebied"
          value={draft.leefgebied}
          onChange={(value) => set('leefgebied', value as LibraryFilters['leefgebied'])}
          options={[{ value: '', label: 'Alle leefgebieden' }, ...DOMAIN_OPTIONS]}
        />
        <SelectField
          id="zoek-herkomst"
          label="Herkomst"
          value={draft.herkomst}
          onChange={(value) => set('herkomst', value as LibraryFilters['herkomst'])}
          options={[
            { value: '', label: 'Landelijk en lokaal' },
            { value: 'landelijk', label: originLabels.national },
            { value: 'lokaal', label: originLabels.local },
          ]}
        />
      </div>
      {inactiveLabel ? <CheckboxField id="zoek-gedeactiveerd" label={inactiveLabel} checked={draft.gedeactiveerd === 'ja'} onChange={(checked) => set('gedeactiveerd', checked ? 'ja' : '')} /> : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          Zoeken
        </Button>
        <TextLink href={clearHref}>Alles tonen</TextLink>
      </ButtonGroup>
    </form>
  );
}
