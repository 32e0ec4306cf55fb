// The popup's first asks, started by a small classic script (entrypoints/popup-early) while the popup's HTML is still
// being parsed: the read of the tab, the tools' status and, once the page's read shows a person, each configured
// tool's first page of targets (a popup on any other page asks no vendor anything). The popup's modules (React, zod, the tools: most of its opening time) load and run meanwhile, and
// take each answer once (a later "Read again" asks anew). They check every answer exactly as they check their own:
// an early answer is only an earlier start, never a shortcut past a check. No zod here, to keep the script small.
import { browser } from 'wxt/browser';
import type { ReadRequest } from '@/lib/linkedin/read-outcome';
import { EMPTY_JSON_MEMO } from '@/lib/linkedin/voyager/json-memo-empty';
import { sendMessage, type ProtocolMap } from '@/lib/messaging';
import { FULL_READ_DEADLINE_MS, resolveTabId } from './tab';

type Answer<Verb extends keyof ProtocolMap> = Awaited<ReturnType<ProtocolMap[Verb]>>;
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
type ReadDepth = ReadRequest['depth'];

interface Handoff {
  reads: Promise<{ tabId: number; asks: Partial<Record<ReadDepth, Promise<Settled<unknown>>>> } | null>;
  status: Promise<Settled<Answer<'getVendorStatus'>>>;
  targets: Promise<Partial<Record<string, Promise<Settled<Answer<'listTargets'>>>>>>;
  taken: Set<string>;
}

const KEY = '__linkedinToAtsPopupEarly';
type WithHandoff = typeof globalThis & { [KEY]?: Handoff };

/** Where the memo of LinkedIn's JSON lies (lib/storage.ts, `linkedinJsonMemo`), read raw: the reader checks it. */
const MEMO_KEY = 'linkedin-json-memo';
const LINKEDIN_PAGE = 'https://www.linkedin.com/';

/** The reader answered a person (`{ ok: true, … }`): only a hint for asking early, never shown as is. */
function isPerson(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === true;
}

function settle<T>(ask: Promise<T>): Promise<Settled<T>> {
  return ask.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

/**
 * Starts the asks (the early script's whole work). The tab is asked only when it is a loaded LinkedIn page, the case
 * where the reader is normally there already; otherwise the popup's modules do as they always do (inject, wait).
 */
export function startEarlyAsks(search: string = location.search): void {
  const reads: Handoff['reads'] = resolveTabId(search).then(async (tabId) => {
    const found = tabId === null ? null : { tabId, tab: await browser.tabs.get(tabId).catch(() => undefined) };
    if (!found?.tab || found.tab.status !== 'complete' || !found.tab.url?.startsWith(LINKEDIN_PAGE)) return null;
    const stored = (await browser.storage.local.get([MEMO_KEY, `${MEMO_KEY}$`])) as Record<string, unknown>;
    // A memo of another version is left to the modules (they migrate it); none yet is the empty one.
    const meta = stored[`${MEMO_KEY}$`] as { v?: unknown } | undefined;
    if (meta?.v !== undefined && meta.v !== 1) return null;
    const memo = (stored[MEMO_KEY] ?? EMPTY_JSON_MEMO) as ReadRequest['memo'];
    const ask = (depth: ReadDepth) => settle<unknown>(sendMessage('readProfile', { depth, memo, deadlineMs: FULL_READ_DEADLINE_MS }, found.tabId));
    return { tabId: found.tabId, asks: { page: ask('page'), full: ask('full') } };
  }, () => null);
  const status = settle(sendMessage('getVendorStatus'));
  // The targets only once the page's read answers a person (the popup's modules check that answer again, in full).
  const targets: Handoff['targets'] = Promise.all([reads.then((r) => r?.asks.page ?? null), status]).then(
    ([page, answer]) => {
      if (!answer.ok || !page?.ok || !isPerson(page.value)) return {};
      const asks: Partial<Record<string, Promise<Settled<Answer<'listTargets'>>>>> = {};
      for (const { vendor, configured } of answer.value) if (configured) asks[vendor] = settle(sendMessage('listTargets', { vendor, query: '' }));
      return asks;
    },
    () => ({}),
  );
  (globalThis as WithHandoff)[KEY] = { reads, status, targets, taken: new Set() };
}

/** The handoff, if this page's early script ran and `what` has not been taken yet (then it is taken). */
function take(what: string): Handoff | null {
  const handoff = (globalThis as WithHandoff)[KEY];
  if (!handoff || handoff.taken.has(what)) return null;
  handoff.taken.add(what);
  return handoff;
}

/** The early read of this tab at this depth, once; null when there is none (then the caller asks as usual). */
export async function takeEarlyRead(tabId: number, depth: ReadDepth): Promise<Settled<unknown> | null> {
  const handoff = take(`read:${depth}`);
  const reads = handoff ? await handoff.reads : null;
  if (!reads || reads.tabId !== tabId) return null;
  return (await reads.asks[depth]) ?? null;
}

/** The early answer to getVendorStatus, once. */
export async function takeEarlyStatus(): Promise<Settled<Answer<'getVendorStatus'>> | null> {
  const handoff = take('status');
  return handoff ? handoff.status : null;
}

/** The early first page of a tool's targets, once. */
export async function takeEarlyTargets(vendor: string): Promise<Settled<Answer<'listTargets'>> | null> {
  const handoff = take(`targets:${vendor}`);
  return handoff ? ((await handoff.targets)[vendor] ?? null) : null;
}

/** The early answer when it came; else the ask, now (the early one failed: a worker stopping, a tab not ready). */
export async function earlyOr<T>(early: Promise<Settled<T> | null>, ask: () => Promise<T>): Promise<T> {
  const settled = await early;
  return settled?.ok ? settled.value : ask();
}
