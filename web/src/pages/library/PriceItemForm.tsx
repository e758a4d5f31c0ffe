import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../../http/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/FormField';
import { TextAreaField } from '../../components/TextAreaField';
import { CONFIDENCE_OPTIONS, DOMAIN_OPTIONS, FREQUENCY_OPTIONS, FUNDING_STREAM_OPTIONS, type Option } from './labels';
import { PRICE_FIELDS as F, type PriceFormValues } from './priceForm';

interface PriceItemFormProps {
  mode: 'new' | 'edit';
  values: PriceFormValues;
  onChange: (values: PriceFormValues) => void;
  onSubmit: () => void;
  error: ApiError | null;
  actions: ReactNode;
}

const choose = (label: string, options: Option[]) => [{ value: '', label }, ...options];

export function PriceItemForm({ mode, values, onChange, onSubmit, error, actions }: PriceItemFormProps) {
  const set = <K extends keyof PriceFormValues>(key: K, value: PriceFormValues[K]) => onChange({ ...values, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const message = (path: keyof typeof F) => error?.fieldError(path);

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={submit} aria-label={mode === 'new' ? 'Tarief toevoegen' : 'Tarief wijzigen'}>
      <ErrorSummary error={error} fields={F} />
      <TextField
        id={F.code.id}
        label={F.code.label}
        value={values.code}
        onChange={(value) => set('code', value)}
        readOnly={mode === 'edit'}
        description={mode === 'new' ? 'Een eigen, unieke code, bijvoorbeeld LOK-WMO-BEG-1. De code kan later niet meer veranderen.' : 'De code kan niet veranderen.'}
        error={message('code')}
        autoComplete="off"
        plain
        size="narrow"
      />
      <TextField id={F.name.id} label={F.name.label} value={values.name} onChange={(value) => set('name', value)} error={message('name')} autoComplete="off" size="wide" />
      <div className="dbk-form-row">
        <TextField
          id={F.unitPriceCents.id}
          label={F.unitPriceCents.label}
          description="In euro, bijvoorbeeld 64,50."
          value={values.price}
          onChange={(value) => set('price', value)}
          error={message('unitPriceCents')}
          autoComplete="off"
          size="narrow"
        />
        <TextField
          id={F.unit.id}
          label={F.unit.label}
          description="Bijvoorbeeld uur, dag of maand."
          value={values.unit}
          onChange={(value) => set('unit', value)}
          error={message('unit')}
          autoComplete="off"
          size="narrow"
        />
        <SelectField
          id={F.frequency.id}
          label={F.frequency.label}
          description="Voor kostenregels in een plan."
          value={values.frequency}
          onChange={(value) => set('frequency', value as PriceFormValues['frequency'])}
          options={choose('Kies een frequentie', FREQUENCY_OPTIONS)}
          error={message('frequency')}
        />
      </div>
      <div className="dbk-form-row">
        <SelectField
          id={F.fundingStream.id}
          label={F.fundingStream.label}
          description="Uit welk budget dit wordt betaald."
          value={values.fundingStream}
          onChange={(value) => set('fundingStream', value as PriceFormValues['fundingStream'])}
          options={choose('Kies een geldstroom', FUNDING_STREAM_OPTIONS)}
          error={message('fundingStream')}
        />
        <SelectField
          id={F.domain.id}
          label={F.domain.label}
          description="Het leefgebied waar het bij hoort."
          value={values.domain}
          onChange={(value) => set('domain', value as PriceFormValues['domain'])}
          options={choose('Kies een leefgebied', DOMAIN_OPTIONS)}
          error={message('domain')}
        />
      </div>
      <div className="dbk-form-row">
        <TextField
          id={F.year.id}
          label={F.year.label}
          description="Het jaar waarop het bedrag betrekking heeft."
          value={values.year}
          onChange={(value) => set('year', value)}
          error={message('year')}
          autoComplete="off"
          size="narrow"
        />
        <SelectField
          id={F.confidence.id}
          label={F.confidence.label}
          description="Kies ‘Schatting’ als het bedrag onzeker is; het wordt dan overal zo getoond."
          value={values.confidence}
          onChange={(value) => set('confidence', value as PriceFormValues['confidence'])}
          options={CONFIDENCE_OPTIONS}
          error={message('confidence')}
        />
      </div>
      <TextField
        id={F.source.id}
        label={F.source.label}
        description="Waar het bedrag vandaan komt, bijvoorbeeld ‘Contract Demodam 2025’ of een tarieventabel."
        value={values.source}
        onChange={(value) => set('source', value)}
        error={message('source')}
        autoComplete="off"
        size="wide"
      />
      <TextAreaField
        id={F.note.id}
        label={`${F.note.label} (niet verplicht)`}
        description="Bijvoorbeeld de bandbreedte van een schatting, of wat wel en niet in de prijs zit."
        value={values.note}
        onChange={(value) => set('note', value)}
        error={message('note')}
        rows={3}
      />
      {actions}
    </form>
  );
}
