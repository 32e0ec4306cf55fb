// Not entrypoints/history/: WXT takes that name as an override of Chrome's own History page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '@/assets/tailwind.css';
import { HistoryApp } from './app';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: true } } });

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
