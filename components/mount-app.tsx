// Mounts one extension page (popup, options, history): React root, StrictMode and the shared query client.
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import type { DefaultOptions, QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '@/lib/query-client';
import '@/assets/tailwind.css';

/** `prefetch` starts the page's first reads before React renders, all at once (see entrypoints/popup/prefetch.ts). */
export function mountApp(App: ComponentType, queries: DefaultOptions['queries'] = {}, prefetch?: (queryClient: QueryClient) => void): void {
  const root = document.getElementById('root');
  if (!root) return;
  const queryClient = createQueryClient(queries);
  prefetch?.(queryClient);
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
