// Testing Library for the React tests: render inside the pages' own query client, and unmount after each test (the
// suite runs without vitest globals, so Testing Library cannot register its cleanup itself).
import type { ReactElement } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import { afterEach } from 'vitest';
import { createQueryClient } from '@/lib/query-client';

afterEach(() => cleanup());

export interface QueryRenderResult extends RenderResult {
  queryClient: QueryClient;
  /** Renders another element inside the same query client (what a page re-rendering keeps). */
  rerenderWithQueries(ui: ReactElement): void;
}

/** Renders `ui` as mountApp does: inside a QueryClientProvider with the pages' query client. */
export function renderWithQueries(ui: ReactElement, queryClient: QueryClient = createQueryClient()): QueryRenderResult {
  const wrap = (el: ReactElement) => <QueryClientProvider client={queryClient}>{el}</QueryClientProvider>;
  const result = render(wrap(ui));
  return { ...result, queryClient, rerenderWithQueries: (next) => result.rerender(wrap(next)) };
}

export { render };
