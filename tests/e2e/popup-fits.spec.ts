// Issue 13: the popup fits Chrome's popup. At 400×600 with three tools set up, the Save button and every tool's
// target control are on screen without scrolling (English and French, light and dark), and the state after every
// action is right: a save refreshes the duplicate line, typing keeps focus and text, "Read again" keeps what was
// typed, a worker restarted mid-save shows no error, a reopened popup shows the last result.
import type { Locator, Page } from '@playwright/test';
import { launchWithExtension, openPopupFor, stopServiceWorker, waitForPopupResult } from '../fakes/browser';
import { connectInNewPage } from '../fakes/connect-vendors';
import { LINKEDIN_ORIGIN } from '../fakes/linkedin';
import { MAYA } from '../fakes/sandbox-people';
import { leonarControls, LEONAR_PROJECTS } from '@/lib/vendors/leonar/fake';
import { STARDEX_DEFAULT_JOBS } from '@/lib/vendors/stardex/fake';
import { VENDORS } from '@/lib/vendors';
import { expect, openMore, test } from './fixtures';

const POPUP = { width: 400, height: 600 };

async function pickProject(popup: Page, projectId: string): Promise<void> {
  const select = popup.getByTestId('target-select-leonar');
  await expect(select.locator(`option[value="${projectId}"]`)).toHaveCount(1);
  await select.selectOption(projectId);
}

/** Fully inside the 400×600 viewport, with the page not scrolled, and not covered by anything (the Save bar). */
async function expectOnScreen(popup: Page, target: Locator, what: string): Promise<void> {
  const box = await target.boundingBox();
  expect(box, `${what} is rendered`).not.toBeNull();
  const { x, y, width, height } = box!;
  expect(x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(x + width, `${what}: right edge at ${x + width}`).toBeLessThanOrEqual(POPUP.width);
  expect(y + height, `${what}: bottom edge at ${y + height}`).toBeLessThanOrEqual(POPUP.height);
  const onTop = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
  expect(onTop, `${what} is not covered`).toBe(true);
}

for (const locale of ['en', 'fr'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`400×600, ${locale}, ${scheme}: Save and every tool's target are visible without scrolling`, async ({ server }) => {
      server.reset();
      const browser = await launchWithExtension(server, locale === 'fr' ? { locale: 'fr' } : {});
      try {
        await connectInNewPage(browser.context, browser.extensionId, ['leonar', 'stardex', 'collective']);
        const page = await browser.context.newPage();
        await page.goto(`${LINKEDIN_ORIGIN}/in/${MAYA.vanity}/`);
        const popup = await openPopupFor(browser, page);
        await popup.setViewportSize(POPUP);
        await popup.emulateMedia({ colorScheme: scheme });
        expect(await waitForPopupResult(popup)).toBe('profile');
        for (const tool of ['leonar', 'stardex', 'collective']) await popup.getByTestId(`vendor-toggle-${tool}`).check();
        await pickProject(popup, LEONAR_PROJECTS.backend);
        const job = STARDEX_DEFAULT_JOBS[0]!;
        await expect(popup.getByTestId('target-select-stardex').locator(`option[value="${job.id}"]`)).toHaveCount(1);
        await popup.getByTestId('target-select-stardex').selectOption(job.id);
        await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'new');
        // Every section is in (the person's card may grow once the chain answers): measure then.
        await expect(popup.getByTestId('sections-reading')).toHaveCount(0);

        expect(await popup.evaluate(() => window.scrollY)).toBe(0);
        await expectOnScreen(popup, popup.getByTestId('profile-name'), 'the name');
        await expectOnScreen(popup, popup.getByTestId('save-button'), 'the Save button');
        await expectOnScreen(popup, popup.getByTestId('target-select-leonar'), 'Leonar’s project');
        await expectOnScreen(popup, popup.getByTestId('target-select-stardex'), 'Stardex’s job');
        for (const tool of ['leonar', 'stardex', 'collective']) {
          await expectOnScreen(popup, popup.getByTestId(`vendor-toggle-${tool}`), `the ${tool} tick`);
        }
        await expect(popup.getByTestId('save-button')).toBeEnabled();
        // Nothing wider than the popup.
        expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(POPUP.width);
        // The accessible names tests and screen readers rely on.
        const names = locale === 'fr' ? ['Projet pour Leonar', 'Poste pour Stardex'] : ['Project for Leonar', 'Job for Stardex'];
        for (const name of names) await expect(popup.getByRole('combobox', { name })).toBeVisible();
      } finally {
        await browser.context.close();
      }
    });
  }
}

