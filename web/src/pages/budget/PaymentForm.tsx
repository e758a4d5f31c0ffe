import { useMemo, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Controller, useWatch } from 'react-hook-form';
import { amsterdamDate } from '../../../../src/shared/dates';
import { formatEuro } from '../../../../src/shared/money';
import { ApiError } from '../../http/client';
import { useZodForm } from '../../forms/useZodForm';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, TextField } from '../../components/FormField';
import { TextAreaField } from '../../components/TextAreaField';
import { formProblem } from '../../forms/formErrors';
import { budgetApi, type LedgerEntry, type PaymentInput, type PlanBalance } from './budgetApi';
import { exceedsCommitment, paymentFormSchema, type PaymentValues } from './budgetForms';

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
  const schema = useMemo(() => paymentFormSchema(balance.openCommitmentCents), [balance.openCommitmentCents]);
  const form = useZodForm(schema, empty());
  const [error, setError] = useState<ApiError | null>(null);
  const pay = useMutation({ mutationFn: (body: PaymentInput) => budgetApi.pay(planId, body) });
  // The API's field paths (the form's own findings use the same paths), as the summary lists them.
  const message = (path: keyof typeof FIELDS) => error?.errors.find((e) => e.path === path)?.message;
  const [amount, exceedCommitment] = useWatch({ control: form.control, name: ['amount', 'exceedCommitment'] });
  const exceeding = exceedsCommitment(amount, balance.openCommitmentCents);

  const submit = form.handleSubmit(
    async (body) => {
      try {
        const result = await pay.mutateAsync(body);
        setError(null);
        form.reset(empty());
        onPaid(result.payment, result.balance);
      } catch (caught) {
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
      }
    },
    (errors) => setError(formProblem(errors)),
  );

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Betaling registreren">
      <ErrorSummary error={error} fields={FIELDS} />
      <div className="dbk-form-row">
        <Controller
          control={form.control}
          name="date"
          render={({ field }) => (
            <TextField id={FIELDS.date.id} label={FIELDS.date.label} type="date" value={field.value} onChange={field.onChange} inputRef={field.ref} error={message('date') ?? message('status')} />
          )}
        />
        <Controller
          control={form.control}
          name="amount"
          render={({ field }) => (
            <TextField
              id={FIELDS.amountCents.id}
              label={FIELDS.amountCents.label}
              description={`In euro, bijvoorbeeld 1.250,00. Nog vastgelegd: ${formatEuro(balance.openCommitmentCents)}.`}
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
              error={message('amountCents')}
              size="narrow"
              autoComplete="off"
            />
          )}
        />
      </div>
      <Controller
        control={form.control}
        name="description"
        render={({ field }) => (
          <TextAreaField
            id={FIELDS.description.id}
            label={FIELDS.description.label}
            description="Waarvoor is betaald? Geen namen of BSN."
            value={field.value}
            onChange={field.onChange}
            textAreaRef={field.ref}
            error={message('description')}
            rows={2}
          />
        )}
      />
      <Controller
        control={form.control}
        name="vat"
        render={({ field }) => <CheckboxField id={FIELDS.vat.id} label={FIELDS.vat.label} checked={field.value} onChange={field.onChange} error={message('vat')} />}
      />
      <Controller
        control={form.control}
        name="invoiceReference"
        render={({ field }) => (
          <TextField
            id={FIELDS.invoiceReference.id}
            label={`${FIELDS.invoiceReference.label} (niet verplicht)`}
            value={field.value}
            onChange={field.onChange}
            inputRef={field.ref}
            error={message('invoiceReference')}
            size="narrow"
            autoComplete="off"
          />
        )}
      />
      {exceeding ? (
        <>
          <Controller
            control={form.control}
            name="exceedCommitment"
            render={({ field }) => (
              <CheckboxField
                id={FIELDS.exceedCommitment.id}
                label={FIELDS.exceedCommitment.label}
                description={`Het bedrag is hoger dan wat er nog is vastgelegd (${formatEuro(balance.openCommitmentCents)}). Het verschil gaat van het beschikbare maatwerkbudget af.`}
                checked={field.value}
                onChange={field.onChange}
              />
            )}
          />
          {exceedCommitment ? (
            <Controller
              control={form.control}
              name="reason"
              render={({ field }) => (
                <TextAreaField id={FIELDS.reason.id} label={FIELDS.reason.label} value={field.value} onChange={field.onChange} textAreaRef={field.ref} error={message('reason')} rows={2} />
              )}
            />
          ) : null}
        </>
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={pay.isPending}>
          Betaling registreren
        </Button>
      </ButtonGroup>
    </form>
  );
}
