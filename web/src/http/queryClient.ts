import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/**
 * The app's query cache (TanStack Query): one place for loading, error and refetch state.
 * A 4xx is an answer, not a hiccup: only network failures and 5xx are retried (once).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => failures < 1 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
    },
    mutations: { retry: false },
  },
});
