import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { queryClient } from './http/queryClient';
import { Alert } from './components/Alert';
import { Button } from './components/Button';
import { PageHeading } from './components/Heading';
import { Loading } from './components/Loading';
import { usePageTitle } from './components/usePageTitle';
import { NoAccessPage } from './pages/errors/NoAccessPage';
import { NotFoundPage } from './pages/errors/NotFoundPage';
import { LoginPage } from './pages/login/LoginPage';
import { loginPath, safeReturnPath } from './paths';
import { navigate, useLocation } from './router';
import { findRoute } from './routes';
import { can, SessionProvider, useSession } from './session';
import { PublicLayout } from './shell/PublicLayout';
import { Shell } from './shell/Shell';
import { installDutchZodMessages } from '../../src/shared/zod-nl';

// The forms validate with the server's contracts; they say what is wrong in the server's Dutch.
installDutchZodMessages();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <Screen />
      </SessionProvider>
    </QueryClientProvider>
  );
}

function Screen() {
  const { state } = useSession();
  const location = useLocation();
  const onLogin = location.path === '/inloggen';

  // Where the user should be instead: logged out → login page; logged in → away from it.
  const redirect =
    state.status === 'anonymous' && !onLogin
      ? loginPath(location.href)
      : state.status === 'authenticated' && onLogin
        ? safeReturnPath(location.search.get('terug'))
        : null;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  if (state.status === 'loading' || redirect) return <Starting />;
  if (state.status === 'error') return <StartFailed message={state.message} />;
  if (state.status === 'anonymous') return <LoginPage />;

  const match = findRoute(location.path);
  return (
    <Shell>
      <Suspense fallback={<Loading>De pagina wordt geladen…</Loading>}>
        {!match ? <NotFoundPage /> : match.route.ability && !can(state.user, match.route.ability) ? <NoAccessPage /> : match.route.render(match.params)}
      </Suspense>
    </Shell>
  );
}

function Starting() {
  usePageTitle('Laden');
  return (
    <PublicLayout>
      <Loading>Doorbraak wordt geladen…</Loading>
    </PublicLayout>
  );
}

function StartFailed({ message }: { message: string }) {
  usePageTitle('Niet bereikbaar');
  const { retry } = useSession();
  return (
    <PublicLayout>
      <PageHeading>Doorbraak is niet bereikbaar</PageHeading>
      <Alert type="error" role="alert">
        <p className="utrecht-paragraph dbk-paragraph">{message}</p>
      </Alert>
      <Button appearance="primary" onClick={retry}>
        Opnieuw proberen
      </Button>
    </PublicLayout>
  );
}
