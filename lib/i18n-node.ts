// Node only (unit tests, scripts): chrome.i18n.getMessage answered from locales/en.yml the way Chrome answers for an
// English browser, so code that calls t() runs outside the extension, in English, deterministically.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

export type GetMessage = (key: string, substitutions?: string | string[]) => string;

// A string, not a URL object: test environments (happy-dom) replace the URL global.
const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales');

/** The Chrome messages (`{ key: { message } }`) of one locale file, as the build writes them to _locales. */
/** Also used by tests comparing the locales. */
export function localeFile(locale: string): string {
  return join(LOCALES_DIR, `${locale}.yml`);
}

export function chromeMessages(locale: string): Record<string, { message: string }> {
  const text = readFileSync(join(LOCALES_DIR, `${locale}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'YAML')) as Record<string, { message: string }>;
}

/** chrome.i18n.getMessage over one locale: $1…$9 replaced, $$ is a dollar. A missing key throws (Chrome returns ""). */
export function getMessageFor(locale: string): GetMessage {
  const messages = chromeMessages(locale);
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) throw new Error(`No message "${key}" in locales/${locale}.yml`);
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : (subs[Number(c) - 1] ?? '')));
  };
}

/** For scripts run with tsx: gives Node a chrome.i18n in English. Import this module before anything that calls t(). */
export function installEnglishMessages(): void {
  const g = globalThis as { chrome?: unknown };
  if (g.chrome) return;
  g.chrome = { i18n: { getMessage: getMessageFor('en'), getUILanguage: () => 'en' } };
}
