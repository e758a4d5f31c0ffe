import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../../http/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, TextField } from '../../components/FormField';
import { TextAreaField } from '../../components/TextAreaField';
import { DOMAIN_OPTIONS } from './labels';
import { LEGAL_FIELDS as F, type LegalFormValues } from './legalForm';

interface LegalBasisFormProps {
  mode: 'new' | 'edit';
  values: LegalFormValues;
  onChange: (values: LegalFormValues) => void;
  onSubmit: () => void;
  error: ApiError | null;
  actions: ReactNode;
}

export function LegalBasisForm({ mode, values, onChange, onSubmit, error, actions }: LegalBasisFormProps) {
  const set = <K extends keyof LegalFormValues>(key: K, value: LegalFormValues[K]) => onChange({ ...values, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const message = (path: keyof typeof F) => error?.fieldError(path);

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={submit} aria-label={mode === 'new' ? 'Grondslag toevoegen' : 'Grondslag wijzigen'}>
      <ErrorSummary error={error} fields={F} />
      <TextField
        id={F.code.id}
        label={F.code.label}
        value={values.code}
        onChange={(value) => set('code', value)}
        readOnly={mode === 'edit'}
        description={mode === 'new' ? 'Een eigen, unieke code, bijvoorbeeld LOK-WMO-21. De code kan later niet meer veranderen.' : 'De code kan niet veranderen.'}
        error={message('code')}
        autoComplete="off"
        plain
        size="narrow"
      />
      <TextField
        id={F.regulation.id}
        label={F.regulation.label}
        description="De wet, verordening of beleidsregel, voluit. Bijvoorbeeld ‘Verordening maatschappelijke ondersteuning Demodam 2024’."
        value={values.regulation}
        onChange={(value) => set('regulation', value)}
        error={message('regulation')}
        autoComplete="off"
        size="wide"
      />
      <div className="dbk-form-row">
        <TextField
          id={F.shortName.id}
          label={`${F.shortName.label} (niet verplicht)`}
          description="Zoals collega’s hem noemen, bijvoorbeeld ‘Verordening Wmo’."
          value={values.shortName}
          onChange={(value) => set('shortName', value)}
          error={message('shortName')}
          autoComplete="off"
        />
        <TextField
          id={F.article.id}
          label={`${F.article.label} (niet verplicht)`}
          description="Bijvoorbeeld 21 of 2.3.5. Leeg voor de regeling als geheel."
          value={values.article}
          onChange={(value) => set('article', value)}
          error={message('article')}
          autoComplete="off"
          size="narrow"
        />
      </div>
      <TextAreaField
        id={F.description.id}
        label={F.description.label}
        description="Wat deze grondslag mogelijk maakt, in gewone taal. Bijvoorbeeld: ‘Hardheidsclausule: het college kan afwijken als de verordening tot onbillijkheid leidt.’"
        value={values.description}
        onChange={(value) => set('description', value)}
        error={message('description')}
        rows={4}
      />
      <Fieldset
        id={F.domains.id}
        legend={F.domains.label}
        description="Bij welke leefgebieden deze grondslag vaak helpt. Kiest u er geen, dan geldt hij voor alle leefgebieden."
        error={message('domains')}
      >
        <div className="dbk-checkbox-grid">
          {DOMAIN_OPTIONS.map((domain) => (
            <CheckboxField
              key={domain.value}
              id={`leefgebied-${domain.value}`}
              label={domain.label}
              checked={values.domains.includes(domain.value as LegalFormValues['domains'][number])}
              onChange={(checked) =>
                set(
                  'domains',
                  checked
                    ? [...values.domains, domain.value as LegalFormValues['domains'][number]]
                    : values.domains.filter((key) => key !== domain.value),
                )
              }
            />
          ))}
        </div>
      </Fieldset>
      <TextField
        id={F.url.id}
        label={`${F.url.label} (niet verplicht)`}
        description="Link naar de officiële tekst, bijvoorbeeld op lokaleregelgeving.overheid.nl of wetten.overheid.nl."
        value={values.url}
        onChange={(value) => set('url', value)}
        error={message('url')}
        autoComplete="off"
        plain
        size="wide"
      />
      <TextAreaField
        id={F.note.id}
        label={`${F.note.label} (niet verplicht)`}
        description="Bijvoorbeeld wanneer de regel is vastgesteld of waar u op moet letten."
        value={values.note}
        onChange={(value) => set('note', value)}
        error={message('note')}
        rows={3}
      />
      {actions}
    </form>
  );
}
