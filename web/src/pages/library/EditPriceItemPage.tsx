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
import { afterLibraryChange, libraryApi, libraryKeys, type PriceItem } from './libraryApi';
import { PRICE_FIELD_NAMES, priceChanges, priceFormSchema, priceFormValues } from './priceForm';
import { PriceItemForm } from './PriceItemForm';
import { PRICE_LIST_PATH } from './libraryPaths';

export function EditPriceItemPage({ code }: { code: string }) {
  const item = useQuery({ queryKey: libraryKeys.price(code), queryFn: () => libraryApi.prices.get(code) });
  const title = item.data ? `Tarief ${item.data.code} wijzigen` : 'Tarief wijzigen';
  usePageTitle(title);

  return (
    <>
      <PageHeading>{title}</PageHeading>
      {item.data ? (
        <EditPriceItemForm key={item.data.updatedAt} item={item.data} />
      ) : item.error instanceof ApiError && item.error.status === 404 ? (
        <>
          <Paragraph>Dit tarief bestaat niet (meer) in de prijslijst van uw gemeente.</Paragraph>
          <TextLink href={PRICE_LIST_PATH}>Naar de prijslijst</TextLink>
        </>
      ) : item.error ? (
        <LoadError what="De gegevens van het tarief" error={item.error} onRetry={() => void item.refetch()} />
      ) : (
        <Loading>Het tarief wordt geladen…</Loading>
      )}
    </>
  );
}

function EditPriceItemForm({ item }: { item: PriceItem }) {
  const me = useUser();
  const queryClient = useQueryClient();
  const form = useZodForm(priceFormSchema, priceFormValues(item));
  const [summary, setSummary] = useState<ApiError | null>(null);
  const update = useMutation({ mutationFn: (changes: Parameters<typeof libraryApi.prices.update>[1]) => libraryApi.prices.update(item.code, changes) });
  const back = filtersHref(PRICE_LIST_PATH, { zoek: item.code, gedeactiveerd: item.active ? '' : 'ja' });

  const submit = form.handleSubmit(
    async (input) => {
      const changes = priceChanges(item, input);
      if (Object.keys(changes).length === 0) {
        setFlash({ type: 'info', text: `Er was niets gewijzigd aan tarief ${item.code}.` });
        navigate(back);
        return;
      }
      try {
        const saved = await update.mutateAsync(changes);
        await afterLibraryChange(queryClient);
        const becameLocal = item.origin === 'national' && saved.origin === 'local';
        setFlash({
          type: 'ok',
          text: `De wijzigingen aan tarief ${saved.code} (${saved.name}) zijn opgeslagen.${becameLocal ? ' Het is nu een eigen tarief van uw gemeente (lokaal).' : ''}`,
        });
        navigate(back);
      } catch (caught) {
        applyServerErrors(form, caught, PRICE_FIELD_NAMES);
        if (caught instanceof ApiError) setSummary(caught);
      }
    },
    (errors) => setSummary(formErrors(errors, PRICE_FIELD_NAMES)),
  );

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
