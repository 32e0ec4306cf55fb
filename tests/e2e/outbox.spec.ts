// Issue 7, never lose a save: every save is an outbox job, retried by the background on transient failures, never
// re-created after an attempt that may have reached the vendor, stopped for the user on permanent failures, and
// resumed after the service worker was stopped mid-request. Production build, real Chromium, the vendor fakes
// (which count records, so "one record" and "no duplicate" are things the test sees).
import type { Page } from '@playwright/test';
import { stopServiceWorker } from '../fakes/browser';
import { asCollectiveFake, COLLECTIVE_SANDBOX_KEY } from '@/lib/vendors/collective/fake';
import { leonarControls, LEONAR_PROJECTS, type LeonarFake } from '@/lib/vendors/leonar/fake';
import { sandboxFixture } from '../fakes/sandbox-profiles';
import { asStardexFake, STARDEX_TEST_KEY } from '@/lib/vendors/stardex/fake';
import { connectInNewPage } from '../fakes/connect-vendors';
import { expect, test } from './fixtures';

const PERSON = 'sdui-2026-profile';
/** The outbox's first retry comes after about 5 s (±20 %). */
const FIRST_RETRY_MS = 6_000;

async function pickProject(popup: Page, projectId: string): Promise<void> {
  const select = popup.getByTestId('target-select-leonar');
  await expect(select.locator(`option[value="${projectId}"]`)).toHaveCount(1);
  await select.selectOption(projectId);
}

function adds(fake: LeonarFake) {
  return fake.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/sourcing/add-to-project');
}

test('a 503 is retried by the background on its own and ends done, with one record at the vendor', async ({
  server,
  sandbox,
  extensionId,
  context,
  openProfile,
  openPopupFor,
}) => {
  const fake = asCollectiveFake(server.vendors.collective);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByTestId('vendor-collective');
  await section.getByTestId('field-collective-apiKey').fill(COLLECTIVE_SANDBOX_KEY);
  await section.getByTestId('field-collective-environment').fill('sandbox');
  await section.getByTestId('field-collective-email').fill('recruiter@agency.example');
  await section.getByTestId('save-collective').click();
  await expect(section.getByTestId('status-collective')).toContainText('Connected');

  fake.fail({ status: 503, body: 'Service Unavailable', method: 'POST' });
  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
  await popup.getByTestId('save-button').click();
  const result = popup.getByTestId('save-result-collective');
  await expect(result).toHaveAttribute('data-state', 'retrying');
  await expect(result).toContainText('Collective had a problem on its side (503)');
  await expect(popup.getByTestId('save-retry-at-collective')).toContainText('retrying automatically at');

  // Nobody clicks anything: the background retries.
  await expect(result).toHaveAttribute('data-state', 'done', { timeout: FIRST_RETRY_MS + 10_000 });
  await expect(result).toHaveAttribute('data-status', 'created');
  const posts = fake.requests.filter((r) => r.method === 'POST');
  expect(posts).toHaveLength(2);
  expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(4_000);
  expect(fake.talents('sandbox')).toHaveLength(1);
});

test('a 429 with Retry-After is retried no sooner than the vendor asked', async ({ server, sandbox, extensionId, context, openProfile, openPopupFor }) => {
  test.setTimeout(60_000);
  const fake = asStardexFake(server.vendors.stardex);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('field-stardex-apiKey').fill(STARDEX_TEST_KEY);
  await options.getByTestId('save-stardex').click();
  await expect(options.getByTestId('status-stardex')).toContainText('Connected');

  const RETRY_AFTER_S = 12;
  fake.failNext('persons.create', { status: 429, retryAfterSeconds: RETRY_AFTER_S });
  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
  await popup.getByTestId('save-button').click();
  const result = popup.getByTestId('save-result-stardex');
  await expect(result).toHaveAttribute('data-state', 'retrying', { timeout: 15_000 });
  await expect(result).toContainText('60 requests a minute');

  await expect(result).toHaveAttribute('data-state', 'done', { timeout: RETRY_AFTER_S * 1000 + 15_000 });
  await expect(result).toHaveAttribute('data-status', 'created');
  const creates = fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/persons');
  expect(creates).toHaveLength(2);
  expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000);
  expect(fake.personCount()).toBe(1);
  expect(fake.contractViolations).toEqual([]);
});

