import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryKeys, type User, type UserChanges } from '../../api';
import { ApiError } from '../../http/client';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { Button, ButtonGroup } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { navigate } from '../../router';
import { useSession, useUser } from '../../session';
import { formProblem } from '../../forms/formErrors';
import { diffUser, formValues, userFormSchema } from './changes';
import { leaveNotice } from './notice';
import { USER_FIELD_NAMES, UserForm } from './UserForm';
import { useUsers } from './useUsers';

export function EditUserPage({ id }: { id: string }) {
  // There is no GET /users/:id; the list of one municipality is small (and shared with the list page).
  const users = useUsers();
  const user = users.data?.find((candidate) => candidate.id === id);
  usePageTitle(user ? `${user.name} wijzigen` : 'Gebruiker wijzigen');

  return (
    <>
      <PageHeading>{user ? `${user.name} wijzigen` : 'Gebruiker wijzigen'}</PageHeading>
      {users.data ? (
        user ? (
          <EditUserForm key={user.id} user={user} />
        ) : (
          <>
            <Paragraph>Deze gebruiker bestaat niet (meer) in uw gemeente.</Paragraph>
            <TextLink href="/beheer/gebruikers">Naar het overzicht van gebruikers</TextLink>
          </>
        )
      ) : users.error ? (
        <LoadError what="De gegevens van de gebruiker" error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Loading>De gegevens van de gebruiker worden geladen…</Loading>
      )}
    </>
  );
}

function EditUserForm({ user }: { user: User }) {
  const me = useUser();
  const { refresh } = useSession();
  const queryClient = useQueryClient();
  const form = useZodForm(userFormSchema, formValues(user));
  const [error, setError] = useState<ApiError | null>(null);
  const update = useMutation({
    mutationFn: (changes: UserChanges) => api.users.update(user.id, changes),
    onSuccess: ({ user: saved }) =>
      queryClient.setQueryData<User[]>(queryKeys.users, (items) => items?.map((item) => (item.id === saved.id ? saved : item))),
  });

  const submit = form.handleSubmit(
    async (values) => {
      const { changes, undo } = diffUser(user, values);
      if (Object.keys(changes).length === 0) {
        leaveNotice({ text: `Er was niets gewijzigd aan ${user.name}.` });
        navigate('/beheer/gebruikers');
        return;
      }
      try {
        const { user: saved } = await update.mutateAsync(changes);
        if (saved.id === me.id) await refresh();
        const deactivated = changes.active === false;
        const text = deactivated
          ? `${saved.name} is gedeactiveerd en kan niet meer inloggen.`
          : `De wijzigingen aan ${saved.name} zijn opgeslagen.${changes.password ? ' Het nieuwe wachtwoord geldt direct.' : ''}`;
        leaveNotice({
          text,
          ...(Object.keys(undo).length > 0
            ? {
                undo: {
                  userId: saved.id,
                  changes: undo,
                  doneText: deactivated ? `${saved.name} is weer actief.` : `De wijzigingen aan ${saved.name} zijn ongedaan gemaakt.`,
                },
              }
            : {}),
        });
        navigate('/beheer/gebruikers');
      } catch (caught) {
        applyServerErrors(form, caught, USER_FIELD_NAMES);
        if (caught instanceof ApiError) setError(caught);
      }
    },
    (errors) => setError(formProblem(errors)),
  );

  return (
    <>
      {user.id === me.id ? (
        <Paragraph>
          Dit is uw eigen account. U kunt uzelf niet deactiveren en uw eigen beheerdersrol niet afnemen; dat doet een andere beheerder.
        </Paragraph>
      ) : null}
      <UserForm
        mode="edit"
        form={form}
        onSubmit={() => void submit()}
        error={error}
        actions={
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={update.isPending || update.isSuccess}>
              Wijzigingen opslaan
            </Button>
            <TextLink href="/beheer/gebruikers">Annuleren</TextLink>
          </ButtonGroup>
        }
      />
    </>
  );
}
