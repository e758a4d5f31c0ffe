import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../../http/client';
import { Button, ButtonGroup } from '../../../../components/Button';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { CheckboxField, TextField } from '../../../../components/FormField';
import { Heading2, PageHeading } from '../../../../components/Heading';
import { LoadError, Loading } from '../../../../components/Loading';
import { Paragraph } from '../../../../components/Paragraph';
import { TextAreaField } from '../../../../components/TextAreaField';
import { TextLink } from '../../../../components/TextLink';
import { usePageTitle } from '../../../../components/usePageTitle';
import { applyServerErrors, useZodForm } from '../../../../forms/useZodForm';
import { navigate } from '../../../../router';
import { afterInspirationChange, inspirationApi, inspirationKeys, type RedactionDraft } from '../../../inspiration/inspirationApi';
import { SolutionFacts } from '../../../inspiration/SolutionFacts';
import { formErrors } from '../../../library/formError';
import { redactionFormSchema, scanTexts, type RedactionTexts } from './redactionForm';

const FIELDS = {
  title: { id: 'redactie-titel', label: 'Titel' },
  situation: { id: 'redactie-situatie', label: 'Situatie (herschreven)' },
  breakthrough: { id: 'redactie-doorbraak', label: 'Doorbraak' },
  legalBases: { id: 'redactie-grondslagen', label: 'Grondslagen' },
  confirmWarnings: { id: 'redactie-bevestig', label: 'Bevestiging' },
};
const FIELD_NAMES = Object.keys(FIELDS);

export function PublishInspirationPage({ planId }: { planId: string }) {
  usePageTitle('Publiceer als inspiratie');
  const draft = useQuery({ queryKey: inspirationKeys.draft(planId), queryFn: () => inspirationApi.draft(planId) });
  return (
    <>
      <PageHeading>Publiceer als inspiratie</PageHeading>
      {draft.data ? (
        <RedactionForm draft={draft.data} />
      ) : draft.error ? (
        <>
          <LoadError what="Het redactievoorstel" error={draft.error} />
          <TextLink href={`/plannen/${encodeURIComponent(planId)}`}>Terug naar het plan</TextLink>
        </>
      ) : (
        <Loading>Het redactievoorstel wordt geladen…</Loading>
      )}
    </>
  );
}

function RedactionForm({ draft }: { draft: RedactionDraft }) {
  const queryClient = useQueryClient();
  const form = useZodForm(redactionFormSchema, { title: draft.title, situation: '', breakthrough: draft.breakthrough, confirmWarnings: false });
  const [summary, setSummary] = useState<ApiError | null>(null);
  const submission = useMutation({ mutationFn: inspirationApi.submit });
  const [title, situation, breakthrough, confirmed] = form.watch(['title', 'situation', 'breakthrough', 'confirmWarnings']);
  const texts: RedactionTexts = { title: title ?? '', situation: situation ?? '', breakthrough: breakthrough ?? '' };
  // The server's privacy guard, on every keystroke: a BSN is refused at its field before anything is sent.
  const scan = scanTexts(texts);
  const set = (key: keyof RedactionTexts) => (value: string) => form.setValue(key, value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });

  const fieldError = (key: keyof RedactionTexts) => scan.errors[key] ?? form.formState.errors[key]?.message;
  const warningText = (key: keyof RedactionTexts) => (scan.warnings[key] ? `Let op: ${scan.warnings[key].map((w) => w.message).join(' ')}` : undefined);

  const submit = form.handleSubmit(
    async (values) => {
      setSummary(null);
      try {
        const saved = await submission.mutateAsync({
          planId: draft.planId,
          title: values.title,
          situation: values.situation,
          breakthrough: values.breakthrough,
          legalBases: draft.legalBases,
          domains: draft.domains,
          fundingStreams: draft.fundingStreams,
          confirmWarnings: scan.hasWarnings && values.confirmWarnings,
        });
        await afterInspirationChange(queryClient);
        navigate(`/inspiratie/${encodeURIComponent(saved.id)}`);
      } catch (caught) {
        applyServerErrors(form, caught, FIELD_NAMES);
        setSummary(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
      }
    },
    (errors) => setSummary(formErrors(errors, FIELD_NAMES, 'Pas de gemelde velden aan voordat u indient.')),
  );

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)}>
      <Paragraph lead>
        Deel wat dit gezin verder hielp met de gemeenten in de regio. Wat u hier schrijft, kan iedereen in de regio lezen: schrijf het zo dat niemand
        het gezin herkent. Een tweede maatwerker controleert het voordat het zichtbaar wordt.
      </Paragraph>
      <ErrorSummary error={summary} fields={FIELDS} />
      <TextField id={FIELDS.title.id} label={FIELDS.title.label} size="wide" value={texts.title} onChange={set('title')} error={fieldError('title')} description={warningText('title')} />
      <TextAreaField
        id={FIELDS.situation.id}
        label={FIELDS.situation.label}
        rows={5}
        value={texts.situation}
        onChange={set('situation')}
        error={fieldError('situation')}
        description={[`${draft.guidance}. Schrijf in een paar zinnen wat er vastliep, niet wie het was.`, warningText('situation')].filter(Boolean).join(' ')}
      />
      <TextAreaField
        id={FIELDS.breakthrough.id}
        label={FIELDS.breakthrough.label}
        rows={4}
        value={texts.breakthrough}
        onChange={set('breakthrough')}
        error={fieldError('breakthrough')}
        description={['Overgenomen uit het plan; pas het aan waar het naar het gezin verwijst.', warningText('breakthrough')].filter(Boolean).join(' ')}
      />
      {scan.hasWarnings ? (
        <CheckboxField
          id={FIELDS.confirmWarnings.id}
          label="Ik heb gecontroleerd dat de gemelde e-mailadressen, telefoonnummers of data nodig zijn en niet naar het gezin te herleiden zijn."
          checked={confirmed ?? false}
          onChange={(checked) => form.setValue('confirmWarnings', checked, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
          error={form.formState.errors.confirmWarnings?.message}
        />
      ) : null}
      <section aria-labelledby="redactie-vast" id={FIELDS.legalBases.id} tabIndex={-1}>
        <Heading2 id="redactie-vast">Uit het plan (niet te wijzigen)</Heading2>
        <Paragraph>Grondslagen zonder de motivering, leefgebieden, geldstromen en de kosten-batenanalyse in totalen.</Paragraph>
        <SolutionFacts legalBases={draft.legalBases} domains={draft.domains} fundingStreams={draft.fundingStreams} kba={draft.kba} full />
      </section>
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={submission.isPending || submission.isSuccess}>
          Indienen ter beoordeling
        </Button>
        <TextLink href={`/plannen/${encodeURIComponent(draft.planId)}`}>Annuleren, terug naar het plan</TextLink>
      </ButtonGroup>
    </form>
  );
}
