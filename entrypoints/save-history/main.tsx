// Not entrypoints/history/: WXT takes that name as an override of Chrome's own History page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '@/lib/query-client';
import '@/assets/tailwind.css';
import { HistoryApp } from './app';

const queryClient = createQueryClient({ refetchOnWindowFocus: true });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <HistoryApp />
      </QueryClientProvider>
    </StrictMode>,
  );
}
