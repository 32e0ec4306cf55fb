// Every React Query key of the extension's pages, and the query and mutation options that own them: the one place a
// key is spelled. A query's function sends its message and unwraps a `Result` answer (`{ ok: false }` is thrown as a
// MessageFailed, so `query.error` is the failure and `query.data` is only ever a value); a mutation names the keys it
// makes stale (`staleAfter`) and invalidates them once it settled. Components use these factories, never a key array.
import { mutationOptions, queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { appError, toAppError, type AppError } from '@/lib/errors';
import type { READ_DEPTHS, ReadOutcome } from '@/lib/linkedin/read-outcome';
import { sendMessage } from '@/lib/messaging';
import type { Profile } from '@/lib/profile/profile';
import { readOpenPanels } from '@/lib/popup/open-panels';
import type { ReadListResult } from '@/lib/linkedin/list/types';
import { loadAllSectionsInTab, readListInTab, readProfileInTab } from '@/lib/read-tab';
import type { Result, SaveInput, SaveManyInput } from '@/lib/protocol';
import { saveDefaults } from '@/lib/storage';
import type { VendorId, VendorSettings } from '@/lib/vendors/vendor';

/** A message answered `{ ok: false, error }`: thrown inside the page so React Query sees a failure. */
export class MessageFailed extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
    this.name = 'MessageFailed';
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new MessageFailed(result.error);
  return result.value;
}

/** The AppError behind a query's or mutation's error (one that never reached the background is `internal`). */
export function appErrorOf(error: unknown): AppError {
  if (error instanceof MessageFailed) return error.appError;
  return toAppError(error, 'internal');
}

/** The keys. Nested ones start with their family's key, so invalidating a family reaches every member. */
export const queryKeys = {
  vendorStatus: () => ['vendor-status'] as const,
  saveDefaults: () => ['save-defaults'] as const,
  /** The shortcut Chrome gives a command (the user may change it at chrome://extensions/shortcuts). */
  shortcut: (command: string) => ['shortcut', command] as const,
  jobs: {
    all: () => ['jobs'] as const,
    /** The history page: every job. */
    history: () => ['jobs', 'history'] as const,
    /** The popup: one person's jobs. */
    person: (profileUrl: string) => ['jobs', 'person', profileUrl] as const,
    /** The popup on a list page: the jobs of one list save. */
    group: (groupId: string) => ['jobs', 'group', groupId] as const,
  },
  /** Which of the popup's disclosures the user left open. */
  openPanels: () => ['popup-open-panels'] as const,
  /** What the outbox set aside ("Needs attention"). */
  setAside: () => ['set-aside'] as const,
  targets: {
    all: (vendor: VendorId) => ['targets', vendor] as const,
    search: (vendor: VendorId, query: string) => ['targets', vendor, 'search', query] as const,
    detail: (vendor: VendorId, targetId: string | null) => ['targets', vendor, 'detail', targetId] as const,
  },
  /** The popup's reads of its tab: what the page holds, and the whole chain of sources. */
  tabProfile: {
    all: () => ['tab-profile'] as const,
    depth: (depth: ReadDepth) => ['tab-profile', depth] as const,
  },
  /** The popup's read of the list of people its tab shows (search results, Sales Navigator). */
  tabList: () => ['tab-list'] as const,
  lookup: {
    /** Every lookup of one person at one vendor, whatever the target. */
    person: (vendor: VendorId, profileUrl: string) => ['lookup', vendor, profileUrl] as const,
    inTarget: (vendor: VendorId, profileUrl: string, targetId: string | null) => ['lookup', vendor, profileUrl, targetId] as const,
  },
};

type ReadDepth = (typeof READ_DEPTHS)[number];
/** Which tab a page is about (the popup: `?tabId=` or the active tab), null when there is none. */
type FindTab = () => Promise<number | null>;
export type TabRead = ReadOutcome & { tabId: number | null };

// Queries.

/** Reads the person in the tab (the reader is injected on demand); kept until read again. */
export const tabProfileQuery = (depth: ReadDepth, findTab: FindTab) =>
  queryOptions({
    queryKey: queryKeys.tabProfile.depth(depth),
    queryFn: async (): Promise<TabRead> => {
      const tabId = await findTab();
      if (tabId === null) return { ok: false, error: appError('no-tab', 'No active tab'), tabId };
      return { ...(await readProfileInTab(tabId, { depth })), tabId };
    },
    staleTime: Infinity,
  });

export type TabList = ReadListResult & { tabId: number | null };

