// The background's messages: the one place each of them is declared (who may send it, its input, what it does).
// lib/messaging.ts derives the senders' types from this table; index.ts registers it (lib/message-table.ts `listen`).
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { appError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { message, noInput, type MessageSender } from '@/lib/message-table';
import type { Job } from '@/lib/outbox/job';
import { exportSetAside, listSetAside, resendSetAside } from '@/lib/outbox/quarantine';
import { profileSchema } from '@/lib/profile/profile';
import { FIX_PAGES, saveInputSchema, saveManyInputSchema, type Result } from '@/lib/protocol';
import { revealRequestSchema, vendorIdSchema, vendorSettingsSchema } from '@/lib/vendors/vendor';
import { enqueueList, FIRST_ATTEMPT_WAIT_MS, outbox, outboxStore, saveAndWait } from './outbox';
import { saveTab, tabSaveState } from './one-click';
import { allVendorStatus, cachedTargets, checkVendor, forgetVendor, getTarget, listTargets, setVendorSettings, withVendor } from './vendor-service';

// Inputs are strict objects: a message with a field nobody sends is forged or stale, and is refused whole.
const PAGES = ['extension-page'] as const;
// The in-page button's verbs: they take nothing from the message (no profile, URL, target or host), only the tab
// Chrome says the message came from, so LinkedIn's page (which shares the content world's DOM) can steer nothing.
const LINKEDIN_CONTENT = ['linkedin-content'] as const;

const vendorInput = z.strictObject({ vendor: vendorIdSchema });
const targetIdSchema = z.string().min(1).max(200);
/** One entry the outbox set aside (lib/outbox/quarantine.ts): its id is the raw job's id and a fingerprint. */
const setAsideInput = z.strictObject({ id: z.string().min(1).max(300) });

function senderTab(sender: MessageSender): number {
  const id = sender.tab?.id;
  // classifySender admits 'linkedin-content' only with a tab: this is a bug if it happens.
  if (id === undefined) throw new Error('no sender tab');
  return id;
}

export const backgroundMessages = {
  /** UI → background: which vendors are set up (public fields and key hint only, never a key). */
  getVendorStatus: message({ senders: PAGES, input: noInput, handle: () => allVendorStatus() }),
  /** Options → background: store a vendor's settings (secret fields left empty keep the stored value) and check them. */
  setVendorSettings: message({
    senders: PAGES,
    input: z.strictObject({ vendor: vendorIdSchema, settings: vendorSettingsSchema }),
    handle: ({ vendor, settings }) => setVendorSettings(vendor, settings),
  }),
  clearVendorSettings: message({ senders: PAGES, input: vendorInput, handle: ({ vendor }) => forgetVendor(vendor) }),
  checkVendor: message({ senders: PAGES, input: vendorInput, handle: ({ vendor }) => checkVendor(vendor) }),
  listTargets: message({
    senders: PAGES,
    input: z.strictObject({ vendor: vendorIdSchema, query: z.string().max(200) }),
    handle: ({ vendor, query }) => listTargets(vendor, query),
  }),
  getTarget: message({
    senders: PAGES,
    input: z.strictObject({ vendor: vendorIdSchema, targetId: targetIdSchema }),
    handle: ({ vendor, targetId }) => getTarget(vendor, targetId),
  }),
  /** The background's copy of the vendor's list and of one target, asking the vendor nothing (null: none kept). */
  cachedTargets: message({
    senders: PAGES,
    input: z.strictObject({ vendor: vendorIdSchema, targetId: targetIdSchema.nullable() }),
    handle: ({ vendor, targetId }) => cachedTargets(vendor, targetId),
  }),
  /** Is this person already in the vendor (in the chosen target)? */
  lookupProfile: message({
    senders: PAGES,
    input: z.strictObject({ vendor: vendorIdSchema, profile: profileSchema, targetId: targetIdSchema.nullable() }),
    handle: ({ vendor, profile, targetId }) =>
      withVendor(vendor, async (v, ctx) =>
        v.lookup ? v.lookup(ctx, profile, targetId) : { state: 'unknown' as const, detail: `${v.label} offers no lookup` },
      ),
  }),
  /** Spends the vendor's credits: asked only after the user confirmed. */
  revealContacts: message({
    senders: PAGES,
    input: z.strictObject({ vendor: vendorIdSchema, profile: profileSchema, request: revealRequestSchema }),
    handle: ({ vendor, profile, request }) =>
      withVendor(vendor, async (v, ctx) => {
        if (!v.revealContacts) throw appError('internal', `${v.label} cannot reveal contact details`);
        return v.revealContacts(ctx, profile, request);
      }),
  }),
  /**
   * Queues one outbox job per vendor (stored before any request) and answers with the jobs once each had its first
   * attempt (or at once when offline, or after a while: the popup then follows them with listJobs).
   */
  saveProfile: message({ senders: PAGES, input: saveInputSchema, handle: (input) => saveAndWait(input, 'popup') }),
  /**
   * A list page's save of many people (up to MAX_LIST_SAVE): every job stored in one go, then sending starts; answers
   * at once with `{ groupId, jobs }`, and the popup follows them with listJobs({ groupId }).
   */
  saveMany: message({ senders: PAGES, input: saveManyInputSchema, handle: (input) => enqueueList(input) }),
  /** Outbox jobs, newest first (history, and the popup's live results for one person). */
  listJobs: message({
    senders: PAGES,
    input: z.strictObject({
      profileUrl: z.string().max(500).optional(),
      /** The jobs of one list save (saveMany's answer). */
      groupId: z.string().max(100).optional(),
      limit: z.number().int().min(1).max(1_000).optional(),
    }),
    handle: (input) => outbox().list(input),
  }),
  /** Sends a failed job again now (re-checking with the vendor first when an attempt may have reached it). */
  retryJob: message({
    senders: PAGES,
    input: z.strictObject({ id: z.string().min(1).max(100) }),
    async handle({ id }): Promise<Result<Job>> {
      const job = await outbox().retry(id);
      if (!job) return { ok: false, error: appError('internal', t('outbox.notWaiting')) };
      void outbox().run();
      const [after] = await outbox().settled([id], FIRST_ATTEMPT_WAIT_MS);
      return { ok: true, value: after ?? job };
    },
  }),
  /** Forgets finished jobs (done and failed); waiting ones stay. */
  clearHistory: message({ senders: PAGES, input: noInput, handle: async () => ({ cleared: await outbox().clearFinished() }) }),
  /** History → background: what the outbox could not read and set aside ("Needs attention"), newest first. */
  listSetAside: message({ senders: PAGES, input: noInput, handle: () => listSetAside(outboxStore()) }),
  /** The raw job and payload of one entry as JSON, for the user to keep (null: no such entry). */
  exportSetAside: message({
    senders: PAGES,
    input: setAsideInput,
    handle: ({ id }) => exportSetAside(outboxStore(), id, Date.now()),
  }),
  /** Migrates and parses the entry again; back in the outbox once if it reads now, else why not. */
  resendSetAside: message({
    senders: PAGES,
    input: setAsideInput,
    async handle({ id }) {
      const outcome = await resendSetAside(outboxStore(), id, Date.now());
      if (outcome.kind === 'sent') void outbox().run();
      return outcome;
    },
  }),
  /**
   * In-page button → background: save the person on the SENDER's tab with the remembered targets. No input: the tab
   * comes from Chrome's sender, the profile is read by the background itself (the content world is shared with a
   * page we do not control). Answers once the save is queued; getTabSaveState follows it.
   */
  saveThisProfile: message({
    senders: LINKEDIN_CONTENT,
    input: noInput,
    handle: (_input, sender) => saveTab(senderTab(sender), 'button', { documentId: sender.documentId }),
  }),
  /** In-page button → background: what its tab's save looks like now (history first: "already saved"). */
  getTabSaveState: message({
    senders: LINKEDIN_CONTENT,
    input: noInput,
    handle: (_input, sender) => tabSaveState(senderTab(sender), sender.documentId),
  }),
  /** In-page button → background: open the options or the history (content scripts cannot open extension pages). */
  openFixPage: message({
    senders: LINKEDIN_CONTENT,
    input: z.strictObject({ page: z.enum(FIX_PAGES) }),
    async handle({ page }) {
      if (page === 'options') await browser.runtime.openOptionsPage();
      else await browser.tabs.create({ url: browser.runtime.getURL('/save-history.html') });
      return { opened: page };
    },
  }),
};
