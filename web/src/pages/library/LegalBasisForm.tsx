import type { FormEventHandler, ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ApiError } from '../../http/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, TextField } from '../../components/FormField';
import { TextAreaField } from '../../components/TextAreaField';
import { bindField } from './bindField';
import { DOMAIN_OPTIONS } from './labels';
import { LEGAL_FIELDS as F, type LegalFormOutput, type LegalFormValues } from './legalForm';

interface LegalBasisFormProps {
  mode: 'new' | 'edit';
  form: UseFormReturn<LegalFormValues, unknown, LegalFormOutput>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The summary on top: the form's own mistakes, or the API's 422. */
  summary: ApiError | null;
  actions: ReactNode;
}

type Domain = NonNullable<LegalFormValues['domains']>[number];

export function LegalBasisForm({ mode, form, onSubmit, summary, actions }: LegalBasisFormProps) {
  const bind = <K extends Exclude<keyof LegalFormValues, 'domains'>>(name: K) => bindField(form, name);
  const domains: Domain[] = form.watch('domains') ?? [];
  const setDomains = (next: Domain[]) => form.setValue('domains', next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={onSubmit} aria-label={mode === 'new' ? 'Grondslag toevoegen' : 'Grondslag wijzigen'}>
      <ErrorSummary error={summary} fields={F} />
      <TextField
        id={F.code.id}
        label={F.code.label}
        {...bind('code')}
        readOnly={mode === 'edit'}
        description={mode === 'new' ? 'Een eigen, unieke code, bijvoorbeeld LOK-WMO-21. De code kan later niet meer veranderen.' : 'De code kan niet veranderen.'}
        autoComplete="off"
        plain
        size="narrow"
      />
      <TextField
        id={F.regulation.id}
        label={F.regulation.label}
        description="De wet, verordening of beleidsregel, voluit. Bijvoorbeeld ‘Verordening maatschappelijke ondersteuning Demodam 2024’."
        {...bind('regulation')}
        autoComplete="off"
        size="wide"
      />
      <div className="dbk-form-row">
        <TextField
          id={F.shortName.id}
          label={`${F.shortName.label} (niet verplicht)`}
          description="Zoals collega’s hem noemen, bijvoorbeeld ‘Verordening Wmo’."
          {...bind('shortName')}
          autoComplete="off"
        />
        <TextField
          id={F.article.id}
          label={`${F.article.label} (niet verplicht)`}
          description="Bijvoorbeeld 21 of 2.3.5. Leeg voor de regeling als geheel."
          {...bind('article')}
          autoComplete="off"
          size="narrow"
        />
      </div>
      <TextAreaField
        id={F.description.id}
        label={F.description.label}
        description="Wat deze grondslag mogelijk maakt, in gewone taal. Bijvoorbeeld: ‘Hardheidsclausule: het college kan afwijken als de verordening tot onbillijkheid leidt.’"
        {...bind('description')}
        rows={4}
      />
      <Fieldset
        id={F.domains.id}
        legend={F.domains.label}
        description="Bij welke leefgebieden deze grondslag vaak helpt. Kiest u er geen, dan geldt hij voor alle leefgebieden."
        error={form.formState.errors.domains?.message}
      >
        <div className="dbk-checkbox-grid">
          {DOMAIN_OPTIONS.map((domain) => (
            <CheckboxField
              key={domain.value}
              id={`leefgebied-${domain.value}`}
              label={domain.label}
              checked={domains.includes(domain.value as Domain)}
              onChange={(checked) => setDomains(checked ? [...domains, domain.value as Domain] : domains.filter((key) => key !== domain.value))}
            />
          ))}
        </div>
      </Fieldset>
      <TextField
        id={F.url.id}
        label={`${F.url.label} (niet verplicht)`}
        description="Link naar de officiële tekst, bijvoorbeeld op lokaleregelgeving.overheid.nl of wetten.overheid.nl."
        {...bind('url')}
        autoComplete="off"
        plain
        size="wide"
      />
      <TextAreaField
        id={F.note.id}
        label={`${F.note.label} (niet verplicht)`}
        description="Bijvoorbeeld wanneer de regel is vastgesteld of waar u op moet letten."
        {...bind('note')}
        rows={3}
      />
      {actions}
    </form>
  );
}
