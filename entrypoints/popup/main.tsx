import { mountApp } from '@/components/mount-app';
import { resolveTabId } from '@/lib/popup/tab';
import { App } from './app';
import { prefetchPopup } from './prefetch';

mountApp(App, { refetchOnWindowFocus: false }, (queryClient) => void prefetchPopup(queryClient, () => resolveTabId()));
