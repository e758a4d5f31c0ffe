import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../http/client';
import { Button, ButtonGroup } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { setFlash } from '../../flash';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { navigate } from '../../router';
import { useUser } from '../../session';
import { filtersHref } from './filters';
import { formErrors } from './formError';
import { citation } from './labels';
import { LegalBasisForm } from './LegalBasisForm';
import { EMPTY_LEGAL_FORM, LEGAL_FIELD_NAMES, legalFormSchema } from './legalForm';
import { LEGAL_LIBRARY_PATH } from './libraryPaths';
import { afterLibraryChange, libraryApi } from './libraryApi';

export function NewLegalBasisPage() {
  usePageTitle('Grondslag toevoegen');
  const me = useUser();
  const queryClient = useQueryClient();
  const form = useZodForm(legalFormSchema, EMPTY_LEGAL_FORM);
  const [summary, setSummary] = useState<ApiError | null>(null);
  const create = useMutation({ mutationFn: libraryApi.legal.create });

  const submit = form.handleSubmit(
    async (input) => {
      try {
        const saved = await create.mutateAsync(input);
        await afterLibraryChange(queryClient);
        setFlash({ type: 'ok', text: `${citation(saved)} is toegevoegd aan de wettenbibliotheek als eigen regel (lokaal).` });
        navigate(filtersHref(LEGAL_LIBRARY_PATH, { zoek: saved.code }));
      } catch (caught) {
        applyServerErrors(form, caught, LEGAL_FIELD_NAMES);
        if (caught instanceof ApiError) setSummary(caught);
      }
    },
    (errors) => setSummary(formErrors(errors, LEGAL_FIELD_NAMES)),
  );

  return (
    <>
      <PageHeading>Grondslag toevoegen</PageHeading>
      <Paragraph>
        Een eigen verordening of beleidsregel van {me.tenant.name}, bijvoorbeeld de hardheidsclausule van een verordening. Iedereen in uw
        gemeente vindt hem daarna in de wettenbibliotheek, gemarkeerd als ‘lokaal’.
      </Paragraph>
      <LegalBasisForm
        mode="new"
        form={form}
        onSubmit={(event) => void submit(event)}
        summary={summary}
        actions={
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={create.isPending || create.isSuccess}>
              Grondslag toevoegen
            </Button>
            <TextLink href={LEGAL_LIBRARY_PATH}>Annuleren</TextLink>
          </ButtonGroup>
        }
      />
    </>
  );
}
