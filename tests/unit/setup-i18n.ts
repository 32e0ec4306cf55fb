// Unit tests read the UI in English: WXT's fakeBrowser has no i18n, so getMessage answers from locales/en.yml.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFor } from '@/lib/i18n-node';

fakeBrowser.i18n.getMessage = getMessageFor('en');
fakeBrowser.i18n.getUILanguage = () => 'en';

/** Switches the fake browser's UI language (tests of the French UI switch back to English after). */
export function switchLocale(locale: string): void {
  fakeBrowser.i18n.getMessage = getMessageFor(locale);
  fakeBrowser.i18n.getUILanguage = () => locale;
}
