import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
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
import { LEGAL_FIELD_NAMES, legalChanges, legalFormSchema, legalFormValues } from './legalForm';
import { LEGAL_LIBRARY_PATH } from './libraryPaths';
import { afterLibraryChange, libraryApi, libraryKeys, type LegalBasis } from './libraryApi';

export function EditLegalBasisPage({ code }: { code: string }) {
  const basis = useQuery({ queryKey: libraryKeys.basis(code), queryFn: () => libraryApi.legal.get(code) });
  const title = basis.data ? `${citation(basis.data)} wijzigen` : 'Grondslag wijzigen';
  usePageTitle(title);

  return (
    <>
      <PageHeading>{title}</PageHeading>
      {basis.data ? (
        <EditLegalBasisForm key={basis.data.updatedAt} basis={basis.data} />
      ) : basis.error instanceof ApiError && basis.error.status === 404 ? (
        <>
          <Paragraph>Deze grondslag bestaat niet (meer) in de wettenbibliotheek van uw gemeente.</Paragraph>
          <TextLink href={LEGAL_LIBRARY_PATH}>Naar de wettenbibliotheek</TextLink>
        </>
      ) : basis.error ? (
        <LoadError what="De gegevens van de grondslag" error={basis.error} onRetry={() => void basis.refetch()} />
      ) : (
        <Loading>De grondslag wordt geladen…</Loading>
      )}
    </>
  );
}

function EditLegalBasisForm({ basis }: { basis: LegalBasis }) {
  const me = useUser();
  const queryClient = useQueryClient();
  const form = useZodForm(legalFormSchema, legalFormValues(basis));
  const [summary, setSummary] = useState<ApiError | null>(null);
  const update = useMutation({ mutationFn: (changes: Parameters<typeof libraryApi.legal.update>[1]) => libraryApi.legal.update(basis.code, changes) });
  const back = filtersHref(LEGAL_LIBRARY_PATH, { zoek: basis.code, gedeactiveerd: basis.active ? '' : 'ja' });

  const submit = form.handleSubmit(
    async (input) => {
      const changes = legalChanges(basis, input);
      if (Object.keys(changes).length === 0) {
        setFlash({ type: 'info', text: `Er was niets gewijzigd aan ${citation(basis)}.` });
        navigate(back);
        return;
      }
      try {
        const saved = await update.mutateAsync(changes);
        await afterLibraryChange(queryClient);
        const becameLocal = basis.origin === 'national' && saved.origin === 'local';
        setFlash({
          type: 'ok',
          text: `De wijzigingen aan ${citation(saved)} zijn opgeslagen.${becameLocal ? ' Het is nu een eigen grondslag van uw gemeente (lokaal).' : ''}`,
        });
        navigate(back);
      } catch (caught) {
        applyServerErrors(form, caught, LEGAL_FIELD_NAMES);
        if (caught instanceof ApiError) setSummary(caught);
      }
    },
    (errors) => setSummary(formErrors(errors, LEGAL_FIELD_NAMES)),
  );

  return (
    <>
      {basis.origin === 'national' ? (
        <Alert type="info" heading="Dit is een landelijke grondslag">
          <p className="utrecht-paragraph dbk-paragraph">
            Wijzigt u iets, dan wordt het een eigen grondslag van {me.tenant.name} (lokaal). Een nieuwe versie van de landelijke bibliotheek
            overschrijft hem dan niet meer.
          </p>
        </Alert>
      ) : null}
      {!basis.active ? (
        <Alert type="warning" heading="Deze grondslag is gedeactiveerd">
          <p className="utrecht-paragraph dbk-paragraph">Niemand vindt hem in de wettenbibliotheek. Zet hem terug vanuit de wettenbibliotheek.</p>
        </Alert>
      ) : null}
      <LegalBasisForm
        mode="edit"
        form={form}
        onSubmit={(event) => void submit(event)}
        summary={summary}
        actions={
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={update.isPending || update.isSuccess}>
              Wijzigingen opslaan
            </Button>
            <TextLink href={back}>Annuleren</TextLink>
          </ButtonGroup>
        }
      />
    </>
  );
}
