// Not entrypoints/history/: WXT takes that name as an override of Chrome's own History page.
import { mountApp } from '@/components/mount-app';
import { HistoryApp } from './app';

// Refetch on focus: saves made in another tab meanwhile show up when the user comes back.
mountApp(HistoryApp, { refetchOnWindowFocus: true });
