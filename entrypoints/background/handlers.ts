// One record: message → who may send it, its input schema, its handler. index.ts registers them all synchronously.
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
  retryJobInputSchema,
  revealInputSchema,
  saveInputSchema,
  setSettingsInputSchema,
} from '@/lib/protocol';
import type { SenderKind } from '@/lib/sender';
import {
  allVendorStatus,
  checkVendor,
  forgetVendor,
  setVendorSettings,
  withVendor,
} from './vendor-service';
import { FIRST_ATTEMPT_WAIT_MS, outbox, saveAndWait } from './outbox';

type BackgroundVerb = Exclude<keyof ProtocolMap, 'readProfile'>;

export interface Handler<K extends BackgroundVerb> {
  /** Who may send it. Keys and vendor reads: our own pages only. */
  senders: readonly SenderKind[];
  input: z.ZodType<Parameters<ProtocolMap[K]>[0]>;
  handle(input: Parameters<ProtocolMap[K]>[0]): Promise<ReturnType<ProtocolMap[K]>>;
}

export type Handlers = { [K in BackgroundVerb]: Handler<K> };

const PAGES = ['extension-page'] as const;
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
};
