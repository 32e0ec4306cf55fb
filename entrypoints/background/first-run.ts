// First run: installing the extension opens the options page, which welcomes the user (what the extension does,
// where each tool's key comes from) and checks each key. Updates and Chrome restarts open nothing.
//
// Chromium can report a second "install" for an unpacked extension when the browser was quit before it wrote its
// preferences (seen in CI: the relaunched browser opened the welcome page over the page the user had just opened).
// Storage survives that, so the welcome is remembered there and shown once per real install.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

export const welcomeShown = storage.defineItem<boolean>('local:welcome-shown', { fallback: false });

export async function onInstall(reason: string): Promise<boolean> {
  if (reason !== 'install' || (await welcomeShown.getValue())) return false;
  await welcomeShown.setValue(true);
  await browser.runtime.openOptionsPage();
  return true;
}

export function startFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => void onInstall(reason));
}
