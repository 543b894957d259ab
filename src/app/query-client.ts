import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import { DataFileError } from '../data/fetch-json';

/**
 * The shipped data is static: it never goes stale, is not refetched on focus, and the
 * previous data stays on screen while a new choice loads. A schema or JSON error is not
 * retried (the same bytes would fail again); network and HTTP errors are retried once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        placeholderData: keepPreviousData,
        retry: (failureCount, error) =>
          !(error instanceof DataFileError && (error.kind === 'json' || error.kind === 'schema')) && failureCount < 1,
      },
    },
  });
}
