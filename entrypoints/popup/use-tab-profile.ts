import { useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { readProfileInTab } from '@/lib/read-tab';
import { appError } from '@/lib/errors';
import type { ReadOutcome } from '@/lib/linkedin/read-outcome';

/** The tab this popup is about: `?tabId=` (tests, history links) or the active tab of the current window. */
export async function resolveTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function useTabProfile() {
  return useQuery({
    queryKey: ['tab-profile'],
    queryFn: async (): Promise<ReadOutcome & { tabId: number | null }> => {
      const tabId = await resolveTabId();
      if (tabId === null) return { ok: false, error: appError('no-tab', 'No active tab'), tabId };
      return { ...(await readProfileInTab(tabId)), tabId };
    },
    staleTime: Infinity,
  });
}
