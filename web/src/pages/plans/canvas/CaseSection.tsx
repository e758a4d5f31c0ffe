import { memo } from 'react';
import { DOMAINS, type Domain } from '../../../../../src/plans/domain/vocabulary';
import { Heading2 } from '../../../components/Heading';
import type { PlanDocument, Professional } from '../planTypes';
import { fieldId, useField } from './CanvasContext';
import { CanvasCheckbox } from './fields/CanvasCheckbox';
import { CanvasSelect } from './fields/CanvasSelect';
import { CanvasTextField } from './fields/CanvasTextField';
import { NumberField } from './fields/NumberField';
import { parseOptionalWholeInput } from './numberInput';
import { ProfessionalsTable } from './ProfessionalsTable';
import type { Edit } from './types';

const SCORES = [{ value: '', label: 'Nog niet gevraagd' }, ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))];

type SectionProps = Pick<PlanDocument, 'caseNumber' | 'clientNumber' | 'household' | 'lifeSatisfaction' | 'domains' | 'situation'> & {
  professionals: Professional[] | undefined;
  edit: Edit;
};

/** The situation: who (by number only), how satisfied, which leefgebieden, what is going on, who is involved. */
export const CaseSection = memo(function CaseSection({ caseNumber, clientNumber, household, lifeSatisfaction, domains = [], situation, professionals, edit }: SectionProps) {
  const setHousehold = (key: 'adults' | 'children', value: number | null) =>
    edit((current) => {
      const other = key === 'adults' ? current.household?.children : current.household?.adults;
      if (value === null && !other) {
        const { household: _household, ...rest } = current;
        return rest;
      }
      return { ...current, household: { adults: current.household?.adults ?? 0, children: current.household?.children ?? 0, [key]: value ?? 0 } };
    });
  const toggle = (domain: Domain, checked: boolean) =>
    edit((current) => {
      const chosen = new Set(current.domains ?? []);
      if (checked) chosen.add(domain);
      else chosen.delete(domain);
      return { ...current, domains: DOMAINS.map((d) => d.key).filter((key) => chosen.has(key)) };
    });
  const domainField = useField('domains');

  return (
    <section aria-labelledby="situatie" className="dbk-canvas-section">
      <Heading2 id="situatie">Situatie</Heading2>
      <div className="dbk-canvas-grid">
        <CanvasTextField path="caseNumber" label="Casusnummer" value={caseNumber} maxLength={50} onChange={(caseNumber) => edit((current) => ({ ...current, caseNumber }))} />
        <CanvasTextField
          path="clientNumber"
          label="Cliëntnummer"
          description="Nooit een naam of BSN."
          value={clientNumber}
          maxLength={50}
          onChange={(clientNumber) => edit((current) => ({ ...current, clientNumber }))}
        />
        <CanvasSelect
          path="lifeSatisfaction"
          label="Tevredenheidscijfer (1–10)"
          description="Hoe tevreden is het huishouden nu met het leven?"
          value={lifeSatisfaction ? String(lifeSatisfaction) : ''}
          options={SCORES}
          onChange={(value) => edit((current) => ({ ...current, lifeSatisfaction: value ? Number(value) : null }))}
        />
        <fieldset className="dbk-canvas-fieldset dbk-household">
          <legend className="dbk-canvas-field__label">Huishouden</legend>
          <NumberField path="household.adults" label="Volwassenen" size="xs" inputMode="numeric" value={household?.adults ?? null} parse={(text) => parseOptionalWholeInput(text, { max: 50 })} format={String} onChange={(value) => setHousehold('adults', value)} />
          <NumberField path="household.children" label="Kinderen" size="xs" inputMode="numeric" value={household?.children ?? null} parse={(text) => parseOptionalWholeInput(text, { max: 50 })} format={String} onChange={(value) => setHousehold('children', value)} />
        </fieldset>
      </div>

      <fieldset className="dbk-canvas-fieldset" id={fieldId('domains')} aria-describedby={domainField.error ? `${fieldId('domains')}-fout` : undefined}>
        <legend className="dbk-canvas-field__label">Leefgebieden</legend>
        {domainField.error ? (
          <div className="utrecht-form-field-error-message dbk-field__error dbk-canvas-error" id={`${fieldId('domains')}-fout`}>
            {domainField.error}
          </div>
        ) : null}
        <div className="dbk-domains">
          {DOMAINS.map((domain) => (
            <CanvasCheckbox key={domain.key} path="domains" idSuffix={domain.key} label={domain.label} checked={domains.includes(domain.key)} onChange={(checked) => toggle(domain.key, checked)} />
          ))}
        </div>
      </fieldset>

      <CanvasTextField
        path="situation"
        label="Situatieschets"
        description="Wat speelt er, en waar loopt het vast? Gebruik geen namen."
        multiline
        rows={6}
        value={situation ?? ''}
        maxLength={20000}
        onChange={(situation) => edit((current) => ({ ...current, situation }))}
      />

      <ProfessionalsTable professionals={professionals ?? []} edit={edit} />
    </section>
  );
});
