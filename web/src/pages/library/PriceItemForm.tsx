import type { FormEventHandler, ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ApiError } from '../../http/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/FormField';
import { TextAreaField } from '../../components/TextAreaField';
import { bindField } from './bindField';
import { CONFIDENCE_OPTIONS, DOMAIN_OPTIONS, FREQUENCY_OPTIONS, FUNDING_STREAM_OPTIONS, type Option } from './labels';
import { PRICE_FIELDS as F, type PriceFormOutput, type PriceFormValues } from './priceForm';

interface PriceItemFormProps {
  mode: 'new' | 'edit';
  form: UseFormReturn<PriceFormValues, unknown, PriceFormOutput>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The summary on top: the form's own mistakes, or the API's 422. */
  summary: ApiError | null;
  actions: ReactNode;
}

const choose = (label: string, options: Option[]) => [{ value: '', label }, ...options];

export function PriceItemForm({ mode, form, onSubmit, summary, actions }: PriceItemFormProps) {
  const bind = <K extends keyof PriceFormValues>(name: K) => bindField(form, name);

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={onSubmit} aria-label={mode === 'new' ? 'Tarief toevoegen' : 'Tarief wijzigen'}>
      <ErrorSummary error={summary} fields={F} />
      <TextField
        id={F.code.id}
        label={F.code.label}
        {...bind('code')}
        readOnly={mode === 'edit'}
        description={mode === 'new' ? 'Een eigen, unieke code, bijvoorbeeld LOK-WMO-BEG-1. De code kan later niet meer veranderen.' : 'De code kan niet veranderen.'}
        autoComplete="off"
        plain
        size="narrow"
      />
      <TextField id={F.name.id} label={F.name.label} {...bind('name')} autoComplete="off" size="wide" />
      <div className="dbk-form-row">
        <TextField
          id={F.unitPriceCents.id}
          label={F.unitPriceCents.label}
          description="In euro, bijvoorbeeld 64,50."
          {...bind('unitPriceCents')}
          autoComplete="off"
          size="narrow"
        />
        <TextField
          id={F.unit.id}
          label={F.unit.label}
          description="Bijvoorbeeld uur, dag of maand."
          {...bind('unit')}
          autoComplete="off"
          size="narrow"
        />
        <SelectField
          id={F.frequency.id}
          label={F.frequency.label}
          description="Voor kostenregels in een plan."
          {...bind('frequency')}
          options={choose('Kies een frequentie', FREQUENCY_OPTIONS)}
        />
      </div>
      <div className="dbk-form-row">
        <SelectField
          id={F.fundingStream.id}
          label={F.fundingStream.label}
          description="Uit welk budget dit wordt betaald."
          {...bind('fundingStream')}
          options={choose('Kies een geldstroom', FUNDING_STREAM_OPTIONS)}
        />
        <SelectField
          id={F.domain.id}
          label={F.domain.label}
          description="Het leefgebied waar het bij hoort."
          {...bind('domain')}
          options={choose('Kies een leefgebied', DOMAIN_OPTIONS)}
        />
      </div>
      <div className="dbk-form-row">
        <TextField
          id={F.year.id}
          label={F.year.label}
          description="Het jaar waarop het bedrag betrekking heeft."
          {...bind('year')}
          autoComplete="off"
          size="narrow"
        />
        <SelectField
          id={F.confidence.id}
          label={F.confidence.label}
          description="Kies ‘Schatting’ als het bedrag onzeker is; het wordt dan overal zo getoond."
          {...bind('confidence')}
          options={CONFIDENCE_OPTIONS}
        />
      </div>
      <TextField
        id={F.source.id}
        label={F.source.label}
        description="Waar het bedrag vandaan komt, bijvoorbeeld ‘Contract Demodam 2025’ of een tarieventabel."
        {...bind('source')}
        autoComplete="off"
        size="wide"
      />
      <TextAreaField
        id={F.note.id}
        label={`${F.note.label} (niet verplicht)`}
        description="Bijvoorbeeld de bandbreedte van een schatting, of wat wel en niet in de prijs zit."
        {...bind('note')}
        rows={3}
      />
      {actions}
    </form>
  );
}
