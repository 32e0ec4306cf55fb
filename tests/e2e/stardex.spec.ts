// Issue: Stardex — save the open profile as a person, and as a candidate on a chosen job. Drives the production
// build in Chromium against the Stardex fake, which checks every body against the documented schemas and counts
// persons, so "no second person" is something the test can see.
import type { BrowserContext, Page } from '@playwright/test';
import { createPersonRequestSchema } from '@/lib/vendors/stardex/schema';
import { stardexLinkedInUrl } from '@/lib/vendors/stardex/mapping';

import { asStardexFake, STARDEX_DEFAULT_JOBS, STARDEX_TEST_KEY } from '@/lib/vendors/stardex/fake';
import { sandboxFixture } from '../fakes/sandbox-profiles';
import { expect, openMore, test } from './fixtures';

const PERSON = 'sdui-2026-profile';
const BACKEND = STARDEX_DEFAULT_JOBS[0]!;
const DESIGNER = STARDEX_DEFAULT_JOBS[1]!;
const TECH = BACKEND.stages[2]!;
const SCREENING = BACKEND.stages[1]!;
/** A save is several requests one second apart (Stardex allows 60 a minute): give it time. */
const SAVE_TIMEOUT = 25_000;
// Every Stardex request waits a second after the previous answer (its 60 a minute): the errors test's four saves
// alone are about 17 s of pacing, so these tests get more than the default 30 s on a loaded machine.
test.describe.configure({ timeout: 60_000 });

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('vendor-stardex')).toBeVisible();
  return page;
}

async function connect(context: BrowserContext, extensionId: string, key = STARDEX_TEST_KEY): Promise<Page> {
  const options = await openOptions(context, extensionId);
  await options.getByTestId('field-stardex-apiKey').fill(key);
  await options.getByTestId('save-stardex').click();
  return options;
}

async function chooseJob(popup: Page, jobId: string): Promise<void> {
  const select = popup.getByTestId('target-select-stardex');
  await expect(select.locator(`option[value="${jobId}"]`)).toHaveCount(1);
  await select.selectOption(jobId);
}

async function chooseStage(popup: Page, stageId: string): Promise<void> {
  const select = popup.getByTestId('stage-select-stardex');
  await expect(select.locator(`option[value="${stageId}"]`)).toHaveCount(1);
  await select.selectOption(stageId);
}

test('key check: a wrong key shows Stardex’s code and message, a good one “Connected”; the key is never shown back', async ({
  context,
  extensionId,
  server,
}) => {
  const fake = asStardexFake(server.vendors.stardex);
  const options = await connect(context, extensionId, 'ats-not-a-real-key');
  const status = options.getByTestId('status-stardex');
  await expect(status).toContainText('INVALID_API_KEY');
  await expect(status).toContainText('Invalid API key');

  await options.getByTestId('field-stardex-apiKey').fill(STARDEX_TEST_KEY);
  await options.getByTestId('save-stardex').click();
  await expect(status).toContainText('Connected');
  await expect(options.getByTestId('key-hint-stardex')).toContainText(`…${STARDEX_TEST_KEY.slice(-4)}`);
  await expect(options.getByTestId('field-stardex-apiKey')).toHaveValue('');
  expect(await options.content()).not.toContain(STARDEX_TEST_KEY);

  // "Check" again: one cheap documented read, limit 1.
  const before = fake.requests.length;
  await options.getByTestId('check-stardex').click();
  await expect.poll(() => fake.requests.length).toBe(before + 1);
  expect(fake.requests.at(-1)).toMatchObject({ method: 'POST', path: '/v1/jobs/search', body: { limit: 1 } });
  await expect(status).toContainText('Connected');
  expect(fake.contractViolations).toEqual([]);
});