test('a timeout after Leonar did add the person: the retry looks first and does not add again', async ({
  server,
  sandbox,
  extensionId,
  context,
  openProfile,
  openPopupFor,
}) => {
  test.setTimeout(90_000);
  const fake = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar']);
  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
  await pickProject(popup, LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'new');
  const searchesBefore = fake.count('POST', '/sourcing/contacts/search');

  // Leonar answers after the extension's 20 s timeout, but does the work: the person is in the project.
  fake.delayMs = 20_500;
  await popup.getByTestId('save-button').click();
  await expect.poll(() => adds(fake).length).toBe(1);
  fake.delayMs = 0;

  const result = popup.getByTestId('save-result-leonar');
  await expect(result).toHaveAttribute('data-state', 'retrying', { timeout: 30_000 });
  await expect(result).toContainText('did not answer in time');
  await expect(result).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(result).toHaveAttribute('data-status', 'added');
  await expect(result).toContainText('not sent again');
  expect(adds(fake)).toHaveLength(1);
  // One search by the retry (it looks before adding again), one by the popup's state line once the save is done.
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'in-target');
  expect(fake.count('POST', '/sourcing/contacts/search')).toBe(searchesBefore + 2);
  expect(fake.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(1);
});

test('a 401 stops and says why; after the key is fixed it is re-sent from the history and saved once', async ({
  server,
  sandbox,
  extensionId,
  context,
  openProfile,
  openPopupFor,
}) => {
  const fake = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar']);
  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
  await pickProject(popup, LEONAR_PROJECTS.design);
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'new');

  // The key is revoked in Leonar.
  const NEW_KEY = 'leo_rotated_key_00003c4d';
  fake.apiKey = NEW_KEY;
  await popup.getByTestId('save-button').click();
  const result = popup.getByTestId('save-result-leonar');
  await expect(result).toHaveAttribute('data-state', 'failed');
  await expect(result).toContainText('Leonar did not accept the API key');
  await expect(result).toContainText('paste it in the options');
  // Permanent: nothing more is tried by itself.
  const sent = fake.requests.length;
  await popup.waitForTimeout(FIRST_RETRY_MS);
  expect(fake.requests.length).toBe(sent);

  await connectInNewPage(context, extensionId, ['leonar'], { leonar: { apiKey: NEW_KEY } });
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/save-history.html`);
  const row = history.getByTestId('history-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-state', 'failed');
  await expect(row).toContainText('did not accept the API key');
  await row.getByTestId('history-retry').click();
  await expect(row).toHaveAttribute('data-state', 'done');
  await expect(row.getByTestId('history-outcome')).toContainText('added');
  expect(adds(fake)).toHaveLength(2);
  expect(fake.entriesIn(LEONAR_PROJECTS.design)).toHaveLength(1);
  // The popup follows the same job.
  await expect(result).toHaveAttribute('data-status', 'added');
});

test('the service worker stopped in the middle of a save: it resumes, checks with Leonar, and nothing is lost or doubled', async ({
  server,
  sandbox,
  extensionId,
  context,
  openProfile,
  openPopupFor,
}) => {
  test.setTimeout(60_000);
  const fake = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar']);
  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
  await pickProject(popup, LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'new');

  fake.delayMs = 3_000;
  await popup.getByTestId('save-button').click();
  await expect.poll(() => adds(fake).length).toBe(1);
  fake.delayMs = 0;
  await expect(popup.getByTestId('save-result-leonar')).toHaveAttribute('data-state', 'running');

  // Stop the worker while Leonar still holds the request (it adds the person, its answer reaches nobody).
  // The popup's open message channel would keep the worker busy: close it first.
  await popup.close();
  await stopServiceWorker(context, extensionId);
  await expect.poll(() => fake.entriesIn(LEONAR_PROJECTS.backend).length, { timeout: 10_000 }).toBe(1);

  // Any extension page wakes the worker; the outbox finds the interrupted job and re-checks before sending.
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/save-history.html`);
  const row = history.getByTestId('history-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(row.getByTestId('history-outcome')).toContainText('found on re-check');
  expect(adds(fake)).toHaveLength(1);
  expect(fake.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(1);
});
