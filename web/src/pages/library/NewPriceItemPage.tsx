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
import { afterLibraryChange, libraryApi } from './libraryApi';
import { emptyPriceForm, PRICE_FIELD_NAMES, priceFormSchema } from './priceForm';
import { PriceItemForm } from './PriceItemForm';
import { PRICE_LIST_PATH } from './libraryPaths';

export function NewPriceItemPage() {
  usePageTitle('Tarief toevoegen');
  const me = useUser();
  const queryClient = useQueryClient();
  const form = useZodForm(priceFormSchema, emptyPriceForm(new Date().getFullYear()));
  const [summary, setSummary] = useState<ApiError | null>(null);
  const create = useMutation({ mutationFn: libraryApi.prices.create });

  const submit = form.handleSubmit(
    async (input) => {
      try {
        const saved = await create.mutateAsync(input);
        await afterLibraryChange(queryClient);
        setFlash({ type: 'ok', text: `Tarief ${saved.code} (${saved.name}) is toegevoegd aan de prijslijst als eigen tarief (lokaal).` });
        navigate(filtersHref(PRICE_LIST_PATH, { zoek: saved.code }));
      } catch (caught) {
        applyServerErrors(form, caught, PRICE_FIELD_NAMES);
        if (caught instanceof ApiError) setSummary(caught);
      }
    },
    (errors) => setSummary(formErrors(errors, PRICE_FIELD_NAMES)),
  );

  return (
    <>
      <PageHeading>Tarief toevoegen</PageHeading>
      <Paragraph>
        Een eigen tarief van {me.tenant.name}, bijvoorbeeld uit een contract met een aanbieder. Iedereen in uw gemeente vindt het daarna in
        de prijslijst, gemarkeerd als ‘lokaal’.
      </Paragraph>
      <PriceItemForm
        mode="new"
        form={form}
        onSubmit={(event) => void submit(event)}
        summary={summary}
        actions={
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={create.isPending || create.isSuccess}>
              Tarief toevoegen
            </Button>
            <TextLink href={PRICE_LIST_PATH}>Annuleren</TextLink>
          </ButtonGroup>
        }
      />
    </>
  );
}
