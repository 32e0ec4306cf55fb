import { mountApp } from '@/components/mount-app';
import { App } from './app';

mountApp(App, { refetchOnWindowFocus: false });
