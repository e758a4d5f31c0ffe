import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryKeys, type User, type UserChanges } from '../../api';
import { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { Link } from '../../router';
import { can, useUser } from '../../session';
import { useUserNotice, type UserNotice } from './notice';
import { UserTable } from './UserTable';
import { useUsers } from './useUsers';

export function UsersPage() {
  usePageTitle('Gebruikers');
  const me = useUser();
  const queryClient = useQueryClient();
  const users = useUsers();
  const [notice, setNotice] = useUserNotice();
  const change = useMutation({
    mutationFn: ({ userId, changes }: { userId: string; changes: UserChanges }) => api.users.update(userId, changes),
    onSuccess: ({ user }) => queryClient.setQueryData<User[]>(queryKeys.users, (items) => items?.map((item) => (item.id === user.id ? user : item))),
  });
  const busyId = change.isPending ? change.variables.userId : null;
  const error = change.error instanceof ApiError ? change.error : null;

  const save = async (userId: string, changes: UserChanges): Promise<User | null> => {
    try {
      return (await change.mutateAsync({ userId, changes })).user;
    } catch {
      return null;
    }
  };

  const toggleActive = async (user: User) => {
    const saved = await save(user.id, { active: !user.active });
    if (!saved) return;
    setNotice(
      saved.active
        ? { text: `${saved.name} is weer actief en kan inloggen.`, undo: { userId: saved.id, changes: { active: false }, doneText: `${saved.name} is weer gedeactiveerd.` } }
        : { text: `${saved.name} is gedeactiveerd en kan niet meer inloggen.`, undo: { userId: saved.id, changes: { active: true }, doneText: `${saved.name} is weer actief.` } },
    );
  };

  const undo = async (action: NonNullable<UserNotice['undo']>) => {
    const saved = await save(action.userId, action.changes);
    if (saved) setNotice({ text: action.doneText });
  };

  return (
    <>
      <PageHeading>Gebruikers</PageHeading>
      <Paragraph>
        Alle medewerkers van {me.tenant.name} die Doorbraak gebruiken. Een gedeactiveerde gebruiker kan niet meer inloggen; zijn of haar
        naam blijft zichtbaar in het auditlog.
      </Paragraph>
      {can(me, 'users.manage') ? (
        <p className="dbk-actions">
          <Link href="/beheer/gebruikers/nieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action dbk-button-link">
            Gebruiker toevoegen
          </Link>
        </p>
      ) : null}

      <div className="dbk-live" role="status">
        {notice ? (
          <Alert type="ok">
            <p className="utrecht-paragraph dbk-paragraph">{notice.text}</p>
            {notice.undo ? (
              <Button appearance="secondary" busy={busyId === notice.undo.userId} onClick={() => void undo(notice.undo!)}>
                Ongedaan maken
              </Button>
            ) : null}
          </Alert>
        ) : null}
      </div>
      {error ? (
        <Alert type="error" heading={error.title} role="alert">
          {error.errors.length > 0 ? (
            error.errors.map((fieldError) => (
              <p key={fieldError.path} className="utrecht-paragraph dbk-paragraph">
                {fieldError.message}
              </p>
            ))
          ) : (
            <p className="utrecht-paragraph dbk-paragraph">{error.detail}</p>
          )}
        </Alert>
      ) : null}

      {users.data ? (
        <UserTable users={users.data} currentUserId={me.id} busyId={busyId} onToggleActive={(user) => void toggleActive(user)} />
      ) : users.error ? (
        <LoadError what="De gebruikers" error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Loading>De gebruikers worden geladen…</Loading>
      )}
    </>
  );
}