/**
 * The people the list page in the tab shows, read from the page alone (the popup asks when readProfile answers
 * not-profile with a list reason: `isListReason`); kept until read again.
 */
export const tabListQuery = (findTab: FindTab) =>
  queryOptions({
    queryKey: queryKeys.tabList(),
    queryFn: async (): Promise<TabList> => {
      const tabId = await findTab();
      if (tabId === null) return { ok: false, error: { code: 'no-tab', message: 'No active tab' }, tabId };
      return { ...(await readListInTab(tabId)), tabId };
    },
    staleTime: Infinity,
  });

export const vendorStatusQuery = () =>
  queryOptions({ queryKey: queryKeys.vendorStatus(), queryFn: () => sendMessage('getVendorStatus') });

/** The tools, targets and stages the user ticked last (storage, not a message). */
export const saveDefaultsQuery = () => queryOptions({ queryKey: queryKeys.saveDefaults(), queryFn: () => saveDefaults.getValue() });

export const shortcutQuery = (command: string) =>
  queryOptions({
    queryKey: queryKeys.shortcut(command),
    queryFn: async () => (await browser.commands.getAll()).find((c) => c.name === command)?.shortcut ?? '',
  });

export const historyJobsQuery = () => queryOptions({ queryKey: queryKeys.jobs.history(), queryFn: () => sendMessage('listJobs', {}) });

/** The last 50 jobs of one person (the popup's live results). */
export const personJobsQuery = (profileUrl: string) =>
  queryOptions({ queryKey: queryKeys.jobs.person(profileUrl), queryFn: () => sendMessage('listJobs', { profileUrl, limit: 50 }) });

/** The jobs of one list save (every person, every tool). */
export const groupJobsQuery = (groupId: string) =>
  queryOptions({ queryKey: queryKeys.jobs.group(groupId), queryFn: () => sendMessage('listJobs', { groupId }) });

/** Read once per popup; a toggle writes storage and this query's data (setQueryData on the same key). */
export const openPanelsQuery = () => queryOptions({ queryKey: queryKeys.openPanels(), queryFn: readOpenPanels, staleTime: Infinity });

export const setAsideQuery = () => queryOptions({ queryKey: queryKeys.setAside(), queryFn: () => sendMessage('listSetAside') });

export const targetsQuery = (vendor: VendorId, query: string) =>
  queryOptions({
    queryKey: queryKeys.targets.search(vendor, query),
    queryFn: async () => unwrap(await sendMessage('listTargets', { vendor, query })),
    staleTime: 60_000,
  });

/** One target with its stages; nothing is asked while no target is chosen. */
export const targetQuery = (vendor: VendorId, targetId: string | null) =>
  queryOptions({
    queryKey: queryKeys.targets.detail(vendor, targetId),
    queryFn: async () => unwrap(await sendMessage('getTarget', { vendor, targetId: targetId ?? '' })),
    enabled: targetId !== null,
    staleTime: 60_000,
  });

/**
 * Puts what the background already holds of the vendor's list and of one target (lib/target-cache.ts) under the keys
 * of targetsQuery(vendor, '') and targetQuery(vendor, targetId), where nothing is yet: the picker shows them at once.
 * They are put as stale, so the first use asks the background again (which asks the vendor only when its copy is more
 * than a minute old). Asks no vendor anything (safe before the popup knows whether the tab shows a person). Never throws.
 */
export async function seedTargets(queryClient: QueryClient, vendor: VendorId, targetId: string | null): Promise<void> {
  const answer = await sendMessage('cachedTargets', { vendor, targetId }).catch(() => null);
  if (!answer?.ok) return;
  const { list, detail } = answer.value;
  const seed = <T>(key: QueryKey, value: T | null) => {
    if (value !== null && queryClient.getQueryData(key) === undefined) queryClient.setQueryData(key, value, { updatedAt: 0 });
  };
  seed(targetsQuery(vendor, '').queryKey, list);
  if (targetId !== null) seed(targetQuery(vendor, targetId).queryKey, detail);
}

/** Is this person already at the vendor (in this target)? Asked once per person and target while a page is open. */
export const lookupQuery = (vendor: VendorId, profile: Profile, targetId: string | null) =>
  queryOptions({
    queryKey: queryKeys.lookup.inTarget(vendor, profile.profileUrl, targetId),
    queryFn: async () => unwrap(await sendMessage('lookupProfile', { vendor, profile, targetId })),
    staleTime: Infinity,
  });

// What each mutation makes stale, and the mutations.

