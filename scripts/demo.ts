// `npm run demo`: the extension on an invented LinkedIn profile, with no LinkedIn account and no network.
// Starts the sandbox (local fakes of LinkedIn and the vendors), launches Chromium with the production build, opens
// the sample profile and the popup about it. With a display: a headed browser that stays open until Ctrl-C.
// Without one: the same walk headless, printing what was read and saving a screenshot of the popup.
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, openPopupFor, waitForPopupResult } from '../tests/fakes/browser';
import { COLLECTIVE_TEST_KEY } from '@/lib/vendors/collective/fake';
import { connectInNewPage } from '../tests/fakes/connect-vendors';
import { LEONAR_PROJECTS } from '@/lib/vendors/leonar/fake';
import { STARDEX_DEFAULT_JOBS } from '@/lib/vendors/stardex/fake';
import { LINKEDIN_ORIGIN } from '../tests/fakes/linkedin';
import { SANDBOX_LEADS, sandboxLeadPath } from '../tests/fakes/linkedin-pages';
import { MAYA } from '../tests/fakes/sandbox-people';
import { loadSandbox } from '../tests/fakes/sandbox-profiles';
import { startFakeServer } from '../tests/fakes/server';

/** The sandbox's own keys, typed into the options page as a recruiter would: every tool is ready to save to. */
async function configureSandboxVendors(context: BrowserContext, extensionId: string): Promise<void> {
  await connectInNewPage(context, extensionId, ['leonar', 'stardex', 'collective'], {
    collective: { apiKey: COLLECTIVE_TEST_KEY, environment: 'production', email: 'recruiter@example.com' },
  });
}

/** The headless walk's save: a Leonar project, a Stardex job, Collective, one click. */
async function saveEverywhere(popup: Page): Promise<string[]> {
  await popup.getByTestId('vendor-toggle-leonar').check();
  await popup.getByTestId('vendor-toggle-stardex').check();
  await popup.getByTestId('vendor-toggle-collective').check();
  await popup.locator(`[data-testid="target-select-leonar"] option[value="${LEONAR_PROJECTS.backend}"]`).waitFor({ state: 'attached' });
  await popup.getByTestId('target-select-leonar').selectOption(LEONAR_PROJECTS.backend);
  const job = STARDEX_DEFAULT_JOBS[0];
  if (job) {
    await popup.locator(`[data-testid="target-select-stardex"] option[value="${job.id}"]`).waitFor({ state: 'attached' });
    await popup.getByTestId('target-select-stardex').selectOption(job.id);
  }
  await popup.getByTestId('save-note').fill('Sandbox demo: strong backend profile.');
  await popup.getByTestId('save-button').click();
  const lines: string[] = [];
  for (const vendor of ['leonar', 'stardex', 'collective']) {
    const result = popup.getByTestId(`save-result-${vendor}`);
    // The line appears as soon as the job is queued: wait until the tool has answered (saved or refused).
    await popup.locator(`[data-testid="save-result-${vendor}"]:is([data-state="done"], [data-state="failed"])`).waitFor({ timeout: 30_000 });
    lines.push(`${vendor.padEnd(11)}${(await result.textContent())?.trim() ?? ''}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const sandbox = await loadSandbox();
  // The sample: an invented person (a 2026 profile page with LinkedIn's JSON), who reads like a person.
  const sample = MAYA;
  const server = await startFakeServer({ profiles: sandbox.profiles, pages: sandbox.pages });
  const headed = !!process.env.DISPLAY;
  const browser = await launchWithExtension(server, { headless: !headed });

  const stop = async () => {
    await browser.context.close().catch(() => undefined);
    await server.close();
  };

  await configureSandboxVendors(browser.context, browser.extensionId);
  const profileUrl = `${LINKEDIN_ORIGIN}/in/${encodeURIComponent(sample.vanity)}/`;
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(profileUrl);
  const popup = await openPopupFor(browser, page);
  console.log(`Sandbox profile: ${profileUrl}  (${sample.firstName} ${sample.lastName}, invented; served locally on port ${server.port})`);
  console.log(`Popup:           ${popup.url()}`);
  const others = sandbox.profiles.filter((p) => p.person !== undefined && p.vanity !== sample.vanity);
  console.log(`Other sandbox profiles: ${others.map((p) => `${LINKEDIN_ORIGIN}/in/${p.vanity}/`).join('  ')}`);
  // The sandbox's list pages (tests/fakes/linkedin-pages.ts): read from the page only, no profile opened.
  console.log(`Sandbox lists:   ${LINKEDIN_ORIGIN}/search/results/people/?keywords=engineer (10 people)  ${LINKEDIN_ORIGIN}/sales/search/people (25 leads)`);
  console.log(`Sandbox leads:   ${SANDBOX_LEADS.map((lead) => `${LINKEDIN_ORIGIN}${sandboxLeadPath(lead)}`).join('  ')}`);

  if (headed) {
    await page.bringToFront();
    console.log('\nThe browser stays open: use the sandbox bar at the bottom of the profile to move between people,');
    console.log('and reload the popup tab to read again. Press Ctrl-C to stop.');
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
      browser.context.once('close', () => done());
    });
    await stop();
    return;
  }

  const result = await waitForPopupResult(popup);
  const text = async (testId: string) => ((await popup.getByTestId(testId).first().textContent({ timeout: 1_000 }).catch(() => null)) ?? '').trim();
  console.log('');
  if (result === 'profile') {
    const show = (label: string, value: string) => console.log(`${`${label}:`.padEnd(13)}${value || '(none)'}`);
    show('Name', await text('profile-name'));
    show('Headline', await text('profile-headline'));
    show('Location', await text('profile-location'));
    show('Member id', await text('profile-member-id'));
    show('Experiences', await text('completeness-experiences'));
    show('Educations', await text('completeness-educations'));
    show('Skills', await text('completeness-skills'));
    show('Source', await text('read-source'));
    const warnings = await popup.getByTestId('warning').allTextContents();
    show('Warnings', warnings.map((w) => w.trim()).join(' | '));
  } else {
    console.log(`The popup shows: ${await text(result === 'not-profile' ? 'state-not-profile' : 'state-error')}`);
  }
  const dir = resolve('demo-output');
  mkdirSync(dir, { recursive: true });
  const shot = resolve(dir, 'popup.png');
  await popup.setViewportSize({ width: 400, height: 600 });
  if (result === 'profile') {
    console.log('\nSaving to the sandbox Leonar, Stardex and Collective:');
    for (const line of await saveEverywhere(popup)) console.log(`  ${line}`);
    // Each tool's state line is asked again after the save (behind the result, which takes its place): waited for, so
    // the picture is taken once the popup is done with the save.
    await popup.locator('[data-testid="duplicate-leonar"][data-state="in-target"]').waitFor({ state: 'attached', timeout: 30_000 }).catch(() => undefined);
    await popup.locator('[data-testid="duplicate-stardex"][data-state]:not([data-state="new"])').waitFor({ state: 'attached', timeout: 30_000 }).catch(() => undefined);
  }
  await popup.screenshot({ path: shot });
  console.log(`\nScreenshot of the popup: ${relative(process.cwd(), shot)}`);
  await stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
