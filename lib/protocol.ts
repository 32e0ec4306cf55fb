// Shapes that messages carry and other modules share (a save's input, a vendor's status, the in-page button's state).
// The messages themselves are declared in their receivers' tables (see lib/messaging.ts), their own inputs included.
import { z } from 'zod';
import type { AppError } from '@/lib/errors';
import { profileSchema } from '@/lib/profile/profile';
import { MAX_REQUESTS_PER_SAVE } from '@/lib/vendors';
import { checkResultSchema, saveRequestSchema, vendorIdSchema, vendorSettingsSchema } from '@/lib/vendors/vendor';

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

/** The most people one list save may queue (a LinkedIn list page shows far fewer; the largest batch a tool takes in one call is its `batchLimit`). */
export const MAX_LIST_SAVE = 100;
/** A list save: one SaveInput per person (each person's jobs keep their own batchId; the answer's groupId ties them). */
export const saveManyInputSchema = z.strictObject({ items: z.array(saveInputSchema).min(1).max(MAX_LIST_SAVE) });
export type SaveManyInput = z.infer<typeof saveManyInputSchema>;

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

/**
 * Chromium offers no way to press an extension's shortcut from a test (headless keys never reach the browser's command
 * handling), so the worker puts the function its onCommand listener calls on its global under this name, and the e2e
 * spec calls it. Only extension code can reach a service worker's global.
 */
export const COMMAND_TEST_HOOK = '__linkedinToAtsOnCommand';