/** The keys a mutation makes stale once it settled. */
export const staleAfter = {
  setVendorSettings: () => [queryKeys.vendorStatus()],
  checkVendor: () => [queryKeys.vendorStatus()],
  clearVendorSettings: () => [queryKeys.vendorStatus()],
  /** A save queues jobs: every job list changes. */
  saveProfile: () => [queryKeys.jobs.all()],
  saveMany: () => [queryKeys.jobs.all()],
  /** A job that ended done changed what its vendor knows of the person: that vendor's lookups of them ask again. */
  jobDone: (vendor: VendorId, profileUrl: string) => [queryKeys.lookup.person(vendor, profileUrl)],
  /** The page changed under the reader: both reads are asked again. */
  loadAllSections: () => [queryKeys.tabProfile.all()],
  retryJob: () => [queryKeys.jobs.all()],
  clearHistory: () => [queryKeys.jobs.all()],
  /** An entry read again goes back to the outbox: both lists change. */
  resendSetAside: () => [queryKeys.setAside(), queryKeys.jobs.all()],
} satisfies Record<string, (...args: never[]) => readonly QueryKey[]>;

export async function invalidate(queryClient: QueryClient, keys: readonly QueryKey[]): Promise<void> {
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** Stores a vendor's settings and checks them; a refusal (invalid settings, failed check) is the mutation's error. */
export const setVendorSettingsMutation = (queryClient: QueryClient, vendor: VendorId) =>
  mutationOptions({
    mutationFn: async (settings: VendorSettings) => unwrap(await sendMessage('setVendorSettings', { vendor, settings })),
    onSettled: () => invalidate(queryClient, staleAfter.setVendorSettings()),
  });

export const checkVendorMutation = (queryClient: QueryClient, vendor: VendorId) =>
  mutationOptions({
    mutationFn: () => sendMessage('checkVendor', { vendor }),
    onSettled: () => invalidate(queryClient, staleAfter.checkVendor()),
  });

export const clearVendorSettingsMutation = (queryClient: QueryClient, vendor: VendorId) =>
  mutationOptions({
    mutationFn: () => sendMessage('clearVendorSettings', { vendor }),
    onSettled: () => invalidate(queryClient, staleAfter.clearVendorSettings()),
  });

/**
 * Queues a person's save (one job per tool, stored before any request): the chosen tools and targets are remembered
 * first (tools left unticked keep theirs: ticking one again later needs no new choice); answers with the jobs at once.
 */
export const saveProfileMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: async (input: SaveInput) => {
      const stored = await saveDefaults.getValue();
      await saveDefaults.setValue({
        vendors: input.requests.map((r) => r.vendor),
        targets: {
          ...stored.targets,
          ...Object.fromEntries(input.requests.map((r) => [r.vendor, { targetId: r.targetId, stageId: r.stageId }])),
        },
      });
      return sendMessage('saveProfile', input);
    },
    onSuccess: () => invalidate(queryClient, staleAfter.saveProfile()),
  });

/** Queues a list save (one job per person and tool, stored before any request); answers with its group at once. */
export const saveManyMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: (items: SaveManyInput['items']) => sendMessage('saveMany', { items }),
    onSettled: () => invalidate(queryClient, staleAfter.saveMany()),
  });

/** Brings the tab's lazy sections into view and back, then the tab is read again. */
export const loadAllSectionsMutation = (queryClient: QueryClient, findTab: FindTab) =>
  mutationOptions({
    mutationFn: async () => {
      const tabId = await findTab();
      if (tabId !== null) await loadAllSectionsInTab(tabId);
    },
    onSettled: () => invalidate(queryClient, staleAfter.loadAllSections()),
  });

/** Sends a failed job again; a job that is not waiting any more is the mutation's error. */
export const retryJobMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: async (id: string) => unwrap(await sendMessage('retryJob', { id })),
    onSettled: () => invalidate(queryClient, staleAfter.retryJob()),
  });

export const clearHistoryMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: () => sendMessage('clearHistory'),
    onSettled: () => invalidate(queryClient, staleAfter.clearHistory()),
  });

/** The raw JSON of one set-aside entry, or null when it is gone (the page downloads it). */
export const exportSetAsideMutation = () =>
  mutationOptions({ mutationFn: (id: string) => sendMessage('exportSetAside', { id }) });

export const resendSetAsideMutation = (queryClient: QueryClient) =>
  mutationOptions({
    mutationFn: (id: string) => sendMessage('resendSetAside', { id }),
    onSettled: () => invalidate(queryClient, staleAfter.resendSetAside()),
  });