test('after a save to three tools, Leonar’s state line says the person is now in the project', async ({ server, extensionId, context, openProfile, openPopupFor }) => {
  await connectInNewPage(context, extensionId, ['leonar', 'stardex', 'collective']);
  const popup = await openPopupFor(await openProfile(MAYA.vanity));
  for (const tool of ['leonar', 'stardex', 'collective']) await popup.getByTestId(`vendor-toggle-${tool}`).check();
  await pickProject(popup, LEONAR_PROJECTS.backend);
  const job = STARDEX_DEFAULT_JOBS[0]!;
  await expect(popup.getByTestId('target-select-stardex').locator(`option[value="${job.id}"]`)).toHaveCount(1);
  await popup.getByTestId('target-select-stardex').selectOption(job.id);
  const state = popup.getByTestId('duplicate-leonar');
  await expect(state).toHaveAttribute('data-state', 'new');
  await popup.getByTestId('save-button').click();
  await expect(popup.getByTestId('save-result-leonar')).toHaveAttribute('data-state', 'done');
  await expect(popup.getByTestId('save-result-collective')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  // The done result stands in the state line's place; the state line, asked again meanwhile, is no longer "new".
  await expect(state).toBeHidden();
  await expect(state).toHaveAttribute('data-state', 'in-target');
  await expect(popup.getByTestId('duplicate-stardex')).not.toHaveAttribute('data-state', 'new');
  expect(leonarControls(server.vendors.leonar).entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(1);
  // Another project: that save's result is not about it, so the state line is back, about that project.
  await pickProject(popup, LEONAR_PROJECTS.design);
  await expect(popup.getByTestId('save-result-leonar')).toHaveCount(0);
  await expect(state).toBeVisible();
  await expect(state).not.toHaveAttribute('data-state', 'in-target');
  // Back to the project saved to: the result again, in the state line's place.
  await pickProject(popup, LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('save-result-leonar')).toHaveAttribute('data-state', 'done');
  await expect(state).toBeHidden();
});

test('typing an email, then a phone: both fields keep focus and text', async ({ extensionId, context, openProfile, openPopupFor }) => {
  await connectInNewPage(context, extensionId, ['leonar']);
  const popup = await openPopupFor(await openProfile(MAYA.vanity));
  await openMore(popup, 'contacts');
  const emails = popup.getByTestId('contacts-emails');
  const phones = popup.getByTestId('contacts-phones');
  await emails.click();
  await popup.keyboard.type('maya@example.org');
  await phones.click();
  await popup.keyboard.type('+1 503 555 0142');
  await expect(phones).toBeFocused();
  await expect(phones).toHaveValue('+1 503 555 0142');
  await expect(emails).toHaveValue('maya@example.org');
});

test('“Read again” on the same person keeps the note, the contacts and the project', async ({ extensionId, context, openProfile, openPopupFor }) => {
  await connectInNewPage(context, extensionId, ['leonar']);
  const popup = await openPopupFor(await openProfile(MAYA.vanity));
  await pickProject(popup, LEONAR_PROJECTS.backend);
  await popup.getByTestId('save-note').fill('Call back on Monday');
  await openMore(popup, 'contacts');
  await popup.getByTestId('contacts-emails').fill('maya@example.org');
  await popup.getByRole('button', { name: 'Read again' }).click();
  await expect(popup.getByTestId('sections-reading')).toHaveCount(0);
  await expect(popup.getByTestId('profile-name')).toHaveText('Maya Ellingsworth');
  await expect(popup.getByTestId('save-note')).toHaveValue('Call back on Monday');
  await expect(popup.getByTestId('contacts-emails')).toHaveValue('maya@example.org');
  await expect(popup.getByTestId('target-select-leonar')).toHaveValue(LEONAR_PROJECTS.backend);
});

test('the worker restarted during a save: no error for a save that completed, and a reopened popup shows the result', async ({
  server,
  extensionId,
  context,
  openProfile,
  openPopupFor,
}) => {
  test.setTimeout(60_000);
  const fake = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar']);
  const profile = await openProfile(MAYA.vanity);
  const popup = await openPopupFor(profile);
  await pickProject(popup, LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'new');

  fake.delayMs = 2_000;
  await popup.getByTestId('save-button').click();
  await expect.poll(() => fake.count('POST', '/sourcing/add-to-project')).toBe(1);
  // Chrome stops the worker while the popup is open and Leonar still holds the request.
  await stopServiceWorker(context, extensionId);
  fake.delayMs = 0;

  const result = popup.getByTestId('save-result-leonar');
  await expect(result).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await expect(popup.getByTestId('state-error')).toHaveCount(0);
  await expect(popup.getByText('message channel')).toHaveCount(0);
  expect(fake.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(1);

  await popup.close();
  const again = await openPopupFor(profile);
  await expect(again.getByTestId('save-result-leonar')).toHaveAttribute('data-state', 'done');
});

test('installing opens the welcome page with each tool’s key page; a popup with no tool opens it in one click', async ({ server }) => {
  server.reset();
  const browser = await launchWithExtension(server, { keepWelcome: true });
  try {
    const isOptions = (p: Page) => p.url().startsWith(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => browser.context.pages().some(isOptions)).toBe(true);
    const welcome = browser.context.pages().find(isOptions)!;
    await expect(welcome.getByTestId('welcome')).toContainText('reads the LinkedIn profile open in your tab');
    for (const vendor of VENDORS) {
      await expect(welcome.getByTestId(`key-page-${vendor.id}`)).toHaveAttribute('href', vendor.keyPage);
      await expect(welcome.getByTestId(`save-${vendor.id}`)).toBeVisible();
    }
    await welcome.close();

    const page = await browser.context.newPage();
    await page.goto(`${LINKEDIN_ORIGIN}/in/${MAYA.vanity}/`);
    const popup = await openPopupFor(browser, page);
    expect(await waitForPopupResult(popup)).toBe('profile');
    await popup.getByRole('button', { name: 'Add your Leonar, Stardex, or Collective key' }).click();
    await expect.poll(() => browser.context.pages().some(isOptions)).toBe(true);
    await expect(browser.context.pages().find(isOptions)!.getByTestId('welcome')).toBeVisible();
  } finally {
    await browser.context.close();
  }
});

test('400×600 on a people search: the count, every tool’s target, the first people and Save are on screen', async ({ context, extensionId, extension }) => {
  await connectInNewPage(context, extensionId, ['leonar', 'stardex', 'collective']);
  const page = await context.newPage();
  await page.goto(`${LINKEDIN_ORIGIN}/search/results/people/?keywords=engineer`);
  const popup = await openPopupFor(extension, page);
  await popup.setViewportSize(POPUP);
  expect(await waitForPopupResult(popup)).toBe('list');
  for (const tool of ['leonar', 'stardex']) await popup.getByTestId(`vendor-toggle-${tool}`).check();
  await pickProject(popup, LEONAR_PROJECTS.backend);
  const job = STARDEX_DEFAULT_JOBS[0]!;
  await expect(popup.getByTestId('target-select-stardex').locator(`option[value="${job.id}"]`)).toHaveCount(1);
  await popup.getByTestId('target-select-stardex').selectOption(job.id);
  expect(await popup.evaluate(() => window.scrollY)).toBe(0);
  await expectOnScreen(popup, popup.getByTestId('list-count'), 'the count');
  await expectOnScreen(popup, popup.getByRole('combobox', { name: 'Project for Leonar' }), 'Leonar’s project');
  await expectOnScreen(popup, popup.getByRole('combobox', { name: 'Job for Stardex' }), 'Stardex’s job');
  await expectOnScreen(popup, popup.getByTestId('list-tick-0'), 'the first person’s tick');
  await expectOnScreen(popup, popup.getByRole('button', { name: 'Save 10 people to 2 tools' }), 'the Save button');
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(POPUP.width);
  // Every person's tick is named by the person (screen readers and tests rely on it).
  await expect(popup.getByRole('checkbox', { name: 'Sofia Lindqvist' })).toBeChecked();
  // The last person can be scrolled to above the Save bar, not hidden under it.
  const last = popup.getByTestId('list-tick-9');
  await last.scrollIntoViewIfNeeded();
  await expectOnScreen(popup, last, 'the last person’s tick, scrolled to');
});

test('in French, the list’s Save label and the history link are read whole, never cut with “…”', async ({ server }) => {
  server.reset();
  const browser = await launchWithExtension(server, { locale: 'fr' });
  try {
    await connectInNewPage(browser.context, browser.extensionId, ['leonar']);
    const page = await browser.context.newPage();
    await page.goto(`${LINKEDIN_ORIGIN}/search/results/people/?keywords=engineer`);
    const popup = await openPopupFor(browser, page);
    await popup.setViewportSize(POPUP);
    expect(await waitForPopupResult(popup)).toBe('list');
    const clipped = (locator: Locator) => locator.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    const save = popup.getByTestId('save-button');
    const history = popup.getByTestId('history-link');
    // Nobody ticked yet (no tool chosen), then ready: both labels whole, inside 400 px.
    for (let i = 0; i < 10; i++) await popup.getByTestId(`list-tick-${i}`).uncheck();
    await expect(save).toContainText('Cochez les personnes à enregistrer');
    expect(await clipped(save)).toBe(false);
    expect(await clipped(history)).toBe(false);
    await popup.getByTestId('list-tick-0').check();
    await popup.getByTestId('vendor-toggle-leonar').check();
    await pickProject(popup, LEONAR_PROJECTS.backend);
    await expect(save).toBeEnabled();
    expect(await clipped(save)).toBe(false);
    await expectOnScreen(popup, save, 'the Save button');
    await expectOnScreen(popup, history, 'the history link');
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(POPUP.width);
  } finally {
    await browser.context.close();
  }
});
