// Vendor settings including API keys. Imported by entrypoints/background only (lib/secrets-boundary.test.ts
// enforces it): UI contexts learn "configured" and the public fields through messages, never a key.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { vendorIdSchema, vendorSettingsSchema, type VendorId, type VendorSettings } from '@/lib/vendors/vendor';

const allSettingsSchema = z.partialRecord(vendorIdSchema, vendorSettingsSchema);
type AllSettings = z.infer<typeof allSettingsSchema>;

const settingsItem = storage.defineItem<AllSettings>('local:vendor-settings', { fallback: {}, version: 1 });

export async function readVendorSettings(vendor: VendorId): Promise<VendorSettings | null> {
  const all = allSettingsSchema.safeParse(await settingsItem.getValue());
  return (all.success ? all.data[vendor] : undefined) ?? null;
}

export async function writeVendorSettings(vendor: VendorId, settings: VendorSettings): Promise<void> {
  const all = allSettingsSchema.catch({}).parse(await settingsItem.getValue());
  await settingsItem.setValue({ ...all, [vendor]: settings });
}

export async function clearVendorSettings(vendor: VendorId): Promise<void> {
  const all = allSettingsSchema.catch({}).parse(await settingsItem.getValue());
  delete all[vendor];
  await settingsItem.setValue(all);
}

/**
 * chrome.storage.local is readable by content scripts by default; keys must never be. Called first thing by the
 * background on every start.
 */
export async function lockStorageToExtensionPages(): Promise<void> {
  await browser.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
}

/** "…1a2b": enough for the user to recognise a key, useless to anyone else. */
export function keyHint(key: string | undefined): string | null {
  if (!key) return null;
  return `…${key.slice(-4)}`;
}
