// The Playwright fixture every browser spec uses: the fake server (one per worker, reset before each test), and
// a fresh Chromium profile per test with the production build loaded and every fake host mapped to the server.
import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, openPopupFor, tabIdOf, waitForPopupResult, type ExtensionBrowser } from '../fakes/browser';
import { LINKEDIN_ORIGIN } from '../fakes/linkedin';
import { loadSandbox, type Sandbox } from '../fakes/sandbox-profiles';
import { startFakeServer, type FakeServer } from '../fakes/server';

interface TestFixtures {
  extension: ExtensionBrowser;
  extensionId: string;
  sw: Worker;
  /** Opens https://www.linkedin.com/in/<vanity>/ in a new tab and waits for it to load. */
  openProfile: (vanity: string) => Promise<Page>;
  /** Opens the popup (in its own tab) about the tab showing `page`, and waits until it has a result. */
  openPopupFor: (page: Page) => Promise<Page>;
  /** Chrome's id for the tab showing `page`. */
  tabIdOf: (page: Page) => Promise<number>;
}

interface WorkerFixtures {
  server: FakeServer;
  /** The sandbox's content, from tests/fixtures/index.json. */
  sandbox: Sandbox;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sandbox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      await provide(await loadSandbox());
    },
    { scope: 'worker' },
  ],
  server: [
    async ({ sandbox }, provide) => {
      const server = await startFakeServer({ profiles: sandbox.profiles, pages: sandbox.pages });
      await provide(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: async ({ server }, provide) => {
    server.reset();
    const browser = await launchWithExtension(server);
    await provide(browser);
    await browser.context.close();
  },
  context: async ({ extension }, provide) => {
    await provide(extension.context);
  },
  extensionId: async ({ extension }, provide) => {
    await provide(extension.extensionId);
  },
  sw: async ({ extension }, provide) => {
    await provide(extension.sw);
  },
  openProfile: async ({ extension }, provide) => {
    await provide(async (vanity) => {
      const page = await extension.context.newPage();
      await page.goto(`${LINKEDIN_ORIGIN}/in/${encodeURIComponent(vanity)}/`);
      return page;
    });
  },
  openPopupFor: async ({ extension }, provide) => {
    await provide(async (page) => {
      const popup = await openPopupFor(extension, page);
      await waitForPopupResult(popup);
      return popup;
    });
  },
  tabIdOf: async ({ sw }, provide) => {
    await provide((page) => tabIdOf(sw, page));
  },
});

export { expect };

/** Opens one of the popup's remembered "More" disclosures (more-leonar, more-contacts…) if it is closed. */
export async function openMore(popup: Page, id: string): Promise<void> {
  const details = popup.getByTestId(`more-${id}`);
  if ((await details.getAttribute('open')) === null) await details.locator(':scope > summary').click();
  await expect(details).toHaveAttribute('open', '');
}
