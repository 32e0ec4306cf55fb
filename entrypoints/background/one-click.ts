// One click: the in-page button, the shortcut and the context menu save the person on a tab with the remembered
// targets. The background reads the tab itself and builds the requests from saveDefaults: whoever asks says only
// "this tab" (the button's content world is shared with a page we do not control). The result goes through the same
// outbox as the popup's saves; this module follows it for the button's state and the toolbar badge.
import { browser } from 'wxt/browser';
import { followedBadge, problemBadge, readingBadge, type Badge, type FollowedSave } from '@/lib/one-click/badge';
import {
  batchState,
  currentRecord,
  errorProblem,
  forgottenOnLoad,
  needsJobs,
  offerState,
  offProfileState,
  oneClickPage,
  planProblem,
  problemState,
  profilePageUrl,
  tabState,
  withRefusals,
  type Problem,
  type TabRecord,
} from '@/lib/one-click/tab-state';
import { linkSave, pageToSave, personProblem, sendable } from '@/lib/one-click/person';
import { labelsFromHistory, planSave, TARGET_NAME_MAX_AGE_MS, type SavePlan, unnamedTargets, withTargetDetails } from '@/lib/one-click/plan';
import type { SaveOrigin } from '@/lib/outbox/job';
import { watchOutbox } from '@/lib/outbox/store';
import type { SaveInput, TabSaveState } from '@/lib/protocol';
import { readProfileInTab, waitForTabComplete } from '@/lib/read-tab';
import { saveDefaults } from '@/lib/storage';
import { VENDORS } from '@/lib/vendors';
import type { SaveRequest, TargetDetail, VendorId } from '@/lib/vendors/vendor';
import { pokeButton } from './button-script';
import { enqueueSave, outbox } from './outbox';
import { allVendorStatus, getTarget } from './vendor-service';

const records = new Map<number, TabRecord>();

/** A tab loads a page (a reload, a navigation): see forgottenOnLoad. */
export function forgetRecordOnLoad(tabId: number, status: string | undefined): void {
  if (forgottenOnLoad(records.get(tabId), status)) records.delete(tabId);
}
/** How long a one-click save waits for LinkedIn's JSON, lists and details pages before saving what it has. */
export const ONE_CLICK_READ_MS = 4000;
/** Tabs whose badge follows jobs still waiting, with the tools that could not take the person (their reasons). */
const badgeJobs = new Map<number, FollowedSave>();
let unwatch: (() => void) | null = null;

async function tabUrl(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.url;
}

async function currentPlan(): Promise<SavePlan> {
  return planSave(await saveDefaults.getValue(), await allVendorStatus(), VENDORS);
}

/** What the button on `tabId` shows: this tab's last one-click save of the person shown, else the history. */
export async function tabSaveState(tabId: number, documentId?: string): Promise<TabSaveState> {
  const profileUrl = profilePageUrl(await tabUrl(tabId));
  if (!profileUrl) return offProfileState();
  const record = currentRecord(records.get(tabId), profileUrl, documentId, Date.now());
  const jobs = needsJobs(record) ? await outbox().list({ profileUrl, limit: 50 }) : [];
  return tabState(record, jobs) ?? offerState(await currentPlan());
}

// ── Toolbar badge, per tab ──────────────────────────────────────────────────────────────────────────────────────

async function setBadge(tabId: number, badge: Badge): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setTitle({ tabId, title: badge.title });
  } catch {
    // The tab was closed meanwhile: nothing to show.
  }
}

async function refreshBadges(): Promise<void> {
  if (badgeJobs.size === 0) return;
  const jobs = await outbox().list();
  for (const [tabId, save] of badgeJobs) {
    const { badge, following } = followedBadge(save, jobs);
    if (!following) badgeJobs.delete(tabId);
    if (badge) await setBadge(tabId, badge);
  }
  if (badgeJobs.size === 0) {
    unwatch?.();
    unwatch = null;
  }
}

function followBadge(tabId: number, jobIds: string[], refusals: string[]): void {
  badgeJobs.set(tabId, { ids: jobIds, refusals });
  // Jobs change in storage as the processor works (and when the history re-sends one): the badge follows.
  unwatch ??= watchOutbox(() => void refreshBadges());
  void refreshBadges();
}

/**
 * Names for history and the button. The history has them when the popup saved there (it remembered the target
 * then); otherwise the vendor is asked (getTarget, which the background's copy answers when it has the target). A
 * name is only a label: when it cannot be had, none is shown.
 */
