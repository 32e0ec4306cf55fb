// First run: installing the extension opens the options page, which welcomes the user (what the extension does,
// where each tool's key comes from) and checks each key. Updates and Chrome restarts open nothing.
import { browser } from 'wxt/browser';

export function startFirstRun(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
}
