// Reads the person in a tab: inject the reader on demand, ask it, check its answer. Used by the popup (and by
// every later "save from the page" path), so there is one way to read a tab.
import { browser } from 'wxt/browser';
import { appError, toAppError } from '@/lib/errors';
import { readListResultSchema, type ReadListResult } from '@/lib/linkedin/list/types';
import { jsonMemoSchema, mergeMemos } from '@/lib/linkedin/voyager/json-memo';
import { loadSectionsOutcomeSchema, readOutcomeSchema, type LoadSectionsOutcome, type ReadOutcome } from '@/lib/linkedin/read-outcome';
import { sendMessage } from '@/lib/messaging';
import { linkedinJsonMemo } from '@/lib/storage';

const READER_FILE = '/content-scripts/linkedin.js';
const LINKEDIN_HOST = 'www.linkedin.com';

export interface ReadTabOptions {
  /** `page`: what the page holds, at once (the popup's first paint); `full`: the whole chain of sources. */
  depth?: 'page' | 'full';
  /** The chain's deadline in the page: what it gathered by then is used, the rest reported missing. */
  deadlineMs?: number;
}

/** The popup's read gives LinkedIn's JSON, lists and details pages this long. */
export const FULL_READ_DEADLINE_MS = 10_000;

type Injected = { ok: true } | { ok: false; outcome: ReadOutcome };

/** Injections under way, per tab: the popup's two reads (page and full) share one. */
const injecting = new Map<number, Promise<Injected>>();

/** Puts the reader in the tab (a no-op if it is there already). */
function inject(tabId: number): Promise<Injected> {
  const running = injecting.get(tabId);
  if (running) return running;
  const started = injectNow(tabId).finally(() => injecting.delete(tabId));
  injecting.set(tabId, started);
  return started;
}

async function injectNow(tabId: number): Promise<Injected> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { ok: false, outcome: { ok: false, error: appError('no-tab', `No tab ${tabId}`) } };
  // Without host access Chrome hides the URL of other sites: no URL means "not LinkedIn" for us.
  const url = tab.url ? new URL(tab.url) : null;
  if (!url || url.protocol !== 'https:' || url.hostname !== LINKEDIN_HOST) {
    return { ok: false, outcome: { ok: false, error: appError('not-profile', 'Not a LinkedIn tab', { reason: 'not-linkedin' }) } };
  }
  if (tab.status === 'loading') await waitForTabComplete(tabId, 10_000);
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_FILE] });
  } catch (err) {
    return { ok: false, outcome: { ok: false, error: appError('page-unreachable', toAppError(err).message, { retryable: true }) } };
  }
  return { ok: true };
}

/**
 * The tab has no reader of ours in this document (yet): Chrome found no listener, or only listeners that do not
 * answer (the in-page button's script), which the messaging library reports as "No response". The reader answers
 * every message it gets.
 */
const NO_READER = /Receiving end does not exist|Could not establish connection|^No response$/i;

type Asked<T> = { ok: true; answer: T } | { ok: false; outcome: ReadOutcome };

/**
 * Sends `ask` to the reader in the tab. A loaded LinkedIn tab is asked at once: the reader stays in its document
 * from the first read on (LinkedIn navigates without reloading), and injecting it again costs 45–75 ms of the popup's
 * opening (measured on the bench machine). Only when the tab answers that no reader listens, or while it is still
 * loading (its old document must not answer), is the reader injected first.
 */
async function askReader<T>(tabId: number, ask: () => Promise<T>): Promise<Asked<T>> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.status === 'complete' && tab.url?.startsWith(`https://${LINKEDIN_HOST}/`)) {
    try {
      return { ok: true, answer: await ask() };
    } catch (err) {
      if (!NO_READER.test(toAppError(err).message)) return unreachable(err);
    }
  }
  const injected = await inject(tabId);
  if (!injected.ok) return injected;
  try {
    return { ok: true, answer: await ask() };
  } catch (err) {
    return unreachable(err);
  }
}

function unreachable(err: unknown): { ok: false; outcome: ReadOutcome } {
  return { ok: false, outcome: { ok: false, error: appError('page-unreachable', toAppError(err).message, { retryable: true }) } };
}

export async function readProfileInTab(tabId: number, options: ReadTabOptions = {}): Promise<ReadOutcome> {
  const memo = await linkedinJsonMemo.getValue();
  const asked = await askReader(tabId, () =>
    sendMessage('readProfile', { depth: options.depth ?? 'full', memo, deadlineMs: options.deadlineMs ?? FULL_READ_DEADLINE_MS }, tabId),
  );
  if (!asked.ok) return asked.outcome;
  const answer: unknown = asked.answer;
  // The page's world is untrusted: the answer is parsed, never assumed.
  const parsed = readOutcomeSchema.safeParse(answer);
  if (!parsed.success) {
    return { ok: false, error: appError('read-failed', `The reader answered an unexpected shape: ${parsed.error.message}`) };
  }
  const learnt = parsed.data.memo ? jsonMemoSchema.safeParse(parsed.data.memo) : null;
  if (learnt?.success && JSON.stringify(learnt.data) !== JSON.stringify(memo)) {
    // Merged with what is stored now: another read may have learnt something since this one started.
    await linkedinJsonMemo.setValue(mergeMemos(await linkedinJsonMemo.getValue(), learnt.data));
  }
  return parsed.data;
}

/**
 * The people the list page in the tab shows (people search, Sales Navigator search or lead list): read from the
 * page alone. Never throws: a tab that cannot be reached or answers an unexpected shape is an error result.
 */
export async function readListInTab(tabId: number): Promise<ReadListResult> {
  const asked = await askReader(tabId, () => sendMessage('readList', undefined, tabId));
  if (!asked.ok) {
    const error = asked.outcome.ok ? null : asked.outcome.error;
    if (error?.code === 'not-profile') return { ok: false, error: { code: 'not-a-list', message: error.message } };
    return { ok: false, error: { code: error?.code === 'no-tab' ? 'no-tab' : 'page-unreachable', message: error?.message ?? `Tab ${tabId} could not be read` } };
  }
  const answer: unknown = asked.answer;
  // The page's world is untrusted: the answer is parsed, never assumed.
  const parsed = readListResultSchema.safeParse(answer);
  if (!parsed.success) return { ok: false, error: { code: 'bad-answer', message: `The reader answered an unexpected shape: ${parsed.error.message}` } };
  return parsed.data;
}

/** Asks the page to bring its lazy sections into view (and back); the caller reads the profile again after. */
export async function loadAllSectionsInTab(tabId: number): Promise<LoadSectionsOutcome | null> {
  const asked = await askReader(tabId, () => sendMessage('loadAllSections', undefined, tabId));
  if (!asked.ok) return null;
  const parsed = loadSectionsOutcomeSchema.safeParse(asked.answer);
  return parsed.success ? parsed.data : null;
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
