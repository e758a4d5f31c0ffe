import { useState } from 'react';
import { api, type User } from '../../api';
import { ApiError } from '../../http/client';
import { Button, ButtonGroup } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import type { UserFormValues } from './changes';
import { CreatedNotice } from './CreatedNotice';
import { USER_FIELDS, UserForm } from './UserForm';

const EMPTY: UserFormValues = { name: '', email: '', roles: [], active: true, password: '' };

export function NewUserPage() {
  usePageTitle('Gebruiker toevoegen');
  const [values, setValues] = useState(EMPTY);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ user: User; initialPassword?: string } | null>(null);

  const submit = async () => {
    setBusy(true);
    try {
      const result = await api.users.create({
        name: values.name.trim(),
        email: values.email.trim(),
        roles: values.roles,
        ...(values.password ? { password: values.password } : {}),
      });
      setError(null);
      setCreated(result);
      setValues(EMPTY);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>Gebruiker toevoegen</PageHeading>
      {created ? (
        <CreatedNotice user={created.user} initialPassword={created.initialPassword} onAnother={() => {
            setCreated(null);
            requestAnimationFrame(() => document.getElementById(USER_FIELDS.name.id)?.focus());
          }} />
      ) : (
        <>
          <Paragraph>
            De nieuwe gebruiker hoort bij uw gemeente en ziet alleen gegevens van uw gemeente. Geef alleen de rollen die nodig zijn voor het
            werk.
          </Paragraph>
          <UserForm
            mode="new"
            values={values}
            onChange={setValues}
            onSubmit={() => void submit()}
            error={error}
            actions={
              <ButtonGroup>
                <Button type="submit" appearance="primary" busy={busy}>
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
