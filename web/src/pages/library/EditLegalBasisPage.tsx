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
import { navigate } from '../../router';
import { useUser } from '../../session';
import { useResource } from '../../useResource';
import { filtersHref, NO_FILTERS } from './filters';
import { formError } from './formError';
import { citation } from './labels';
import { LegalBasisForm } from './LegalBasisForm';
import { checkLegalForm, legalChanges, legalFormValues } from './legalForm';
import { LEGAL_LIBRARY_PATH } from './libraryPaths';
import { libraryApi, type LegalBasis } from './libraryApi';

export function EditLegalBasisPage({ code }: { code: string }) {
  const basis = useResource(() => libraryApi.legal.get(code), code);
  const title = basis.data ? `${citation(basis.data)} wijzigen` : 'Grondslag wijzigen';
  usePageTitle(title);

  return (
    <>
      <PageHeading>{title}</PageHeading>
      {basis.data ? (
        <EditLegalBasisForm key={basis.data.updatedAt} basis={basis.data} />
      ) : basis.error?.status === 404 ? (
        <>
          <Paragraph>Deze grondslag bestaat niet (meer) in de wettenbibliotheek van uw gemeente.</Paragraph>
          <TextLink href={LEGAL_LIBRARY_PATH}>Naar de wettenbibliotheek</TextLink>
        </>
      ) : basis.error ? (
        <LoadError what="De gegevens van de grondslag" error={basis.error} onRetry={basis.reload} />
      ) : (
        <Loading>De grondslag wordt geladen…</Loading>
      )}
    </>
  );
}

function EditLegalBasisForm({ basis }: { basis: LegalBasis }) {
  const me = useUser();
  const [values, setValues] = useState(() => legalFormValues(basis));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const back = filtersHref(LEGAL_LIBRARY_PATH, { ...NO_FILTERS, q: basis.code, inactive: !basis.active });

  const submit = async () => {
    const checked = checkLegalForm(values);
    if (!checked.input) {
      setError(formError(checked.errors));
      return;
    }
    const changes = legalChanges(basis, checked.input);
    if (Object.keys(changes).length === 0) {
      setFlash({ type: 'info', text: `Er was niets gewijzigd aan ${citation(basis)}.` });
      navigate(back);
      return;
    }
    setBusy(true);
    try {
      const saved = await libraryApi.legal.update(basis.code, changes);
      const becameLocal = basis.origin === 'national' && saved.origin === 'local';
      setFlash({
        type: 'ok',
        text: `De wijzigingen aan ${citation(saved)} zijn opgeslagen.${becameLocal ? ' Het is nu een eigen grondslag van uw gemeente (lokaal).' : ''}`,
      });
      navigate(back);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      setBusy(false);
    }
  };

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
        values={values}
        onChange={setValues}
        onSubmit={() => void submit()}
        error={error}
        actions={
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={busy}>
              Wijzigingen opslaan
            </Button>
            <TextLink href={back}>Annuleren</TextLink>
          </ButtonGroup>
        }
      />
    </>
  );
}
