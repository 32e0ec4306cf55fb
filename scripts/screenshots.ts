// `npm run screenshots`: the README's pictures, taken from the production build against the sandbox (no account, no
// network). The popup at its real size (400×600) in light and dark with three tools set up, the popup after a save,
// the options page, the in-page button on the sandbox profile, and a people search of 10 before and after saving it. Writes docs/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, openPopupFor, waitForPopupResult } from '../tests/fakes/browser';
import { connectInNewPage } from '../tests/fakes/connect-vendors';
import { LINKEDIN_ORIGIN } from '../tests/fakes/linkedin';
import { MAYA } from '../tests/fakes/sandbox-people';
import { loadSandbox } from '../tests/fakes/sandbox-profiles';
import { startFakeServer } from '../tests/fakes/server';
import { LEONAR_PROJECTS } from '@/lib/vendors/leonar/fake';
import { STARDEX_DEFAULT_JOBS } from '@/lib/vendors/stardex/fake';

const OUT = resolve('docs/screenshots');

/** Ticks the tools and picks the sandbox's backend project and job; a single profile also shows each state line. */
async function pickTargets(popup: Page, tools: readonly string[] = ['leonar', 'stardex', 'collective'], stateLines = true): Promise<void> {
  for (const vendor of tools) await popup.getByTestId(`vendor-toggle-${vendor}`).check();
  await popup.locator(`[data-testid="target-select-leonar"] option[value="${LEONAR_PROJECTS.backend}"]`).waitFor({ state: 'attached' });
  await popup.getByTestId('target-select-leonar').selectOption(LEONAR_PROJECTS.backend);
  const job = STARDEX_DEFAULT_JOBS[0];
  if (job) {
    await popup.locator(`[data-testid="target-select-stardex"] option[value="${job.id}"]`).waitFor({ state: 'attached' });
    await popup.getByTestId('target-select-stardex').selectOption(job.id);
  }
  await popup.getByTestId('stage-select-stardex').waitFor();
  if (!stateLines) return;
  await popup.getByTestId('duplicate-leonar').waitFor();
  await popup.getByTestId('duplicate-stardex').waitFor();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const sandbox = await loadSandbox();
  const server = await startFakeServer({ profiles: sandbox.profiles, pages: sandbox.pages });
  const browser = await launchWithExtension(server);
  const written: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false) => {
    const path = resolve(OUT, name);
    await page.screenshot({ path, fullPage });
    written.push(relative(process.cwd(), path));
  };
  try {
    await connectInNewPage(browser.context, browser.extensionId, ['leonar', 'stardex', 'collective']);
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('status-leonar').waitFor();
    await shot(options, 'options.png');

    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${LINKEDIN_ORIGIN}/in/${MAYA.vanity}/`);

    for (const scheme of ['dark', 'light'] as const) {
      const popup = await openPopupFor(browser, page);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 400, height: 600 });
      await waitForPopupResult(popup);
      await pickTargets(popup);
      await shot(popup, `popup-${scheme}.png`);
      if (scheme === 'light') {
        await popup.getByTestId('save-note').fill('Strong backend profile, open to Portland hybrid.');
        await popup.getByTestId('save-button').click();
        await popup.locator('[data-testid="save-result-collective"]:is([data-state="done"], [data-state="failed"])').waitFor({ timeout: 30_000 });
        await popup.locator('[data-testid="save-result-leonar"][data-state="done"]').waitFor({ timeout: 30_000 });
        // The state lines asked again after the save (now "Already in this project"), hidden behind the results.
        await popup.locator('[data-testid="duplicate-leonar"][data-state="in-target"]').waitFor({ state: 'attached', timeout: 30_000 });
        await popup.locator('[data-testid="duplicate-stardex"][data-state]:not([data-state="new"])').waitFor({ state: 'attached', timeout: 30_000 });
        await shot(popup, 'popup-saved.png');
      }
      await popup.close();
    }

    // A people search of 10: the list, then after saving to Leonar and Stardex (a result per person and tool).
    const search = await browser.context.newPage();
    await search.goto(`${LINKEDIN_ORIGIN}/search/results/people/?keywords=engineer`);
    const list = await openPopupFor(browser, search);
    await list.setViewportSize({ width: 400, height: 600 });
    await list.getByTestId('list-panel').waitFor();
    await list.getByTestId('vendor-toggle-collective').uncheck();
    await pickTargets(list, ['leonar', 'stardex'], false);
    await shot(list, 'popup-list.png');
    await list.getByTestId('save-button').click();
    await list.locator('[data-testid^="list-result-"][data-state="done"]').nth(19).waitFor({ timeout: 90_000 });
    await shot(list, 'popup-list-saved.png');
    await list.close();
    await search.close();

    await page.bringToFront();
    await page.reload();
    await page.waitForTimeout(1_500);
    // The sandbox's own strip of links to its other people is a test fixture, not LinkedIn: left out of the picture.
    await page.evaluate(`document.getElementById('sandbox-bar')?.remove()`);
    await shot(page, 'button.png');
  } finally {
    await browser.context.close().catch(() => undefined);
    await server.close();
  }
  for (const file of written) console.log(`wrote ${file}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
