// Typed storage items that are not secret (secrets: lib/secrets.ts). All in chrome.storage.local, which the
// background locks to extension pages at start.
import { storage } from 'wxt/utils/storage';
import type { CheckResult, VendorId } from '@/lib/vendors/vendor';

/** The last key check per vendor, shown in options and used by the popup to say "check your key". */
export const checkResults = storage.defineItem<Partial<Record<VendorId, CheckResult>>>('local:vendor-checks', {
  fallback: {},
  version: 1,
});
