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
import { libraryApi, type PriceItem } from './libraryApi';
import { checkPriceForm, priceChanges, priceFormValues } from './priceForm';
import { PriceItemForm } from './PriceItemForm';
import { PRICE_LIST_PATH } from './libraryPaths';

export function EditPriceItemPage({ code }: { code: string }) {
  const item = useResource(() => libraryApi.prices.get(code), code);
  const title = item.data ? `Tarief ${item.data.code} wijzigen` : 'Tarief wijzigen';
  usePageTitle(title);

  return (
    <>
      <PageHeading>{title}</PageHeading>
      {item.data ? (
        <EditPriceItemForm key={item.data.updatedAt} item={item.data} />
      ) : item.error?.status === 404 ? (
        <>
          <Paragraph>Dit tarief bestaat niet (meer) in de prijslijst van uw gemeente.</Paragraph>
          <TextLink href={PRICE_LIST_PATH}>Naar de prijslijst</TextLink>
        </>
      ) : item.error ? (
        <LoadError what="De gegevens van het tarief" error={item.error} onRetry={item.reload} />
      ) : (
        <Loading>Het tarief wordt geladen…</Loading>
      )}
    </>
  );
}

function EditPriceItemForm({ item }: { item: PriceItem }) {
  const me = useUser();
  const [values, setValues] = useState(() => priceFormValues(item));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const back = filtersHref(PRICE_LIST_PATH, { ...NO_FILTERS, q: item.code, inactive: !item.active });

  const submit = async () => {
    const checked = checkPriceForm(values);
    if (!checked.input) {
      setError(formError(checked.errors));
      return;
    }
    const changes = priceChanges(item, checked.input);
    if (Object.keys(changes).length === 0) {
      setFlash({ type: 'info', text: `Er was niets gewijzigd aan tarief ${item.code}.` });
      navigate(back);
      return;
    }
    setBusy(true);
    try {
      const saved = await libraryApi.prices.update(item.code, changes);
      const becameLocal = item.origin === 'national' && saved.origin === 'local';
      setFlash({
        type: 'ok',
        text: `De wijzigingen aan tarief ${saved.code} (${saved.name}) zijn opgeslagen.${becameLocal ? ' Het is nu een eigen tarief van uw gemeente (lokaal).' : ''}`,
      });
      navigate(back);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      setBusy(false);
    }
  };

  return (
    <>
      {item.origin === 'national' ? (
        <Alert type="info" heading="Dit is een landelijk standaardbedrag">
          <p className="utrecht-paragraph dbk-paragraph">
            Wijzigt u iets, dan wordt het een eigen tarief van {me.tenant.name} (lokaal). Een nieuwe versie van de landelijke lijst
            overschrijft het dan niet meer.
          </p>
        </Alert>
      ) : null}
      {!item.active ? (
        <Alert type="warning" heading="Dit tarief is gedeactiveerd">
          <p className="utrecht-paragraph dbk-paragraph">Niemand vindt het in de prijslijst. Zet het terug vanuit de prijslijst.</p>
        </Alert>
      ) : null}
      <PriceItemForm
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
