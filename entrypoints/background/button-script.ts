// The in-page button's script is registered by the worker (scripting.registerContentScripts), not declared in the
// manifest: while the option is off it is not registered, so nothing of ours is injected into LinkedIn's pages at all
// (not even a script asking whether to show itself), and while it is on the script knows it is wanted without asking.
import { browser } from 'wxt/browser';
import { inTurn } from '@/lib/in-turn';
import { RUNTIME_LINKEDIN_SCRIPTS } from '@/lib/manifest-policy';
import { inPageButtonEnabled } from '@/lib/storage';
import type { ButtonHooks } from '@/entrypoints/linkedin-button/button';

const SCRIPT = RUNTIME_LINKEDIN_SCRIPTS[0];
const FILE = `/${SCRIPT.js[0]}` as const;
/** The button's own teardown, left on its isolated world's global (see entrypoints/linkedin-button). */
const BUTTON_SYMBOL = 'linkedin-to-ats.button';

/** One change at a time (ids must not be registered twice). */
const inOrder = inTurn();

/** Registers or unregisters the script to match the setting, one change at a time. */
export function syncButtonScript(options: { fresh?: boolean } = {}): Promise<boolean> {
  return inOrder(async () => {
    const enabled = await inPageButtonEnabled.getValue();
    const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT.id] })).length > 0;
    // After an install or update the file may have changed: register it afresh.
    if (registered && (!enabled || options.fresh)) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT.id] });
    if (enabled && (!registered || options.fresh)) {
      await browser.scripting.registerContentScripts([
        { id: SCRIPT.id, js: [...SCRIPT.js], matches: [...SCRIPT.matches], runAt: SCRIPT.runAt, allFrames: false, persistAcrossSessions: true },
      ]);
    }
    return enabled;
  });
}

/** Applies the setting to LinkedIn tabs already open: the button appears, or goes with everything it added. */
async function applyToOpenTabs(enabled: boolean): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...SCRIPT.matches] });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const target = { tabId: tab.id };
    const done = enabled
      ? browser.scripting.executeScript({ target, files: [FILE] })
      : browser.scripting.executeScript({
          target,
          args: [BUTTON_SYMBOL],
          func: (name: string) => {
            const scope = globalThis as unknown as Record<symbol, ButtonHooks | undefined>;
            scope[Symbol.for(name)]?.stop();
          },
        });
    await done.catch(() => undefined); // a tab still loading or gone: its next load follows the registration
  }
}

/** Tells the button in `tabId` (if any) to ask for its state again: a save started elsewhere (shortcut, menu). */
export async function pokeButton(tabId: number): Promise<void> {
  if (!(await inPageButtonEnabled.getValue())) return;
  await browser.scripting
    .executeScript({
      target: { tabId },
      args: [BUTTON_SYMBOL],
      func: (name: string) => {
        const scope = globalThis as unknown as Record<symbol, ButtonHooks | undefined>;
        scope[Symbol.for(name)]?.refresh();
      },
    })
    .catch(() => undefined);
}

export function startButtonScript(): void {
  browser.runtime.onInstalled.addListener(() => void syncButtonScript({ fresh: true }));
  inPageButtonEnabled.watch((enabled) => void syncButtonScript().then(() => applyToOpenTabs(enabled)));
  void syncButtonScript();
}
