import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './http/client';

export interface Resource<T> {
  /** The last loaded data; kept while reloading, so tables and focus do not jump. */
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/**
 * Loads data for a page. `reload` fetches again; `update` changes the loaded data in place after
 * a successful change, so the page need not fetch everything again. `key` identifies what to
 * load (e.g. the query string): a new key loads again.
 */
export function useResource<T>(load: () => Promise<T>, key = '') {
  const [state, setState] = useState<Resource<T>>({ data: undefined, error: undefined, loading: true });
  const [attempt, setAttempt] = useState(0);
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });

  useEffect(() => {
    let cancelled = false;
    setState((previous) => ({ ...previous, loading: true }));
    loader.current().then(
      (data) => !cancelled && setState({ data, error: undefined, loading: false }),
      (error: unknown) =>
        !cancelled &&
        setState((previous) => ({
          data: previous.data,
          error: error instanceof ApiError ? error : new ApiError(0, 'Er ging iets mis.', String(error)),
          loading: false,
        })),
    );
    return () => {
      cancelled = true;
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (data: T) => T) => {
    setState((previous) => (previous.data === undefined ? previous : { ...previous, data: change(previous.data) }));
  }, []);
  return { ...state, reload, update };
}
