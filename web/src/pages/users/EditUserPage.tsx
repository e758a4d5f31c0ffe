import { useState } from 'react';
import { api, type User } from '../../api';
import { ApiError } from '../../http/client';
import { Button, ButtonGroup } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { navigate } from '../../router';
import { useSession, useUser } from '../../session';
import { useResource } from '../../useResource';
import { diffUser, formValues, type UserFormValues } from './changes';
import { leaveNotice } from './notice';
import { UserForm } from './UserForm';

export function EditUserPage({ id }: { id: string }) {
  // There is no GET /users/:id; the list of one municipality is small.
  const users = useResource(() => api.users.list().then((result) => result.items), id);
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
        <LoadError what="De gegevens van de gebruiker" error={users.error} onRetry={users.reload} />
      ) : (
        <Loading>De gegevens van de gebruiker worden geladen…</Loading>
      )}
    </>
  );
}

function EditUserForm({ user }: { user: User }) {
  const me = useUser();
  const { refresh } = useSession();
  const [values, setValues] = useState<UserFormValues>(() => formValues(user));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const { changes, undo } = diffUser(user, values);
    if (Object.keys(changes).length === 0) {
      leaveNotice({ text: `Er was niets gewijzigd aan ${user.name}.` });
      navigate('/beheer/gebruikers');
      return;
    }
    setBusy(true);
    try {
      const { user: saved } = await api.users.update(user.id, changes);
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
      if (caught instanceof ApiError) setError(caught);
      setBusy(false);
    }
  };

  return (
    <>
      {user.id === me.id ? (
        <Paragraph>
          Dit is uw eigen account. U kunt uzelf niet deactiveren en uw eigen beheerdersrol niet afnemen; dat doet een andere beheerder.
        </Paragraph>
      ) : null}
      <UserForm
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
            <TextLink href="/beheer/gebruikers">Annuleren</TextLink>
          </ButtonGroup>
        }
      />
    </>
  );
}
