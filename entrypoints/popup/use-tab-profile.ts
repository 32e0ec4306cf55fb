import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { invalidate, loadAllSectionsMutation, queryKeys, tabProfileQuery, type TabRead } from '@/lib/queries';

/** The tab this popup is about: `?tabId=` (tests, history links) or the active tab of the current window. */
export async function resolveTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const findTab = () => resolveTabId();

export interface TabProfile {
  /** The best answer so far: the whole chain's once it is in, else what the page alone showed. */
  outcome: TabRead | undefined;
  /** Nothing to show yet. */
  reading: boolean;
  /** The chain of sources (LinkedIn's JSON, lists, details pages) is still running. */
  readingSections: boolean;
  /** Reads again (the person on screen may have changed), keeping what is shown meanwhile. */
  readAgain(): void;
  /** Brings the page's lazy sections into view and back, then reads again. */
  loadAll(): void;
  loadingAll: boolean;
  failure: unknown;
}

/**
 * Two reads of the tab at once: the page alone answers in milliseconds (the top card shows at once), the chain of
 * sources follows and replaces it. Both keep their last answer while reading again, so nothing typed is lost.
 */
export function useTabProfile(): TabProfile {
  const queryClient = useQueryClient();
  const page = useQuery(tabProfileQuery('page', findTab));
  const full = useQuery(tabProfileQuery('full', findTab));
  const loadAll = useMutation(loadAllSectionsMutation(queryClient, findTab));
  const fullDone = full.data !== undefined && !full.isFetching;
  // While the chain runs again for the same person, its last answer stays on screen (nothing flickers back to "not
  // loaded"); for a new person, the page's quick answer shows at once.
  const samePerson = full.data?.ok && page.data?.ok && full.data.profile.profileUrl === page.data.profile.profileUrl;
  // The page alone may know nobody (an unknown layout) where the chain will: its failure is not shown while the chain
  // still runs.
  const outcome = fullDone || samePerson ? full.data : page.data?.ok ? page.data : full.isFetching ? undefined : (full.data ?? page.data);
  return {
    outcome,
    reading: outcome === undefined,
    readingSections: full.isFetching || loadAll.isPending,
    readAgain: () => void invalidate(queryClient, [queryKeys.tabProfile.all()]),
    loadAll: () => loadAll.mutate(),
    loadingAll: loadAll.isPending,
    failure: page.error ?? full.error ?? null,
  };
}
