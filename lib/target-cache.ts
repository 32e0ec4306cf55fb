// The background's copy of what each vendor answered about targets: its list (the first answer, no search typed) and
// the details (stages) of the targets asked for. Kept in session storage, so it outlives the background's memory
// (Chrome stops an idle service worker after 30 s) and is gone when the browser closes.
// - An ask within TARGETS_FRESH_MS of the vendor's answer is answered from here: a popup opened again asks no vendor.
// - The popup shows what is here (up to TARGETS_SHOWN_MAX_MS old) while it still reads the person, then asks again,
//   which reaches the vendor only once the copy is no longer fresh: the remembered target shows with the person,
//   not one vendor round trip (a paged project list) later.
// Entries are tied to the settings they were answered for (a fingerprint of them, never the key): another key, another
// account, nothing is reused.
import { z } from 'zod';
import { targetDetailSchema, targetSchema, vendorIdSchema, type Target, type TargetDetail, type VendorId, type VendorSettings } from '@/lib/vendors/vendor';
import { defineVersionedItem } from '@/lib/versioned-storage';
import { inTurn } from '@/lib/in-turn';

/** An ask this soon after the vendor's answer is answered from the copy. */
export const TARGETS_FRESH_MS = 60_000;
/** The popup shows a copy up to this old while it asks again. */
export const TARGETS_SHOWN_MAX_MS = 60 * 60_000;
/** Details kept (the most recently answered): one per remembered target is what is used. */
export const MAX_DETAILS = 20;

function entrySchema<T extends z.ZodType>(value: T) {
  return z.object({ at: z.number(), account: z.string(), value });
}

export const targetCacheSchema = z.object({
  lists: z.partialRecord(vendorIdSchema, entrySchema(z.array(targetSchema))),
  /** Keyed `<vendor> <targetId>`. */
  details: z.record(z.string(), entrySchema(targetDetailSchema)),
});
export type TargetCacheData = z.infer<typeof targetCacheSchema>;

const EMPTY: TargetCacheData = { lists: {}, details: {} };

export interface TargetCacheStore {
  getValue(): Promise<TargetCacheData>;
  setValue(value: TargetCacheData): Promise<void>;
}

export const targetCacheItem: TargetCacheStore = defineVersionedItem('session:target-cache', {
  version: 1,
  migrations: {},
  schema: targetCacheSchema,
  fallback: EMPTY,
});

/** A fingerprint of a vendor's settings (SHA-256, 16 hex digits): says "same account" without keeping the key. */
export async function accountOf(settings: VendorSettings): Promise<string> {
  const text = JSON.stringify(Object.entries(settings).sort(([a], [b]) => a.localeCompare(b)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const detailKey = (vendor: VendorId, targetId: string) => `${vendor} ${targetId}`;

export interface TargetCache {
  /** The vendor's list for this account, if answered at most `maxAgeMs` ago. */
  list(vendor: VendorId, account: string, maxAgeMs: number): Promise<Target[] | null>;
  putList(vendor: VendorId, account: string, list: Target[]): Promise<void>;
  detail(vendor: VendorId, account: string, targetId: string, maxAgeMs: number): Promise<TargetDetail | null>;
  putDetail(vendor: VendorId, account: string, targetId: string, detail: TargetDetail): Promise<void>;
}

export function createTargetCache(store: TargetCacheStore = targetCacheItem, now: () => number = () => Date.now()): TargetCache {
  // Writes one after another (two answers arriving together must both land); a read waits for the writes before it.
  const turn = inTurn();
  const update = (change: (data: TargetCacheData) => TargetCacheData): Promise<void> =>
    turn(async () => store.setValue(change(await store.getValue())));
  const usable = <T>(entry: { at: number; account: string; value: T } | undefined, account: string, maxAgeMs: number): T | null =>
    entry && entry.account === account && now() - entry.at <= maxAgeMs && entry.at <= now() ? entry.value : null;
  return {
    list: (vendor, account, maxAgeMs) => turn(async () => usable((await store.getValue()).lists[vendor], account, maxAgeMs)),
    putList: (vendor, account, list) => update((data) => ({ ...data, lists: { ...data.lists, [vendor]: { at: now(), account, value: list } } })),
    detail: (vendor, account, targetId, maxAgeMs) => turn(async () => usable((await store.getValue()).details[detailKey(vendor, targetId)], account, maxAgeMs)),
    putDetail: (vendor, account, targetId, detail) =>
      update((data) => {
        const details = { ...data.details, [detailKey(vendor, targetId)]: { at: now(), account, value: detail } };
        const kept = Object.entries(details)
          .sort(([, a], [, b]) => b.at - a.at)
          .slice(0, MAX_DETAILS);
        return { ...data, details: Object.fromEntries(kept) };
      }),
  };
}
