// Vendor settings including API keys. Imported by entrypoints/background only (lib/secrets-boundary.test.ts
// enforces it): UI contexts learn "configured" and the public fields through messages, never a key.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { vendorSettingsSchema, type VendorId, type VendorSettings } from '@/lib/vendors/vendor';
import { inTurn } from '@/lib/in-turn';
import { storedVersion, upgrade, wxtVersioning, type Versioned } from '@/lib/versioned-storage';

/**
 * Version 1, no migration yet. Read per vendor: one vendor's entry that no longer parses reads as "not configured"
 * and is kept as stored (the user may fix it by saving that vendor again); the others are unaffected.
 */
const SETTINGS_STORAGE: Versioned<Record<string, unknown>> = {
  version: 1,
  migrations: {},
  schema: z.record(z.string(), z.unknown()),
};

const settingsItem = storage.defineItem<Record<string, unknown>>('local:vendor-settings', {
  fallback: {},
  ...wxtVersioning(SETTINGS_STORAGE),
});

async function readAll(): Promise<Record<string, unknown>> {
  const read = upgrade(SETTINGS_STORAGE, await settingsItem.getValue(), storedVersion(await settingsItem.getMeta()));
  return read.ok ? read.value : {};
}

export async function readVendorSettings(vendor: VendorId): Promise<VendorSettings | null> {
  const parsed = vendorSettingsSchema.safeParse((await readAll())[vendor]);
  return parsed.success ? parsed.data : null;
}

/** Every vendor's settings are one stored item: its changes go one at a time. */
const settingsTurn = inTurn();

export function writeVendorSettings(vendor: VendorId, settings: VendorSettings): Promise<void> {
  return settingsTurn(async () => settingsItem.setValue({ ...(await readAll()), [vendor]: settings }));
}

export function clearVendorSettings(vendor: VendorId): Promise<void> {
  return settingsTurn(async () => {
    const all = await readAll();
    delete all[vendor];
    await settingsItem.setValue(all);
  });
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
