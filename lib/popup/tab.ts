// Which tab the popup is about, for the popup's modules and for its early script (entrypoints/popup-early).
import { browser } from 'wxt/browser';

/** The tab this popup is about: `?tabId=` (tests, history links) or the active tab of the current window. */
export async function resolveTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The popup's read gives LinkedIn's JSON, lists and details pages this long. */
export const FULL_READ_DEADLINE_MS = 10_000;
