// One record: message → who may send it, its input schema, its handler. index.ts registers them all synchronously.
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { appError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { ProtocolMap } from '@/lib/messaging';
import {
  checkInputSchema,
  clearSettingsInputSchema,
  getTargetInputSchema,
  listJobsInputSchema,
  listTargetsInputSchema,
  lookupInputSchema,
  openFixPageInputSchema,
  retryJobInputSchema,
  revealInputSchema,
  saveInputSchema,
  setAsideInputSchema,
  setSettingsInputSchema,
} from '@/lib/protocol';
import type { SenderInfo, SenderKind } from '@/lib/sender';
import {
  allVendorStatus,
  checkVendor,
  forgetVendor,
  setVendorSettings,
  withVendor,
} from './vendor-service';
import { exportSetAside, listSetAside, resendSetAside } from '@/lib/outbox/quarantine';
import { FIRST_ATTEMPT_WAIT_MS, outbox, outboxStore, saveAndWait } from './outbox';
import { saveTab, tabSaveState } from './one-click';

type BackgroundVerb = Exclude<keyof ProtocolMap, 'readProfile' | 'loadAllSections'>;

export interface Handler<K extends BackgroundVerb> {
  /** Who may send it. Keys and vendor reads: our own pages only. */
  senders: readonly SenderKind[];
  input: z.ZodType<Parameters<ProtocolMap[K]>[0]>;
  /** `sender` is Chrome's (already classified as one of `senders`): the one-click verbs take their tab from it. */
  handle(input: Parameters<ProtocolMap[K]>[0], sender: SenderInfo & { documentId?: string }): Promise<ReturnType<ProtocolMap[K]>>;
}

export type Handlers = { [K in BackgroundVerb]: Handler<K> };

const PAGES = ['extension-page'] as const;
// The in-page button's verbs: they take nothing from the message (no profile, URL, target or host), only the tab
// Chrome says the message came from, so LinkedIn's page (which shares the content world's DOM) can steer nothing.
const LINKEDIN_CONTENT = ['linkedin-content'] as const;

function senderTab(sender: SenderInfo): number {
  const id = sender.tab?.id;
  // classifySender admits 'linkedin-content' only with a tab: this is a bug if it happens.
  if (id === undefined) throw new Error('no sender tab');
  return id;
}
const noInput = z.undefined();

export const handlers: Handlers = {
  getVendorStatus: { senders: PAGES, input: noInput, handle: () => allVendorStatus() },
  setVendorSettings: {
    senders: PAGES,
    input: setSettingsInputSchema,
    handle: ({ vendor, settings }) => setVendorSettings(vendor, settings),
  },
  clearVendorSettings: { senders: PAGES, input: clearSettingsInputSchema, handle: ({ vendor }) => forgetVendor(vendor) },
  checkVendor: { senders: PAGES, input: checkInputSchema, handle: ({ vendor }) => checkVendor(vendor) },
  listTargets: {
    senders: PAGES,
    input: listTargetsInputSchema,
    handle: ({ vendor, query }) =>
      withVendor(vendor, async (v, ctx) => {
        if (!v.listTargets) throw appError('internal', `${v.label} has no targets`);
        return v.listTargets(ctx, query);
      }),
  },
  getTarget: {
    senders: PAGES,
    input: getTargetInputSchema,
    handle: ({ vendor, targetId }) =>
      withVendor(vendor, async (v, ctx) => {
        if (!v.getTarget) throw appError('internal', `${v.label} has no targets`);
        return v.getTarget(ctx, targetId);
      }),
  },
  lookupProfile: {
    senders: PAGES,
    input: lookupInputSchema,
    handle: ({ vendor, profile, targetId }) =>
      withVendor(vendor, async (v, ctx) =>
        v.lookup ? v.lookup(ctx, profile, targetId) : { state: 'unknown' as const, detail: `${v.label} offers no lookup` },
      ),
  },
  revealContacts: {
    senders: PAGES,
    input: revealInputSchema,
    handle: ({ vendor, profile, request }) =>
      withVendor(vendor, async (v, ctx) => {
        if (!v.revealContacts) throw appError('internal', `${v.label} cannot reveal contact details`);
        return v.revealContacts(ctx, profile, request);
      }),
  },
  saveProfile: { senders: PAGES, input: saveInputSchema, handle: (input) => saveAndWait(input, 'popup') },
  listJobs: { senders: PAGES, input: listJobsInputSchema, handle: (input) => outbox().list(input) },
  retryJob: {
    senders: PAGES,
    input: retryJobInputSchema,
    async handle({ id }) {
      const job = await outbox().retry(id);
      if (!job) return { ok: false, error: appError('internal', t('outbox.notWaiting')) };
      void outbox().run();
      const [after] = await outbox().settled([id], FIRST_ATTEMPT_WAIT_MS);
      return { ok: true, value: after ?? job };
    },
  },
  clearHistory: { senders: PAGES, input: noInput, handle: async () => ({ cleared: await outbox().clearFinished() }) },
  listSetAside: { senders: PAGES, input: noInput, handle: () => listSetAside(outboxStore()) },
  exportSetAside: { senders: PAGES, input: setAsideInputSchema, handle: ({ id }) => exportSetAside(outboxStore(), id, Date.now()) },
  resendSetAside: {
    senders: PAGES,
    input: setAsideInputSchema,
    async handle({ id }) {
      const outcome = await resendSetAside(outboxStore(), id, Date.now());
      if (outcome.kind === 'sent') void outbox().run();
      return outcome;
    },
  },
  saveThisProfile: { senders: LINKEDIN_CONTENT, input: noInput, handle: (_input, sender) => saveTab(senderTab(sender), 'button', { documentId: sender.documentId }) },
  getTabSaveState: { senders: LINKEDIN_CONTENT, input: noInput, handle: (_input, sender) => tabSaveState(senderTab(sender), sender.documentId) },
  openFixPage: {
    senders: LINKEDIN_CONTENT,
    input: openFixPageInputSchema,
    async handle({ page }) {
      if (page === 'options') await browser.runtime.openOptionsPage();
      else await browser.tabs.create({ url: browser.runtime.getURL('/save-history.html') });
      return { opened: page };
    },
  },
};
