import { mountApp } from '@/components/mount-app';
import { OptionsApp } from './app';

mountApp(OptionsApp, { refetchOnWindowFocus: false });
