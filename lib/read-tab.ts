// Reads the person in a tab: inject the reader on demand, ask it, check its answer. Used by the popup (and by
// every later "save from the page" path), so there is one way to read a tab.
import { browser } from 'wxt/browser';
import { appError, toAppError } from '@/lib/errors';
import { readOutcomeSchema, type ReadOutcome } from '@/lib/linkedin/read-outcome';
import { sendMessage } from '@/lib/messaging';

const READER_FILE = '/content-scripts/linkedin.js';
const LINKEDIN_HOST = 'www.linkedin.com';

export async function readProfileInTab(tabId: number): Promise<ReadOutcome> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { ok: false, error: appError('no-tab', `No tab ${tabId}`) };
  // Without host access Chrome hides the URL of other sites: no URL means "not LinkedIn" for us.
  const url = tab.url ? new URL(tab.url) : null;
  if (!url || url.protocol !== 'https:' || url.hostname !== LINKEDIN_HOST) {
    return { ok: false, error: appError('not-profile', 'Not a LinkedIn tab', { reason: 'not-linkedin' }) };
  }
  if (tab.status === 'loading') await waitForTabComplete(tabId, 10_000);
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_FILE] });
  } catch (err) {
    return { ok: false, error: appError('page-unreachable', toAppError(err).message, { retryable: true }) };
  }
  let answer: unknown;
  try {
    answer = await sendMessage('readProfile', undefined, tabId);
  } catch (err) {
    return { ok: false, error: appError('page-unreachable', toAppError(err).message, { retryable: true }) };
  }
  // The page's world is untrusted: the answer is parsed, never assumed.
  const parsed = readOutcomeSchema.safeParse(answer);
  if (!parsed.success) {
    return { ok: false, error: appError('read-failed', `The reader answered an unexpected shape: ${parsed.error.message}`) };
  }
  return parsed.data;
}

/** Resolves when the tab has finished loading (or after timeoutMs: the caller reads whatever is there). */
export function waitForTabComplete(tabId: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function listener(id: number, info: { status?: string }) {
      if (id === tabId && info.status === 'complete') done();
    }
    function done() {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    }
    browser.tabs.onUpdated.addListener(listener);
    // Already loaded before the listener was there.
    void browser.tabs.get(tabId).then((tab) => tab.status === 'complete' && tab.url && done(), () => done());
  });
}
