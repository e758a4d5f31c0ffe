import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryKeys, type NewUser, type User } from '../../api';
import { ApiError } from '../../http/client';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { Button, ButtonGroup } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { formProblem } from '../../forms/formErrors';
import { EMPTY_USER_FORM, userFormSchema } from './changes';
import { CreatedNotice } from './CreatedNotice';
import { USER_FIELD_NAMES, USER_FIELDS, UserForm } from './UserForm';

export function NewUserPage() {
  usePageTitle('Gebruiker toevoegen');
  const queryClient = useQueryClient();
  const form = useZodForm(userFormSchema, EMPTY_USER_FORM);
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<{ user: User; initialPassword?: string | undefined } | null>(null);
  const create = useMutation({
    mutationFn: (user: NewUser) => api.users.create(user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users }),
  });

  const submit = form.handleSubmit(
    async (values) => {
      try {
        const result = await create.mutateAsync({
          name: values.name,
          email: values.email,
          roles: values.roles,
          ...(values.password ? { password: values.password } : {}),
        });
        setError(null);
        setCreated(result);
        form.reset(EMPTY_USER_FORM);
      } catch (caught) {
        applyServerErrors(form, caught, USER_FIELD_NAMES);
        if (caught instanceof ApiError) setError(caught);
      }
    },
    (errors) => setError(formProblem(errors)),
  );

  return (
    <>
      <PageHeading>Gebruiker toevoegen</PageHeading>
      {created ? (
        <CreatedNotice
          user={created.user}
          initialPassword={created.initialPassword}
          onAnother={() => {
            setCreated(null);
            requestAnimationFrame(() => document.getElementById(USER_FIELDS.name.id)?.focus());
          }}
        />
      ) : (
        <>
          <Paragraph>
            De nieuwe gebruiker hoort bij uw gemeente en ziet alleen gegevens van uw gemeente. Geef alleen de rollen die nodig zijn voor het
            werk.
          </Paragraph>
          <UserForm
            mode="new"
            form={form}
            onSubmit={() => void submit()}
            error={error}
            actions={
              <ButtonGroup>
                <Button type="submit" appearance="primary" busy={create.isPending}>
                  Gebruiker toevoegen
                </Button>
                <TextLink href="/beheer/gebruikers">Annuleren</TextLink>
              </ButtonGroup>
            }
          />
        </>
      )}
    </>
  );
}
