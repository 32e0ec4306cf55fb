// The React Query client of every extension page (popup, history, options).
import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

/**
 * Chrome's words when a message found no background to answer it: the worker was stopping (after an update, after
 * 30 s idle) as the page asked. The message never ran, or it was a read, so asking again is safe.
 */
const WORKER_GONE = /Receiving end does not exist|Could not establish connection|message port closed|message channel closed/i;

function isWorkerGone(error: unknown): boolean {
  return error instanceof Error && WORKER_GONE.test(error.message);
}

/**
 * Queries (reads) are asked again, twice at most, when the worker was gone; nothing else is retried: a vendor's error
 * is already the background's final answer, and saves (mutations) are never sent twice from a page.
 */
function retryRead(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && isWorkerGone(error);
}

/**
 * networkMode 'always': these queries and mutations are messages to our own background, not network requests. With
 * React Query's default ('online') a Save clicked while the browser is offline would be paused in the page and never
 * reach the outbox, which is the one place that waits for the network; closing the popup would then lose it.
 */
export function createQueryClient(queries: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: retryRead, retryDelay: 250, networkMode: 'always', ...queries },
      mutations: { networkMode: 'always' },
    },
  });
}
