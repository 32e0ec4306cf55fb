// Typed storage items that are not secret (secrets: lib/secrets.ts). All in chrome.storage.local, which the
// background locks to extension pages at start. Each has a version, its migrations and a zod schema
// (lib/versioned-storage.ts): a value that no longer parses reads as the default, it never breaks a page.
import { z } from 'zod';
import { EMPTY_JSON_MEMO, jsonMemoSchema } from '@/lib/linkedin/voyager/json-memo';
import { checkResultSchema, vendorIdSchema } from '@/lib/vendors/vendor';
import { defineVersionedItem } from '@/lib/versioned-storage';

/** The last key check per vendor, shown in options and used by the popup to say "check your key". */
export const checkResults = defineVersionedItem('local:vendor-checks', {
  version: 1,
  migrations: {},
  schema: z.partialRecord(vendorIdSchema, checkResultSchema),
  fallback: {},
});

/** What the popup remembers between saves: which vendors are ticked and each vendor's last target and stage. */
export const saveDefaultsSchema = z.object({
  vendors: z.array(vendorIdSchema),
  targets: z.partialRecord(vendorIdSchema, z.object({ targetId: z.string().nullable(), stageId: z.string().nullable() })),
});
export type SaveDefaults = z.infer<typeof saveDefaultsSchema>;

export const saveDefaults = defineVersionedItem('local:save-defaults', {
  version: 1,
  migrations: {},
  schema: saveDefaultsSchema,
  fallback: { vendors: [], targets: {} },
});

/**
 * Whether the save button is added to LinkedIn profile pages (options). The background registers the button's script
 * only while this is on, so when it is off nothing of ours is injected into LinkedIn's pages at all.
 */
export const inPageButtonEnabled = defineVersionedItem('local:in-page-button', {
  version: 1,
  migrations: {},
  schema: z.boolean(),
  fallback: true,
});

/**
 * What this browser learnt about LinkedIn's JSON (which profile decoration answers, what is retired, when LinkedIn
 * asked us to stop for a while). Written after each read by whoever asked for it (popup or background); the reader
 * in LinkedIn's page gets a copy with each request and never touches storage.
 */
export const linkedinJsonMemo = defineVersionedItem('local:linkedin-json-memo', {
  version: 1,
  migrations: {},
  schema: jsonMemoSchema,
  fallback: EMPTY_JSON_MEMO,
});
