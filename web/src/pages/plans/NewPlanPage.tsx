import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { createPlanBody } from '../../../../src/plans/plans.contract';
import { BSN_MESSAGE, findBsns } from '../../../../src/privacy/domain/guard';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { ApiError } from '../../http/client';
import { navigate } from '../../router';
import { formProblem } from '../../forms/formErrors';
import './plans.css';
import { planKeys, plansApi } from './plansApi';

const FIELDS = {
  caseNumber: { id: 'plan-casusnummer', label: 'Casusnummer' },
  clientNumber: { id: 'plan-clientnummer', label: 'Cliëntnummer' },
};
const FIELD_NAMES = ['caseNumber', 'clientNumber'] as const;

// The privacy guard runs as the user types: a BSN never needs a round trip to be refused.
const bsn = (text: string) => (findBsns(text).length > 0 ? BSN_MESSAGE : undefined);

/** The two fields of the plan document that start a plan, with the server's rules and its privacy guard. */
const newPlanSchema = createPlanBody.pick({ caseNumber: true, clientNumber: true }).superRefine((values, context) => {
  for (const field of FIELD_NAMES) {
    const message = bsn(values[field]);
    if (message) context.addIssue({ code: 'custom', path: [field], message });
  }
});

/** Only what identifies the case; everything else is written on the canvas, which saves itself. */
export function NewPlanPage() {
  usePageTitle('Nieuw plan');
  const queryClient = useQueryClient();
  const form = useZodForm(newPlanSchema, { caseNumber: '', clientNumber: '' });
  const [error, setError] = useState<ApiError | null>(null);
  // The next number is a suggestion: it fills the field only while the user has not typed in it.
  const suggestion = useQuery({ queryKey: planKeys.nextCaseNumber, queryFn: plansApi.nextCaseNumber, staleTime: 0, gcTime: 0 });
  const suggested = suggestion.data?.caseNumber;
  useEffect(() => {
    if (suggested && !form.getFieldState('caseNumber').isDirty && form.getValues('caseNumber') === '') form.setValue('caseNumber', suggested);
  }, [suggested, form]);
  const create = useMutation({
    mutationFn: plansApi.create,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: planKeys.lists }), queryClient.removeQueries({ queryKey: planKeys.nextCaseNumber })]),
  });

  const submit = form.handleSubmit(
    async (values) => {
      try {
        const plan = await create.mutateAsync(values);
        navigate(`/plannen/${encodeURIComponent(plan.id)}`, { replace: true });
      } catch (caught) {
        applyServerErrors(form, caught, FIELD_NAMES);
        if (caught instanceof ApiError) setError(caught);
      }
    },
    (errors) => setError(formProblem(errors)),
  );

  return (
    <>
      <PageHeading>Nieuw plan</PageHeading>
      <Paragraph>
        Begin met het casusnummer en het cliëntnummer. Daarna vult u samen met het huishouden het maatwerkcanvas in; dat wordt vanzelf opgeslagen.
      </Paragraph>
      <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Nieuw plan">
        <ErrorSummary error={error} fields={FIELDS} />
        {FIELD_NAMES.map((name) => (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field, fieldState }) => (
              <TextField
                id={FIELDS[name].id}
                label={FIELDS[name].label}
                description={
                  name === 'caseNumber'
                    ? suggested
                      ? `Uniek binnen uw gemeente. Voorgesteld: ${suggested}, het volgende nummer van dit jaar; u mag een ander nummer typen.`
                      : 'Uniek binnen uw gemeente, bijvoorbeeld 2026-017.'
                    : 'Het pseudonieme cliëntnummer. Nooit een naam of burgerservicenummer (BSN).'
                }
                value={field.value}
                onChange={field.onChange}
                inputRef={field.ref}
                error={bsn(field.value) ?? fieldState.error?.message}
                autoComplete="off"
                size="narrow"
                plain
              />
            )}
          />
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={create.isPending}>
            Plan maken
          </Button>
          <TextLink href="/plannen">Annuleren</TextLink>
        </ButtonGroup>
      </form>
    </>
  );
}
