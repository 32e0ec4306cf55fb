// The 2026 sandbox pages behave like LinkedIn's in a real Chromium (no extension needed): lazy cards fill only as
// they scroll into view, one component POST each; details lists page on "Show more results" or on scroll, one
// pagination POST per page, and stop past the end; everything runs under the pages' Trusted Types CSP, including the
// sandbox bar's in-app navigation.
import { chromium, expect, test as base, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../fakes/browser';
import { sandboxPerson } from '../fakes/linkedin';
import { JONAH, MAYA, THEO } from '../fakes/sandbox-people';
import { startFakeServer, type FakeServer } from '../fakes/server';

interface Fixtures {
  sandboxPage: Page;
  /** Console errors and uncaught exceptions of the page (a CSP or Trusted Types violation shows here). */
  pageErrors: string[];
}

const test = base.extend<Fixtures, { server: FakeServer; sandboxBrowser: Browser }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const server = await startFakeServer({
        profiles: [sandboxPerson(MAYA, { page: { lazy: true } }), sandboxPerson(THEO), sandboxPerson(JONAH, { details: { firstPage: 'client' } })],
      });
      await provide(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  sandboxBrowser: [
    async ({ server }, provide) => {
      const browser = await chromium.launch({ executablePath: findChromium(), args: server.chromiumArgs });
      await provide(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  pageErrors: async ({}, provide) => {
    await provide([]);
  },
  sandboxPage: async ({ sandboxBrowser, server, pageErrors }, provide) => {
    server.reset();
    const context = await sandboxBrowser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    page.on('console', (m) => {
      // Chromium asks for /favicon.ico, which the sandbox does not serve.
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) pageErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await provide(page);
    await context.close();
  },
});

const origin = 'https://www.linkedin.com';
const emptyContainers = (page: Page) => page.locator('[componentkey^="profileCardsBelowActivityPart"]:empty, [componentkey^="profileCardsExperienceOnly"]:empty');

async function scrollUntil(page: Page, done: () => Promise<boolean>, step = 400): Promise<void> {
  for (let i = 0; i < 80 && !(await done()); i++) {
    await page.mouse.wheel(0, step);
    await page.waitForTimeout(100);
  }
}

test('a lazy profile fills each container once it scrolls into view, one component POST per container', async ({ sandboxPage: page, server, pageErrors }) => {
  await page.goto(`${origin}/in/${MAYA.vanity}/`);
  await expect(page.locator('section[componentkey$="Topcard"] h2')).toHaveText('Maya Ellingsworth');
  await page.waitForTimeout(500);
  await expect(emptyContainers(page)).toHaveCount(8);
  expect(server.linkedin.rscRequests).toHaveLength(0);

  // Trusted Types are enforced in the page: a string into an HTML sink throws.
  const sink = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<i>x</i>');
      return 'accepted';
    } catch (e) {
      return (e as Error).name;
    }
  });
  expect(sink).toBe('TypeError');
  expect(pageErrors).toEqual([expect.stringContaining("requires 'TrustedHTML' assignment")]);
  pageErrors.length = 0;

  // Cards come one screen at a time, the experience container first.
  await scrollUntil(page, async () => server.linkedin.rscRequests.length > 0);
  await page.waitForTimeout(300);
  expect(server.linkedin.rscRequests[0]?.container).toBe('profileCardsExperienceOnly');
  expect(server.linkedin.rscRequests.length).toBeLessThan(8);
  await scrollUntil(page, async () => (await emptyContainers(page).count()) === 0);
  await expect(emptyContainers(page)).toHaveCount(0);
  await expect(page.locator('[componentkey$="ExperienceTopLevelSection"] [componentkey^="entity-collection-item-"]')).toHaveCount(5);
  await expect(page.locator('[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="LanguageTopLevel"] p').first()).toHaveText('English');
  const posts = server.linkedin.rscRequests;
  expect(posts.map((r) => [r.action, r.outcome])).toEqual(Array.from({ length: 8 }, () => ['component', 200]));
  expect(new Set(posts.map((r) => r.container)).size).toBe(8);
  expect(posts[0]?.body).toMatchObject({
    clientArguments: { payload: { vanityName: MAYA.vanity, replaceableSectionArgs: { vanityName: MAYA.vanity, vieweeProfileId: MAYA.memberId } } },
  });
  expect(posts[0]?.headers['csrf-token']).toBe(server.linkedin.sessionId);
  expect(pageErrors).toEqual([]);
});

test('a failing component action leaves its container empty and is not retried', async ({ sandboxPage: page, server, pageErrors }) => {
  server.linkedin.setFault({ kind: 'status', status: 429 }, { endpoint: 'rsc' });
  await page.goto(`${origin}/in/${MAYA.vanity}/`);
  await scrollUntil(page, async () => server.linkedin.rscRequests.length >= 8);
  await page.mouse.wheel(0, -20000);
  await page.mouse.wheel(0, 20000);
  await page.waitForTimeout(300);
  await expect(emptyContainers(page)).toHaveCount(8);
  expect(server.linkedin.rscRequests.map((r) => r.outcome)).toEqual(Array.from({ length: 8 }, () => 429));
  expect(pageErrors.filter((e) => !/status of 429/.test(e))).toEqual([]);
});

test('experience details: 10 entries, "Show more results" loads the last 4 and goes away', async ({ sandboxPage: page, server, pageErrors }) => {
  await page.goto(`${origin}/in/${THEO.vanity}/details/experience/`);
  const entries = page.locator('main section[data-testid^="profile_ExperienceDetailsSection_"] > [componentkey^="entity-collection-item-"]');
  await expect(entries).toHaveCount(10);
  const more = page.locator('main button', { hasText: 'Show more results' });
  // A click without scrolling: scrolling the button into view would itself bring the list's end near and page.
  await more.dispatchEvent('click');
  await expect(entries).toHaveCount(14);
  await expect(more).toHaveCount(0);
  await expect(entries.last().locator('p').first()).toHaveText('Junior UX Designer');
  expect(server.linkedin.rscRequests.map((r) => [r.action, r.section, r.start, r.items])).toEqual([['pagination', 'experience', 10, 4]]);
  expect(server.linkedin.detailsRequests.map((r) => [r.vanity, r.section, r.outcome])).toEqual([[THEO.vanity, 'experience', 200]]);
  expect(pageErrors).toEqual([]);
});

test('skills details page on scroll: 10 → 20 → 25, then nothing more is asked', async ({ sandboxPage: page, server, pageErrors }) => {
  await page.goto(`${origin}/in/${MAYA.vanity}/details/skills/`);
  const skills = page.locator('main [data-component-type="LazyColumn"] > [componentkey^="com.linkedin.sdui.profile.skill("]');
  await expect(skills).toHaveCount(10);
  await scrollUntil(page, async () => (await skills.count()) >= 25, 1200);
  await expect(skills).toHaveCount(25);
  await expect(page.locator('main button', { hasText: 'Show more results' })).toHaveCount(0);
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(300);
  expect(server.linkedin.rscRequests.map((r) => [r.section, r.start, r.items])).toEqual([
    ['skills', 10, 10],
    ['skills', 20, 5],
  ]);
  expect(pageErrors).toEqual([]);
});

test('a details page whose list arrives after load asks for the first page at once', async ({ sandboxPage: page, server, pageErrors }) => {
  await page.goto(`${origin}/in/${JONAH.vanity}/details/skills/`);
  const skills = page.locator('main [data-component-type="LazyColumn"] > [componentkey^="com.linkedin.sdui.profile.skill("]');
  await expect(skills).toHaveCount(10);
  await page.locator('main button', { hasText: 'Show more results' }).dispatchEvent('click');
  await expect(skills).toHaveCount(12);
  expect(server.linkedin.rscRequests.map((r) => [r.start, r.items])).toEqual([
    [0, 10],
    [10, 2],
  ]);
  expect(pageErrors).toEqual([]);
});

test('in-app navigation under Trusted Types: from a plain page to the lazy one, whose cards then fill on scroll', async ({ sandboxPage: page, server, pageErrors }) => {
  await page.goto(`${origin}/in/${THEO.vanity}/`);
  await expect(page.locator('section[componentkey$="Topcard"] h2')).toHaveText('Theo Marchetti');
  await page.locator(`a[data-sandbox-nav="${MAYA.vanity}"]`).click();
  await expect(page).toHaveURL(`${origin}/in/${MAYA.vanity}/`);
  await expect(page.locator('section[componentkey$="Topcard"] h2')).toHaveText('Maya Ellingsworth');
  await expect(page).toHaveTitle('(2) Maya Ellingsworth | LinkedIn');
  await expect(emptyContainers(page)).toHaveCount(8);
  await scrollUntil(page, async () => (await emptyContainers(page).count()) === 0);
  await expect(emptyContainers(page)).toHaveCount(0);
  expect(server.linkedin.rscRequests).toHaveLength(8);
  expect(pageErrors).toEqual([]);
});
