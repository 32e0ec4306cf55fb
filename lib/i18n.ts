// The UI's words in the browser's language (locales/<lang>.yml, built into _locales by @wxt-dev/i18n). Chrome picks
// the language: there is no switch in the extension. Keys are typed from locales/en.yml.
import { createI18n } from '@wxt-dev/i18n';
import { browser } from 'wxt/browser';
import type { GeneratedI18nStructure } from '#i18n';

const i18n = createI18n<GeneratedI18nStructure>();

export const t = i18n.t;
export type MessageKey = keyof GeneratedI18nStructure;

/** The language Chrome shows the UI in ("en-US", "fr"), for dates and numbers; English where there is no browser. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