test('a new person is saved as a candidate on a job, in the chosen stage', async ({ context, extensionId, server, sandbox, openProfile, openPopupFor }) => {
  const fake = asStardexFake(server.vendors.stardex);
  await connect(context, extensionId);
  const page = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  const popup = await openPopupFor(page);

  const panel = popup.getByTestId('vendor-panel-stardex');
  await expect(panel).toBeVisible();
  await expect(popup.getByTestId('vendor-toggle-stardex')).toBeChecked();
  await expect(popup.getByTestId('target-select-stardex').locator(`option[value="${STARDEX_DEFAULT_JOBS[2]!.id}"]`)).toHaveCount(0);
  await chooseJob(popup, BACKEND.id);
  await chooseStage(popup, TECH.id);
  await expect(popup.getByTestId('duplicate-stardex')).toHaveAttribute('data-state', 'new');
  await openMore(popup, 'stardex');
  await expect(popup.getByTestId('stardex-enrich')).not.toBeChecked();
  await popup.getByTestId('save-note').fill('Strong on distributed systems');

  await popup.getByTestId('payload-stardex').locator('summary').click();
  const preview = createPersonRequestSchema.parse(JSON.parse((await popup.getByTestId('payload-stardex').locator('pre').textContent()) ?? 'null'));
  expect(preview).toMatchObject({ job_id: BACKEND.id, notes: 'Strong on distributed systems', enrich_record: false });

  await popup.getByTestId('save-button').click();
  const result = popup.getByTestId('save-result-stardex');
  await expect(result).toHaveAttribute('data-status', 'created', { timeout: SAVE_TIMEOUT });
  await expect(result).toContainText('Backend Engineer');
  await expect(result).toContainText(`stage ${TECH.name}`);

  expect(fake.personCount()).toBe(1);
  const person = fake.persons[0]!;
  // The line names the person and the candidacy by their ids' first 8 characters; the whole ids are in its title.
  await expect(result).toContainText(`person ${person.id.slice(0, 8)}…`);
  await expect(result.locator('p[title]')).toHaveAttribute('title', new RegExp(person.id));
  const [candidate] = fake.candidatesOf(person.id);
  expect(candidate).toMatchObject({ job_id: BACKEND.id, stage_id: TECH.id });
  await expect(result).toContainText(`${candidate!.id.slice(0, 8)}…`);
  await expect(result.locator('p[title]')).toHaveAttribute('title', new RegExp(candidate!.id));

  // What Stardex received is exactly what the popup showed, with the canonical LinkedIn URL.
  const create = fake.requests.find((r) => r.method === 'POST' && r.path === '/v1/persons');
  expect(create?.body).toEqual(preview);
  expect(preview.linkedin_url).toBe(stardexLinkedInUrl(`https://www.linkedin.com/in/${sandboxFixture(sandbox, PERSON).vanity}/`));
  const search = fake.requests.find((r) => r.path === '/v1/persons/search');
  expect(search?.body).toMatchObject({ linkedin_url: preview.linkedin_url });
  expect(fake.contractViolations).toEqual([]);

  // Never faster than Stardex's 60 requests a minute, as the fake (Stardex's end) saw them: each request leaves a second
  // after the previous answer, so a late first arrival cannot bring the next one closer.
  const times = fake.requests.filter((r) => r.headers.authorization === `Bearer ${STARDEX_TEST_KEY}`).map((r) => r.at);
  for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1_000);
});

