// Typed storage items that are not secret (secrets: lib/secrets.ts). All in chrome.storage.local, which the
// background locks to extension pages at start.
import { storage } from 'wxt/utils/storage';
import { EMPTY_JSON_MEMO, type JsonMemo } from '@/lib/linkedin/voyager/json-memo';
import type { CheckResult, VendorId } from '@/lib/vendors/vendor';

/** The last key check per vendor, shown in options and used by the popup to say "check your key". */
export const checkResults = storage.defineItem<Partial<Record<VendorId, CheckResult>>>('local:vendor-checks', {
  fallback: {},
  version: 1,
});

/** What the popup remembers between saves: which vendors are ticked and each vendor's last target and stage. */
export interface SaveDefaults {
  vendors: VendorId[];
  targets: Partial<Record<VendorId, { targetId: string | null; stageId: string | null }>>;
}

export const saveDefaults = storage.defineItem<SaveDefaults>('local:save-defaults', {
  fallback: { vendors: [], targets: {} },
  version: 1,
});

/**
 * Whether the save button is added to LinkedIn profile pages (options). The background registers the button's script
 * only while this is on, so when it is off nothing of ours is injected into LinkedIn's pages at all.
 */
export const inPageButtonEnabled = storage.defineItem<boolean>('local:in-page-button', {
  fallback: true,
  version: 1,
});

/**
 * What this browser learnt about LinkedIn's JSON (which profile decoration answers, what is retired, when LinkedIn
 * asked us to stop for a while). Written after each read by whoever asked for it (popup or background); the reader
 * in LinkedIn's page gets a copy with each request and never touches storage.
 */
export const linkedinJsonMemo = storage.defineItem<JsonMemo>('local:linkedin-json-memo', {
  fallback: EMPTY_JSON_MEMO,
  version: 1,
});
