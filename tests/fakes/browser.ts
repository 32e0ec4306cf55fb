// Launches the production build of the extension in Chromium against the fake server, and the helpers every
// browser-driving piece shares (e2e fixture, demo, benchmark).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { FakeServer } from './server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** CHROME_PATH, then Debian's chromium, then Google Chrome, then Playwright's own Chromium if one is installed. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (existsSync(own)) return own;
  } catch {
    // no bundled browser: fall through
  }
  return undefined;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker. */
  sw: Worker;
  extensionId: string;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** The browser's UI language ("fr"): what chrome.i18n, and so the extension's UI, uses. */
  locale?: string;
  /** A Chromium profile folder to keep between launches (a browser restart); default: a fresh throwaway one. */
  userDataDir?: string;
  /** Leave the welcome page a fresh install opens (the first-run test); by default it is closed at launch. */
  keepWelcome?: boolean;
}

export async function launchWithExtension(server: FakeServer, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(resolve(extDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extDir}: run "npx wxt build" first.`);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: set CHROME_PATH, or install Debian\'s "chromium" package (apt-get install -y chromium).');
  }
  const fresh = !options.userDataDir || !existsSync(join(options.userDataDir, 'Default'));
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath,
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      ...server.chromiumArgs,
      // --lang picks Chromium's UI language on Linux, which extensions get as their UI locale.
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale } } : {}),
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    // The id depends on the absolute path of the build: always read it.
    const extensionId = new URL(sw.url()).host;
    if (fresh && !options.keepWelcome) await closeWelcomePage(context, extensionId);
    return { context, sw, extensionId };
  } catch (err) {
    await context.close();
    throw err;
  }
}

/** A fresh install opens the options page as a welcome (first run): tests and the demo start without it. */
async function closeWelcomePage(context: BrowserContext, extensionId: string): Promise<void> {
  const isWelcome = (page: Page) => page.url().startsWith(`chrome-extension://${extensionId}/options.html`);
  for (let waited = 0; waited < 5_000; waited += 50) {
    const welcome = context.pages().find(isWelcome);
    if (welcome) {
      await welcome.close();
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Stops the extension's service worker as Chrome does when it idles (a test of "stopped mid-save"). Pages with an
 * open channel to it (a popup) keep it busy: close them first. Opening an extension page starts it again.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) throw new Error('the extension has no running service worker to stop');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
  await page.close();
}

/** The tab id Chrome gave a page: matched on URL (LinkedIn URLs are visible to the extension), else the active tab. */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  const url = page.url();
  const byUrl = await sw.evaluate(async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1), url);
  if (byUrl.length === 1 && byUrl[0]! >= 0) return byUrl[0]!;
  // The URL of a site the extension has no access to is hidden: bring the page forward and take the active tab.
  await page.bringToFront();
  const active = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  if (active < 0) throw new Error(`No tab found for ${url}`);
  return active;
}

export function popupUrl(extensionId: string, tabId: number): string {
  return `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;
}

/** Opens the popup, in its own tab, about the tab showing `page`. */
export async function openPopupFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser.sw, page);
  const popup = await browser.context.newPage();
  await popup.goto(popupUrl(browser.extensionId, tabId));
  return popup;
}

/** Waits until the popup has finished reading (a profile, a "not a profile" notice or an error is on screen). */
export async function waitForPopupResult(popup: Page, timeout = 15_000): Promise<'profile' | 'list' | 'not-profile' | 'error'> {
  const card = popup.getByTestId('profile-card');
  const list = popup.getByTestId('list-panel');
  const notProfile = popup.getByTestId('state-not-profile');
  const error = popup.getByTestId('state-error');
  await card.or(list).or(notProfile).or(error).first().waitFor({ timeout });
  if (await card.isVisible()) return 'profile';
  if (await list.isVisible()) return 'list';
  if (await notProfile.isVisible()) return 'not-profile';
  return 'error';
}
