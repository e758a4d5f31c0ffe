import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Action } from '../../src/policy/policy';
import { api, type CurrentUser } from './api';
import { setUnauthorizedHandler } from './http/client';
import { setFlash } from './flash';
import { queryClient } from './http/queryClient';
import { loginPath } from './paths';
import { navigate } from './router';

type SessionState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'anonymous' }
  | { status: 'authenticated'; user: CurrentUser };

interface SessionValue {
  state: SessionState;
  /** The server runs in demo mode: the login page lists the demo accounts. */
  demo: boolean;
  signedIn(user: CurrentUser): void;
  signOut(): Promise<void>;
  retry(): void;
  /** Reloads the user after a change to the own account (name, roles). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [demo, setDemo] = useState(false);

  useEffect(() => {
    let cancelled = false;
    api.session().then(
      (answer) => {
        if (cancelled) return;
        setDemo(answer.demo);
        setState(answer.user ? { status: 'authenticated', user: answer.user } : { status: 'anonymous' });
      },
      (error: Error) => !cancelled && setState({ status: 'error', message: error.message }),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setFlash({ type: 'warning', text: 'Uw sessie is verlopen of beëindigd. Log opnieuw in.' });
      queryClient.clear();
      setState({ status: 'anonymous' });
      navigate(loginPath(`${window.location.pathname}${window.location.search}`), { replace: true });
    });
  }, []);

  const signedIn = useCallback((user: CurrentUser) => setState({ status: 'authenticated', user }), []);
  const signOut = useCallback(async () => {
    await api.logout();
    setFlash({ type: 'ok', text: 'U bent uitgelogd.' });
    // Nothing of the previous user stays in the cache of this tab.
    queryClient.clear();
    setState({ status: 'anonymous' });
    navigate('/inloggen');
  }, []);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const refresh = useCallback(async () => {
    const user = await api.me();
    setState(user ? { status: 'authenticated', user } : { status: 'anonymous' });
  }, []);

  const value = useMemo(() => ({ state, demo, signedIn, signOut, retry, refresh }), [state, demo, signedIn, signOut, retry, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession buiten SessionProvider');
  return value;
}

/** The logged-in user; only for components rendered inside the shell. */
export function useUser(): CurrentUser {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useUser zonder ingelogde gebruiker');
  return state.user;
}

export function can(user: CurrentUser, action: Action): boolean {
  return user.abilities.includes(action);
}
