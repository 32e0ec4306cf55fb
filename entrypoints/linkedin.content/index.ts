// The LinkedIn reader. Not declared in the manifest: injected on demand (scripting.executeScript) when the popup
// or a save asks for the person on screen, so LinkedIn pages carry none of this code until the user acts, and it
// always reads the URL of the moment (LinkedIn navigates without reloading).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { listen } from '@/lib/message-table';
import { readerMessages } from './messages';

const INSTALLED = Symbol.for('linkedin-to-ats.reader');

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  registration: 'runtime',
  // WXT would otherwise window.postMessage a "content script started" event that LinkedIn's page can observe.
  noScriptStartedPostMessage: true,
  main() {
    const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };
    if (scope[INSTALLED]) return; // injected again into the same page: the first listener still answers
    scope[INSTALLED] = true;
    listen(readerMessages);
  },
});
