import { useState } from 'react';
import { ApiError } from '../../http/client';
import { Button, ButtonGroup } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { setFlash } from '../../flash';
import { navigate } from '../../router';
import { useUser } from '../../session';
import { filtersHref, NO_FILTERS } from './filters';
import { formError } from './formError';
import { citation } from './labels';
import { LegalBasisForm } from './LegalBasisForm';
import { checkLegalForm, EMPTY_LEGAL_FORM } from './legalForm';
import { LEGAL_LIBRARY_PATH } from './libraryPaths';
import { libraryApi } from './libraryApi';

export function NewLegalBasisPage() {
  usePageTitle('Grondslag toevoegen');
  const me = useUser();
  const [values, setValues] = useState(EMPTY_LEGAL_FORM);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = checkLegalForm(values);
    if (!checked.input) {
      setError(formError(checked.errors));
      return;
    }
    setBusy(true);
    try {
      const saved = await libraryApi.legal.create(checked.input);
      setFlash({ type: 'ok', text: `${citation(saved)} is toegevoegd aan de wettenbibliotheek als eigen regel (lokaal).` });
      navigate(filtersHref(LEGAL_LIBRARY_PATH, { ...NO_FILTERS, q: saved.code }));
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>Grondslag toevoegen</PageHeading>
      <Paragraph>
        Een eigen verordening of beleidsregel van {me.tenant.name}, bijvoorbeeld de hardheidsclausule van een verordening. Iedereen in uw
        gemeente vindt hem daarna in de wettenbibliotheek, gemarkeerd als ‘lokaal’.
      </Paragraph>
      <LegalBasisForm
        mode="new"
        values={values}
        onChange={setValues}
        onSubmit={() => void submit()}
        error={error}
        actions={
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={busy}>
              Grondslag toevoegen
            </Button>
            <TextLink href={LEGAL_LIBRARY_PATH}>Annuleren</TextLink>
          </ButtonGroup>
        }
      />
    </>
  );
}
