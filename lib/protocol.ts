// Input schemas and answer types of the messages in lib/messaging.ts. The receiver parses every input with these.
// Inputs are strict objects: a message with a field nobody sends is forged or stale, and is refused whole.
import { z } from 'zod';
import type { AppError } from '@/lib/errors';
import { profileSchema } from '@/lib/profile/profile';
import { MAX_REQUESTS_PER_SAVE } from '@/lib/vendors';
import {
  checkResultSchema,
  revealRequestSchema,
  saveRequestSchema,
  vendorIdSchema,
  vendorSettingsSchema,
} from '@/lib/vendors/vendor';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const vendorStatusSchema = z.object({
  vendor: vendorIdSchema,
  configured: z.boolean(),
  /** "…1a2b" of the stored key, never the key. */
  keyHint: z.string().nullable(),
  publicSettings: vendorSettingsSchema,
  lastCheck: checkResultSchema.nullable(),
});
export type VendorStatus = z.infer<typeof vendorStatusSchema>;

export const setSettingsInputSchema = z.strictObject({ vendor: vendorIdSchema, settings: vendorSettingsSchema });
export type SetSettingsInput = z.infer<typeof setSettingsInputSchema>;
export const clearSettingsInputSchema = z.strictObject({ vendor: vendorIdSchema });
export type ClearSettingsInput = z.infer<typeof clearSettingsInputSchema>;
export const checkInputSchema = z.strictObject({ vendor: vendorIdSchema });
export type CheckInput = z.infer<typeof checkInputSchema>;
export const listTargetsInputSchema = z.strictObject({ vendor: vendorIdSchema, query: z.string().max(200) });
export type ListTargetsInput = z.infer<typeof listTargetsInputSchema>;
export const getTargetInputSchema = z.strictObject({ vendor: vendorIdSchema, targetId: z.string().min(1).max(200) });
export type GetTargetInput = z.infer<typeof getTargetInputSchema>;
export const lookupInputSchema = z.strictObject({
  vendor: vendorIdSchema,
  profile: profileSchema,
  targetId: z.string().min(1).max(200).nullable(),
});
export type LookupInput = z.infer<typeof lookupInputSchema>;
export const revealInputSchema = z.strictObject({ vendor: vendorIdSchema, profile: profileSchema, request: revealRequestSchema });
export type RevealInput = z.infer<typeof revealInputSchema>;
/** Names of what was picked, for history (the requests carry ids only). */
export const saveLabelsSchema = z.partialRecord(
  vendorIdSchema,
  z.strictObject({ target: z.string().max(300).nullable(), stage: z.string().max(300).nullable() }),
);
export const saveInputSchema = z.strictObject({
  profile: profileSchema,
  requests: z.array(saveRequestSchema).min(1).max(MAX_REQUESTS_PER_SAVE),
  labels: saveLabelsSchema.optional(),
});
export type SaveInput = z.infer<typeof saveInputSchema>;

export const listJobsInputSchema = z.strictObject({
  profileUrl: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(1_000).optional(),
});
export type ListJobsInput = z.infer<typeof listJobsInputSchema>;
export const retryJobInputSchema = z.strictObject({ id: z.string().min(1).max(100) });
export type RetryJobInput = z.infer<typeof retryJobInputSchema>;
/** One entry the outbox set aside (lib/outbox/quarantine.ts): its id is the raw job's id and a fingerprint. */
export const setAsideInputSchema = z.strictObject({ id: z.string().min(1).max(300) });
export type SetAsideInput = z.infer<typeof setAsideInputSchema>;

// One click (in-page button, shortcut, context menu). The content script sends no data with its verbs: the background
// takes the tab from Chrome's sender, reads the person itself and uses the remembered targets.
export const TAB_SAVE_STATES = ['off-profile', 'idle', 'saving', 'saved', 'already', 'error'] as const;
export type TabSaveStateKind = (typeof TAB_SAVE_STATES)[number];
export const FIX_PAGES = ['options', 'history'] as const;
export type FixPage = (typeof FIX_PAGES)[number];

/** What the in-page button shows for its tab, worded by the background in the browser's language. */
export interface TabSaveState {
  state: TabSaveStateKind;
  /** The button's own text ("Save to <tools>", "Saving…", "Saved ✓"). */
  label: string;
  /** One line per tool once something happened ("Saved to <tool> · <target> ✓"), or why nothing was. */
  lines: string[];
  /** Where the problem can be fixed, when there is one. */
  fix: { page: FixPage; label: string } | null;
}

export const openFixPageInputSchema = z.strictObject({ page: z.enum(FIX_PAGES) });
export type OpenFixPageInput = z.infer<typeof openFixPageInputSchema>;

/**
 * Chromium offers no way to press an extension's shortcut from a test (headless keys never reach the browser's command
 * handling), so the worker puts the function its onCommand listener calls on its global under this name, and the e2e
 * spec calls it. Only extension code can reach a service worker's global.
 */
export const COMMAND_TEST_HOOK = '__linkedinToAtsOnCommand';
