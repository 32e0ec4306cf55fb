// The React Query client of every extension page (popup, history, options).
import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

/**
 * networkMode 'always': these queries and mutations are messages to our own background, not network requests. With
 * React Query's default ('online') a Save clicked while the browser is offline would be paused in the page and never
 * reach the outbox, which is the one place that waits for the network; closing the popup would then lose it.
 */
export function createQueryClient(queries: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, networkMode: 'always', ...queries },
      mutations: { networkMode: 'always' },
    },
  });
}
