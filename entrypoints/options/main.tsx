import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import '@/assets/tailwind.css';
import { createQueryClient } from '@/lib/query-client';
import { OptionsApp } from './app';

const queryClient = createQueryClient({ refetchOnWindowFocus: false });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <OptionsApp />
      </QueryClientProvider>
    </StrictMode>,
  );
}