test('an existing person is added to the job without a second person being created', async ({
  context,
  extensionId,
  server,
  sandbox,
  openProfile,
  openPopupFor,
}) => {
  const fake = asStardexFake(server.vendors.stardex);
  const vanity = sandboxFixture(sandbox, PERSON).vanity;
  const existing = fake.seedPerson(
    {
      name: 'Known Person',
      linkedin_url: stardexLinkedInUrl(`https://www.linkedin.com/in/${vanity}/`),
      emails: [{ contact_data_type: 'work', value: 'known@old.example' }],
    },
    [{ jobId: DESIGNER.id }],
  );
  await connect(context, extensionId);
  const page = await openProfile(vanity);
  const popup = await openPopupFor(page);

  const duplicate = popup.getByTestId('duplicate-stardex');
  await expect(duplicate).toHaveAttribute('data-state', 'exists');
  await expect(duplicate).toContainText(DESIGNER.name);
  await chooseJob(popup, BACKEND.id);
  await chooseStage(popup, SCREENING.id);
  await expect(duplicate).toHaveAttribute('data-state', 'exists');
  await expect(duplicate).toContainText('adds this person to the chosen job');
  await openMore(popup, 'contacts');
  await popup.getByTestId('contacts-emails').fill('known.person@gmail.com');
  await popup.getByTestId('contacts-emails').blur();

  await popup.getByTestId('save-button').click();
  const result = popup.getByTestId('save-result-stardex');
  await expect(result).toHaveAttribute('data-status', 'added', { timeout: SAVE_TIMEOUT });
  await expect(result).toContainText('no second person created');
  await expect(result).toContainText(`stage ${SCREENING.name}`);

  expect(fake.personCount()).toBe(1);
  expect(fake.requests.some((r) => r.method === 'POST' && r.path === '/v1/persons')).toBe(false);
  const patch = fake.requests.find((r) => r.method === 'PATCH');
  expect(patch?.path).toBe(`/v1/persons/${existing.id}`);
  expect(patch?.body).toMatchObject({ job_id: BACKEND.id });
  expect(fake.persons[0]?.emails.map((e) => e.value)).toEqual(['known@old.example', 'known.person@gmail.com']);
  expect(fake.candidatesOf(existing.id).map((c) => [c.job_id, c.stage_id])).toEqual([
    [DESIGNER.id, DESIGNER.stages[0]!.id],
    [BACKEND.id, SCREENING.id],
  ]);
  expect(fake.contractViolations).toEqual([]);
});

test('errors are shown as a sentence and an action, and nothing typed is lost', async ({
  context,
  extensionId,
  server,
  sandbox,
  openProfile,
  openPopupFor,
}) => {
  const fake = asStardexFake(server.vendors.stardex);
  await connect(context, extensionId);
  const page = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  const popup = await openPopupFor(page);
  await chooseJob(popup, BACKEND.id);
  await expect(popup.getByTestId('duplicate-stardex')).toHaveAttribute('data-state', 'new');
  await popup.getByTestId('save-note').fill('Keep this note');
  const result = popup.getByTestId('save-result-stardex');
  const save = popup.getByTestId('save-button');

  fake.failNext('persons.create', { status: 500 });
  await save.click();
  await expect(result).toHaveAttribute('data-status', 'error', { timeout: SAVE_TIMEOUT });
  await expect(result).toContainText('Stardex had a problem on its side (500)');
  await expect(popup.getByTestId('save-retry-at-stardex')).toContainText('retrying automatically');

  fake.failNext('persons.create', { status: 400, code: 'VALIDATION_ERROR', message: 'linkedin_url: Invalid url' });
  await expect(save).toBeEnabled();
  await save.click();
  await expect(result).toContainText('linkedin_url: Invalid url', { timeout: SAVE_TIMEOUT });
  await expect(result).toContainText('nothing you typed was lost');

  fake.failNext('jobs.get', { status: 404, message: 'Job not found' });
  await save.click();
  await expect(result).toContainText('could not find it', { timeout: SAVE_TIMEOUT });

  fake.failNext('persons.create', { status: 429, retryAfterSeconds: 45 });
  await save.click();
  await expect(result).toContainText('60 requests a minute', { timeout: SAVE_TIMEOUT });
  await expect(popup.getByTestId('save-retry-at-stardex')).toContainText('retrying automatically at');
  await expect(result).not.toContainText(/save again in \d+ s/);
  const sent = fake.requests.length;
  // Inside the Retry-After window nothing more is sent to Stardex.
  await save.click();
  await expect(save).toBeEnabled({ timeout: SAVE_TIMEOUT });
  // Longer than the 1 s pacing, so a request that slipped through would have arrived.
  await popup.waitForTimeout(1_500);
  await expect(result).toHaveAttribute('data-status', 'error');
  expect(fake.requests.length).toBe(sent);

  await expect(popup.getByTestId('save-note')).toHaveValue('Keep this note');
  expect(fake.personCount()).toBe(0);
  expect(fake.contractViolations).toEqual([]);
});
