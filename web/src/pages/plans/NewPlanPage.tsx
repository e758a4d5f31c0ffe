import { useState, type FormEvent } from 'react';
import { BSN_MESSAGE, findBsns } from '../../../../src/privacy/domain/guard';
import { ApiError } from '../../http/client';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { navigate } from '../../router';
import './plans.css';
import { plansApi } from './plansApi';
import { usePlansSession } from './usePlansSession';

const FIELDS = {
  caseNumber: { id: 'plan-casusnummer', label: 'Casusnummer' },
  clientNumber: { id: 'plan-clientnummer', label: 'Cliëntnummer' },
};

/** Only what identifies the case; everything else is written on the canvas, which saves itself. */
export function NewPlanPage() {
  usePageTitle('Nieuw plan');
  usePlansSession();
  const [values, setValues] = useState({ caseNumber: '', clientNumber: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // The privacy guard runs as the user types: a BSN never needs a round trip to be refused.
  const bsn = (text: string) => (findBsns(text).length > 0 ? BSN_MESSAGE : undefined);
  const fieldError = (key: keyof typeof FIELDS) => bsn(values[key]) ?? error?.fieldError(key);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (bsn(values.caseNumber) || bsn(values.clientNumber)) {
      document.getElementById(bsn(values.caseNumber) ? FIELDS.caseNumber.id : FIELDS.clientNumber.id)?.focus();
      return;
    }
    setBusy(true);
    try {
      const plan = await plansApi.create({ caseNumber: values.caseNumber.trim(), clientNumber: values.clientNumber.trim() });
      navigate(`/plannen/${encodeURIComponent(plan.id)}`, { replace: true });
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>Nieuw plan</PageHeading>
      <Paragraph>
        Begin met het casusnummer en het cliëntnummer. Daarna vult u samen met het huishouden het maatwerkcanvas in; dat wordt vanzelf opgeslagen.
      </Paragraph>
      <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Nieuw plan">
        <ErrorSummary error={error} fields={FIELDS} />
        <TextField
          id={FIELDS.caseNumber.id}
          label={FIELDS.caseNumber.label}
          description="Uniek binnen uw gemeente, bijvoorbeeld 2026-017."
          value={values.caseNumber}
          onChange={(caseNumber) => setValues({ ...values, caseNumber })}
          error={fieldError('caseNumber')}
          autoComplete="off"
          size="narrow"
          plain
        />
        <TextField
          id={FIELDS.clientNumber.id}
          label={FIELDS.clientNumber.label}
          description="Het pseudonieme cliëntnummer. Nooit een naam of burgerservicenummer (BSN)."
          value={values.clientNumber}
          onChange={(clientNumber) => setValues({ ...values, clientNumber })}
          error={fieldError('clientNumber')}
          autoComplete="off"
          size="narrow"
          plain
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={busy}>
            Plan maken
          </Button>
          <TextLink href="/plannen">Annuleren</TextLink>
        </ButtonGroup>
      </form>
    </>
  );
}
