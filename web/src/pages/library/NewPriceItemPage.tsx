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
import { libraryApi } from './libraryApi';
import { checkPriceForm, emptyPriceForm } from './priceForm';
import { PriceItemForm } from './PriceItemForm';
import { PRICE_LIST_PATH } from './libraryPaths';

export function NewPriceItemPage() {
  usePageTitle('Tarief toevoegen');
  const me = useUser();
  const [values, setValues] = useState(() => emptyPriceForm(new Date().getFullYear()));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = checkPriceForm(values);
    if (!checked.input) {
      setError(formError(checked.errors));
      return;
    }
    setBusy(true);
    try {
      const saved = await libraryApi.prices.create(checked.input);
      setFlash({ type: 'ok', text: `Tarief ${saved.code} (${saved.name}) is toegevoegd aan de prijslijst als eigen tarief (lokaal).` });
      navigate(filtersHref(PRICE_LIST_PATH, { ...NO_FILTERS, q: saved.code }));
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>Tarief toevoegen</PageHeading>
      <Paragraph>
        Een eigen tarief van {me.tenant.name}, bijvoorbeeld uit een contract met een aanbieder. Iedereen in uw gemeente vindt het daarna in
        de prijslijst, gemarkeerd als ‘lokaal’.
      </Paragraph>
      <PriceItemForm
        mode="new"
        values={values}
        onChange={setValues}
        onSubmit={() => void submit()}
        error={error}
        actions={
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={busy}>
              Tarief toevoegen
            </Button>
            <TextLink href={PRICE_LIST_PATH}>Annuleren</TextLink>
          </ButtonGroup>
        }
      />
    </>
  );
}
