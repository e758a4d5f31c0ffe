import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/FormField';
import { formProblem } from '../../forms/formErrors';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { ApiError } from '../../http/client';
import { navigate } from '../../router';
import { bsnProblem, startPlanSchema } from './candidateFilters';
import { pillarList } from './overlapFormat';
import { servicedataApi, type Candidate } from './servicedataApi';

const FIELDS = {
  caseNumber: { id: 'kandidaat-casusnummer', label: 'Casusnummer' },
  clientNumber: { id: 'kandidaat-clientnummer', label: 'Cliëntnummer' },
};
const FIELD_NAMES = ['caseNumber', 'clientNumber'] as const;

interface StartPlanDialogProps {
  candidate: Candidate;
  /** The row's number in the list, to name the household. */
  rank: number;
  /** The peildatum of the list: the plan's current scenario holds the services running then. */
  date: string;
  onClose: () => void;
}

/**
 * A modal form on the native <dialog>: the browser keeps focus inside, Escape closes it and focus
 * returns to the row's button. On success the new plan's canvas opens, its current scenario filled.
 */
export function StartPlanDialog({ candidate, rank, date, onClose }: StartPlanDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const queryClient = useQueryClient();
  const numbers = candidate.clientNumbers;
  const form = useZodForm(startPlanSchema, { caseNumber: '', clientNumber: numbers[0] ?? '' });
  const [error, setError] = useState<ApiError | null>(null);
  const start = useMutation({ mutationFn: servicedataApi.startPlan });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    opener.current = document.activeElement;
    dialog.showModal();
    document.getElementById(FIELDS.caseNumber.id)?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, []);

  const submit = form.handleSubmit(
    async (values) => {
      try {
        const plan = await start.mutateAsync({ householdKey: candidate.householdKey, caseNumber: values.caseNumber, clientNumber: values.clientNumber, date });
        await queryClient.invalidateQueries({ queryKey: ['plans', 'list'] });
        opener.current = null; // the canvas takes over; focus goes to its heading
        navigate(`/plannen/${encodeURIComponent(plan.id)}`);
      } catch (caught) {
        applyServerErrors(form, caught, FIELD_NAMES);
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
      }
    },
    (errors) => setError(formProblem(errors)),
  );

  return (
    <dialog
      ref={ref}
      className="dbk-dialog dbk-sd-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!start.isPending) onClose();
      }}
    >
      <h2 id={titleId} className="utrecht-heading-2 dbk-heading-2">
        Start een maatwerkplan
      </h2>
      <p className="utrecht-paragraph dbk-paragraph">
        Voor huishouden {rank} ({pillarList(candidate.pillars)}). Het plan begint als concept; de huidige situatie is al ingevuld met de lopende
        voorzieningen van het huishouden op de peildatum.
      </p>
      <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={titleId}>
        <ErrorSummary error={error} fields={FIELDS} />
        <Controller
          control={form.control}
          name="caseNumber"
          render={({ field, fieldState }) => (
            <TextField
              id={FIELDS.caseNumber.id}
              label={FIELDS.caseNumber.label}
              description="Uniek binnen uw gemeente, bijvoorbeeld 2026-017."
              value={field.value}
              onChange={field.onChange}
              inputRef={field.ref}
              error={bsnProblem(field.value) ?? fieldState.error?.message}
              autoComplete="off"
              size="narrow"
              plain
            />
          )}
        />
        <Controller
          control={form.control}
          name="clientNumber"
          render={({ field, fieldState }) =>
            numbers.length > 0 ? (
              <SelectField
                id={FIELDS.clientNumber.id}
                label={FIELDS.clientNumber.label}
                description={numbers.length > 1 ? 'Het huishouden heeft meer cliënten: kies wiens cliëntnummer het plan krijgt.' : 'Het cliëntnummer uit de eigen gegevens.'}
                value={field.value}
                onChange={field.onChange}
                options={numbers.map((number) => ({ value: number, label: number }))}
                error={fieldState.error?.message}
              />
            ) : (
              <TextField
                id={FIELDS.clientNumber.id}
                label={FIELDS.clientNumber.label}
                description="Van dit huishouden is geen cliëntnummer bekend. Vul het pseudonieme cliëntnummer in, nooit een naam of BSN."
                value={field.value}
                onChange={field.onChange}
                inputRef={field.ref}
                error={bsnProblem(field.value) ?? fieldState.error?.message}
                autoComplete="off"
                size="narrow"
                plain
              />
            )
          }
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={start.isPending}>
            Plan starten
          </Button>
          <Button appearance="secondary" onClick={onClose} disabled={start.isPending}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    </dialog>
  );
}
