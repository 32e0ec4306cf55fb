// The ways into a one-click save besides the in-page button: the keyboard shortcut (commands API, Alt+Shift+S by
// default, changed by the user at chrome://extensions/shortcuts) and the context menu on LinkedIn profiles and Sales
// Navigator lead pages, and on links to profiles. Listeners are added synchronously at the worker's start (a worker
// woken by the event must find them).
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { COMMAND_TEST_HOOK } from '@/lib/protocol';
import { forgetRecordOnLoad, saveLink, saveTab } from './one-click';

export const SAVE_COMMAND = 'save-profile';
const MENU_PAGE = 'save-profile-page';
const MENU_LINK = 'save-profile-link';
const PROFILE_PATTERN = 'https://www.linkedin.com/in/*';
/** Sales Navigator lead pages, saved like a profile (lib/linkedin/page-kind decides; other pages are refused). */
const LEAD_PATTERNS = ['https://www.linkedin.com/sales/lead/*', 'https://www.linkedin.com/sales/people/*'];

/** The shortcut's work: save the person in the tab it was pressed in (else the active tab). */
export async function onSaveCommand(command: string, tabId?: number): Promise<void> {
  if (command !== SAVE_COMMAND) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (id !== undefined) await saveTab(id, 'shortcut');
}

async function createMenus(): Promise<void> {
  // Menus outlive the worker and survive updates: start from none so that an id is never created twice.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_PAGE,
    title: t('oneClick.menu.page'),
    contexts: ['page'],
    documentUrlPatterns: [PROFILE_PATTERN, ...LEAD_PATTERNS],
  });
  browser.contextMenus.create({
    id: MENU_LINK,
    title: t('oneClick.menu.link'),
    contexts: ['link'],
    documentUrlPatterns: ['https://www.linkedin.com/*'],
    targetUrlPatterns: [PROFILE_PATTERN],
  });
}

export function startOneClickTriggers(): void {
  Object.defineProperty(globalThis, COMMAND_TEST_HOOK, { value: onSaveCommand });
  browser.commands.onCommand.addListener((command, tab) => void onSaveCommand(command, tab?.id));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_PAGE && tab?.id !== undefined) void saveTab(tab.id, 'context-menu');
    if (info.menuItemId === MENU_LINK && info.linkUrl) void saveLink(info.linkUrl, tab?.id);
  });
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.tabs.onUpdated.addListener((tabId, info) => forgetRecordOnLoad(tabId, info.status));
}