async function targetLabels(requests: readonly SaveRequest[]): Promise<NonNullable<SaveInput['labels']>> {
  const labels = labelsFromHistory(requests, await outbox().list({ limit: 200 }));
  const details: Partial<Record<VendorId, TargetDetail>> = {};
  for (const { vendor, targetId } of unnamedTargets(requests, labels)) {
    const detail = await getTarget(vendor, targetId, TARGET_NAME_MAX_AGE_MS);
    if (detail.ok) details[vendor] = detail.value;
  }
  return withTargetDetails(requests, labels, details);
}

// ── Saving ──────────────────────────────────────────────────────────────────────────────────────────────────────

export interface SaveTabOptions {
  /** The profile the user meant (a link's): anything else in the tab is refused, never saved. */
  expectedVanity?: string;
  /** Where the badge goes when it is not the tab read (a link saved through a background tab). */
  badgeTabId?: number;
  /** The page whose in-page button asked. */
  documentId?: string;
}

/**
 * Saves the person shown in `tabId` with the remembered targets: read the tab, check who it is, queue one job per
 * tool. Answers once the jobs are queued (or with why nothing was); the badge and tabSaveState follow the jobs.
 */
export async function saveTab(tabId: number, origin: SaveOrigin, options: SaveTabOptions = {}): Promise<TabSaveState> {
  const state = await saveTabNow(tabId, origin, options);
  // The button asked itself; after the shortcut or the menu, the button in that tab learns of the save now.
  if (origin !== 'button') void pokeButton(tabId);
  return state;
}

async function saveTabNow(tabId: number, origin: SaveOrigin, options: SaveTabOptions): Promise<TabSaveState> {
  const badgeTab = options.badgeTabId ?? tabId;
  const page = oneClickPage(await tabUrl(tabId));
  const remember = (profileUrl: string, step: Pick<TabRecord, 'reading' | 'jobIds' | 'problem'>) =>
    records.set(tabId, { profileUrl, documentId: options.documentId, at: Date.now(), ...step });
  const fail = async (problem: Problem): Promise<TabSaveState> => {
    if (page) remember(page.url, { reading: false, jobIds: [], problem });
    badgeJobs.delete(badgeTab);
    await setBadge(badgeTab, problemBadge(problem));
    return problemState(problem);
  };
  const checked = pageToSave(page, options.expectedVanity);
  if (!checked.ok) return fail(checked.problem);
  const asked = checked.page;

  // Cheap refusals first: nothing is read from LinkedIn when there is nowhere to save.
  const plan = await currentPlan();
  if (!plan.ok) return fail(planProblem(plan.problem));

  remember(asked.url, { reading: true, jobIds: [], problem: null });
  await setBadge(badgeTab, readingBadge());
  if (origin !== 'button') void pokeButton(tabId);
  // The whole chain of sources, bounded: what is not in after ONE_CLICK_READ_MS is saved without, and said so.
  const read = await readProfileInTab(tabId, { depth: 'full', deadlineMs: ONE_CLICK_READ_MS });
  if (!read.ok) return fail(errorProblem(read.error));
  // The user may have moved on to someone else meanwhile: the tab's address now tells.
  const changed = personProblem(asked, read.profile, oneClickPage(await tabUrl(tabId)));
  if (changed) return fail(changed);
  const sent = sendable(plan.requests, read.profile, VENDORS);
  if (!sent.ok) return fail(sent.problem);
  const { requests, refusals } = sent;

  const labels = await targetLabels(requests);
  const jobs = await enqueueSave({ profile: read.profile, requests, labels }, origin);
  const jobIds = jobs.map((j) => j.id);
  remember(asked.url, { reading: false, jobIds, problem: null });
  followBadge(badgeTab, jobIds, refusals);
  return withRefusals(batchState(jobs), refusals);
}

/** Saves the profile behind a LinkedIn link: the tab's own person directly, anyone else through a background tab. */
export async function saveLink(linkUrl: string, sourceTabId: number | undefined): Promise<void> {
  const link = linkSave(linkUrl, sourceTabId === undefined ? undefined : { tabId: sourceTabId, url: await tabUrl(sourceTabId) });
  if (!link) return;
  if (link.inTab) {
    await saveTab(link.tabId, 'context-menu', { expectedVanity: link.vanity });
    return;
  }
  // The reader reads the page it runs in: the person is opened in a tab of their own, out of the way, read there with
  // the identity check on the link's vanity, and the tab closed once the jobs are queued (they carry the profile).
  const tab = await browser.tabs.create({ url: link.url, active: false, ...(sourceTabId !== undefined ? { openerTabId: sourceTabId } : {}) });
  if (tab.id === undefined) return;
  try {
    await waitForTabComplete(tab.id, 20_000);
    await saveTab(tab.id, 'context-menu', { expectedVanity: link.vanity, ...(sourceTabId !== undefined ? { badgeTabId: sourceTabId } : {}) });
  } finally {
    records.delete(tab.id);
    await browser.tabs.remove(tab.id).catch(() => undefined);
  }
}

