import { useState, type FormEvent } from 'react';
import { amsterdamDate } from '../../../../src/shared/dates';
import { formatEuro } from '../../../../src/shared/money';
import { ApiError } from '../../http/client';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, TextField } from '../../components/FormField';
import { TextAreaField } from '../../components/TextAreaField';
import { formError } from '../library/formError';
import { budgetApi, type LedgerEntry, type PlanBalance } from './budgetApi';
import { exceedsCommitment, readPayment, type PaymentValues } from './budgetForms';

const FIELDS = {
  date: { id: 'betaling-datum', label: 'Betaaldatum' },
  amountCents: { id: 'betaling-bedrag', label: 'Bedrag' },
  description: { id: 'betaling-omschrijving', label: 'Omschrijving' },
  vat: { id: 'betaling-btw', label: 'Inclusief btw' },
  invoiceReference: { id: 'betaling-factuur', label: 'Factuurnummer' },
  exceedCommitment: { id: 'betaling-overschrijden', label: 'Vastlegging overschrijden' },
  reason: { id: 'betaling-reden', label: 'Reden van de overschrijding' },
  status: { id: 'betaling-datum', label: 'Plan' },
};

const empty = (): PaymentValues => ({ date: amsterdamDate(new Date()), amount: '', description: '', vat: false, invoiceReference: '', exceedCommitment: false, reason: '' });

export function PaymentForm({ planId, balance, onPaid }: { planId: string; balance: PlanBalance; onPaid: (payment: LedgerEntry, balance: PlanBalance) => void }) {
  const [values, setValues] = useState<PaymentValues>(empty);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof PaymentValues>(key: K, value: PaymentValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const message = (path: keyof typeof FIELDS) => error?.errors.find((e) => e.path === path)?.message;
  const exceeding = exceedsCommitment(values.amount, balance.openCommitmentCents);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { errors, body } = readPayment(values, balance.openCommitmentCents);
    if (errors.length > 0) {
      setError(formError(errors));
      return;
    }
    setBusy(true);
    try {
      const result = await budgetApi.pay(planId, body);
      setError(null);
      setValues(empty());
      onPaid(result.payment, result.balance);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Betaling registreren">
      <ErrorSummary error={error} fields={FIELDS} />
      <div className="dbk-form-row">
        <TextField id={FIELDS.date.id} label={FIELDS.date.label} type="date" value={values.date} onChange={(v) => set('date', v)} error={message('date') ?? message('status')} />
        <TextField
          id={FIELDS.amountCents.id}
          label={FIELDS.amountCents.label}
          description={`In euro, bijvoorbeeld 1.250,00. Nog vastgelegd: ${formatEuro(balance.openCommitmentCents)}.`}
          value={values.amount}
          onChange={(v) => set('amount', v)}
          error={message('amountCents')}
          size="narrow"
          autoComplete="off"
        />
      </div>
      <TextAreaField id={FIELDS.description.id} label={FIELDS.description.label} description="Waarvoor is betaald? Geen namen of BSN." value={values.description} onChange={(v) => set('description', v)} error={message('description')} rows={2} />
      <CheckboxField id={FIELDS.vat.id} label={FIELDS.vat.label} checked={values.vat} onChange={(v) => set('vat', v)} error={message('vat')} />
      <TextField id={FIELDS.invoiceReference.id} label={`${FIELDS.invoiceReference.label} (niet verplicht)`} value={values.invoiceReference} onChange={(v) => set('invoiceReference', v)} error={message('invoiceReference')} size="narrow" autoComplete="off" />
      {exceeding ? (
        <>
          <CheckboxField
            id={FIELDS.exceedCommitment.id}
            label={FIELDS.exceedCommitment.label}
            description={`Het bedrag is hoger dan wat er nog is vastgelegd (${formatEuro(balance.openCommitmentCents)}). Het verschil gaat van het beschikbare maatwerkbudget af.`}
            checked={values.exceedCommitment}
            onChange={(v) => set('exceedCommitment', v)}
          />
          {values.exceedCommitment ? (
            <TextAreaField id={FIELDS.reason.id} label={FIELDS.reason.label} value={values.reason} onChange={(v) => set('reason', v)} error={message('reason')} rows={2} />
          ) : null}
        </>
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          Betaling registreren
        </Button>
      </ButtonGroup>
    </form>
  );
}
