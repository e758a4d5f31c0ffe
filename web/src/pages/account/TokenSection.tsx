import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryKeys, type ApiToken } from '../../api';
import { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Heading2 } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { CreateTokenForm } from './CreateTokenForm';
import { NewTokenNotice } from './NewTokenNotice';
import { TokenTable } from './TokenTable';

export function TokenSection() {
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: queryKeys.tokens, queryFn: () => api.tokens.list().then((result) => result.items) });
  const setTokens = (change: (items: ApiToken[]) => ApiToken[]) => queryClient.setQueryData<ApiToken[]>(queryKeys.tokens, (items) => change(items ?? []));
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const revokedRef = useRef<HTMLDivElement>(null);

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => api.tokens.revoke(token.id),
    onSuccess: (result) => {
      setTokens((items) => items.map((item) => (item.id === result.id ? result : item)));
      setRevoked(result.name);
      setRevoking(null);
      // The button that opened the dialog is gone (the token is revoked); say what happened instead.
      requestAnimationFrame(() => revokedRef.current?.focus());
    },
  });

  return (
    <section aria-labelledby="tokens">
      <Heading2 id="tokens">API-tokens</Heading2>
      <Paragraph>
        Met een API-token kan een ander systeem, zoals een koppeling met uw zaaksysteem, namens u de API van Doorbraak gebruiken. Zo&apos;n
        koppeling mag dan alles wat u mag. Maak per koppeling een eigen token en trek het in zodra het niet meer nodig is.
      </Paragraph>

      {created ? (
        <NewTokenNotice name={created.name} token={created.token} onDone={() => setCreated(null)} />
      ) : (
        <CreateTokenForm
          onCreated={(result) => {
            const { token, ...listed } = result;
            setTokens((items) => [listed, ...items]);
            setRevoked(null);
            setCreated({ name: result.name, token });
          }}
        />
      )}

      {revoked ? (
        <Alert type="ok" role="status" ref={revokedRef}>
          Het token ‘{revoked}’ is ingetrokken. Koppelingen die het gebruiken, krijgen vanaf nu geen toegang meer.
        </Alert>
      ) : null}

      {tokens.data ? (
        <TokenTable tokens={tokens.data} onRevoke={(token) => setRevoking(token)} />
      ) : tokens.error ? (
        <LoadError what="Uw API-tokens" error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : (
        <Loading>Uw API-tokens worden geladen…</Loading>
      )}

      <ConfirmDialog
        open={revoking !== null}
        title="Token intrekken?"
        confirmLabel="Ja, token intrekken"
        busy={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onCancel={() => {
          setRevoking(null);
          revoke.reset();
        }}
      >
        <p className="utrecht-paragraph dbk-paragraph">
          U trekt het token ‘{revoking?.name}’ in. Koppelingen die dit token gebruiken, werken daarna direct niet meer. Dit kunt u niet
          terugdraaien; u kunt wel een nieuw token maken.
        </p>
        {revoke.error ? (
          <Alert type="error" role="alert" heading="Intrekken lukte niet.">
            <p className="utrecht-paragraph dbk-paragraph">{revoke.error instanceof ApiError ? revoke.error.detail : revoke.error.message}</p>
          </Alert>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
