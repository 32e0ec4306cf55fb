import { mountApp } from '@/components/mount-app';
import { App } from './app';
import { prefetchPopup } from './prefetch';
import { resolveTabId } from './use-tab-profile';

mountApp(App, { refetchOnWindowFocus: false }, (queryClient) => void prefetchPopup(queryClient, () => resolveTabId()));
