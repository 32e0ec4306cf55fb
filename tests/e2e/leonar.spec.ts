// Leonar, end to end in Chromium against the Leonar fake: key and check in the options; in the popup, pick a
// project, see a seeded duplicate, save a new person with exactly one add-to-project carrying the mapped body,
// reveal contact details with credits, and a sentence for every documented error.
import type { Page } from '@playwright/test';
import { profileSchema, type Profile } from '@/lib/profile/profile';
import { leonarOptionsSchema, leonarPayload } from '@/lib/vendors/leonar';
import { leonarControls, LEONAR_PROJECTS, LEONAR_TEST_KEY, type LeonarFake } from '@/lib/vendors/leonar/fake';
import { popupUrl, stopServiceWorker } from '../fakes/browser';
import { sandboxFixture } from '../fakes/sandbox-profiles';
import { expect, openMore, test } from './fixtures';

const PERSON = 'sdui-2026-profile';

async function setKey(options: Page, key: string): Promise<void> {
  await options.getByTestId('field-leonar-apiKey').fill(key);
  await options.getByTestId('save-leonar').click();
}

async function openOptions(page: Page, extensionId: string): Promise<Page> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('vendor-leonar')).toBeVisible();
  return page;
}

async function configured(newPage: () => Promise<Page>, extensionId: string): Promise<void> {
  const options = await openOptions(await newPage(), extensionId);
  await setKey(options, LEONAR_TEST_KEY);
  await expect(options.getByTestId('status-leonar')).toContainText('Connected');
  await options.close();
}

async function popupProfile(popup: Page): Promise<Profile> {
  // The whole chain's answer (the page's quick one may carry a smaller photo): what a save sends.
  await expect(popup.getByTestId('profile-json')).toHaveAttribute('data-depth', 'full');
  await expect(popup.getByTestId('sections-reading')).toHaveCount(0);
  return profileSchema.parse(JSON.parse((await popup.getByTestId('profile-json').textContent()) ?? 'null'));
}

async function pickProject(popup: Page, search: string, projectId: string): Promise<void> {
  await popup.getByTestId('target-search-leonar').fill(search);
  await expect(popup.locator(`[data-testid="target-select-leonar"] option[value="${projectId}"]`)).toHaveCount(1);
  await popup.getByTestId('target-select-leonar').selectOption(projectId);
}

function seedAsContact(fake: LeonarFake, profile: Profile, projectIds: string[]): void {
  fake.contacts.push({
    id: crypto.randomUUID(),
    first_name: profile.firstName,
    last_name: profile.lastName,
    linkedin_url: `https://www.linkedin.com/in/${profile.publicIdentifier}`,
    profile_id: null,
    company: profile.currentJob?.company ?? null,
    projectIds,
    received: null,
  });
}

test('options: a key that is not leo_ is refused before any call; a good key connects; a wrong key says why', async ({ server, extensionId, context }) => {
  const fake = leonarControls(server.vendors.leonar);
  const options = await openOptions(await context.newPage(), extensionId);

  await setKey(options, 'sk_live_abc');
  await expect(options.getByText('Leonar API keys start with “leo_”', { exact: false })).toBeVisible();
  expect(fake.requests).toHaveLength(0);

  await setKey(options, LEONAR_TEST_KEY);
  await expect(options.getByTestId('status-leonar')).toContainText('Connected');
  await expect(options.getByTestId('key-hint-leonar')).toHaveText('configured · ends with …1a2b');
  await expect(options.locator('body')).not.toContainText(LEONAR_TEST_KEY);
  expect(fake.requests.map((r) => `${r.method} ${r.path}?${new URLSearchParams(r.query)}`)).toEqual(['GET /api/v1/projects?limit=1']);

  fake.scopes.delete('projects:read');
  await options.getByTestId('check-leonar').click();
  await expect(options.getByTestId('status-leonar')).toContainText('lacks a permission: projects:read');
  await expect(options.getByTestId('status-leonar')).toContainText('“sourcing” scope bundle');

  // The scope back, the key works again; a key Leonar refuses does not replace it: the refusal is said, and that
  // nothing changed.
  fake.scopes.add('projects:read');
  await options.getByTestId('check-leonar').click();
  await expect(options.getByTestId('status-leonar')).toContainText('Connected');
  await setKey(options, 'leo_revoked_key_9999');
  const section = options.getByTestId('vendor-leonar');
  await expect(section.getByTestId('state-error').first()).toContainText('did not accept the API key');
  await expect(options.getByTestId('kept-leonar')).toHaveText('Nothing was changed: Leonar keeps the settings it had (key ending …1a2b).');
  await expect(options.getByTestId('key-hint-leonar')).toHaveText('configured · ends with …1a2b');
});

test('popup: pick a project, see a seeded duplicate, save a new person with exactly one add-to-project', async ({ server, sandbox, extensionId, context, openProfile, openPopupFor }) => {
  const fake = leonarControls(server.vendors.leonar);
  await configured(() => context.newPage(), extensionId);
  const page = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  const popup = await openPopupFor(page);
  const profile = await popupProfile(popup);
  seedAsContact(fake, profile, [LEONAR_PROJECTS.backend]);
  fake.requests.length = 0;

  await pickProject(popup, 'backend', LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('target-stage-leonar')).toHaveText('Lands in: Sourced');
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'in-target');
  await expect(popup.getByTestId('duplicate-leonar')).toHaveText('Already in this project.');

  // Another project: the person is a known contact, not in it; then back: the first answer is reused.
  await pickProject(popup, 'designers', LEONAR_PROJECTS.design);
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'exists');
  await pickProject(popup, 'backend', LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'in-target');
  expect(fake.count('POST', '/sourcing/contacts/search')).toBe(2);

  // A new person: forget the seeded contact, save into the design project.
  fake.contacts.length = 0;
  await popup.reload();
  await expect(popup.getByTestId('vendor-panel-leonar')).toBeVisible();
  await pickProject(popup, 'designers', LEONAR_PROJECTS.design);
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'new');
  // The project's stages are asked beside the lookup: wait for them too, so only the save's calls are counted below.
  await expect(popup.getByTestId('target-stage-leonar')).toBeVisible();
  const sentBefore = fake.requests.length;
  await popup.getByTestId('save-button').click();
  await expect(popup.getByTestId('save-result-leonar')).toHaveAttribute('data-status', 'added');
  await expect(popup.getByTestId('save-result-leonar')).toContainText('stage Sourced');

  const adds = fake.requests.filter((r) => r.path === '/api/v1/sourcing/add-to-project');
  expect(adds).toHaveLength(1);
  // The save is one call; then the state line asks Leonar again (and now says "already in this project").
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'in-target');
  expect(fake.requests.slice(sentBefore).map((r) => r.path)).toEqual(['/api/v1/sourcing/add-to-project', '/api/v1/sourcing/contacts/search']);
  const expected = leonarPayload(profile, { targetId: LEONAR_PROJECTS.design }, leonarOptionsSchema.parse({}), new Date());
  expect(adds[0]?.body).toEqual(JSON.parse(JSON.stringify(expected)));
  expect(fake.entriesIn(LEONAR_PROJECTS.design)).toHaveLength(1);
  await expect(popup.getByTestId('save-result-leonar')).toContainText(`contact ${fake.contacts[0]!.id.slice(0, 8)}…`);
  await expect(popup.getByTestId('save-result-leonar').locator('p[title]')).toHaveAttribute('title', new RegExp(fake.contacts[0]!.id));
});

test('popup: reveal email and phone after confirming the credits, shared with the other fields; 402 explained', async ({ server, sandbox, extensionId, context, openProfile, openPopupFor }) => {
  const fake = leonarControls(server.vendors.leonar);
  await configured(() => context.newPage(), extensionId);
  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
  const profile = await popupProfile(popup);
  const company = profile.currentJob?.company;
  expect(company, 'the fixture person needs a current company to be searched').toBeTruthy();
  fake.network.push({
    profile_id: profile.publicIdentifier,
    first_name: profile.firstName,
    last_name: profile.lastName,
    linkedin_url: `https://www.linkedin.com/in/${profile.publicIdentifier}`,
    company: company!,
    title: 'Engineer',
    work_email: 'person@work.test',
    personal_email: 'person@home.test',
    phone: '+33 6 11 22 33 44',
  });

  await openMore(popup, 'leonar');
  await openMore(popup, 'contacts');
  await popup.getByTestId('leonar-reveal-type-phone').check();
  await popup.getByTestId('leonar-reveal').click();
  await expect(popup.getByText('This uses Leonar sourcing credits: 1 per profile returned. Reveal?')).toBeVisible();
  expect(fake.count('POST', '/sourcing/advanced/profiles/search')).toBe(0);
  await popup.getByTestId('leonar-reveal-confirm').click();

  const result = popup.getByTestId('leonar-reveal-result');
  await expect(result).toHaveAttribute('data-status', 'found');
  await expect(result).toContainText('person@work.test');
  await expect(result).toContainText('+33 6 11 22 33 44');
  await expect(popup.getByTestId('leonar-reveal-credits')).toHaveText('Credits used: 1 · left: 99');
  await expect(popup.getByTestId('contacts-emails')).toHaveValue(/person@work\.test/);
  await expect(popup.getByTestId('contacts-phones')).toHaveValue(/\+33 6 11 22 33 44/);
  expect(fake.count('POST', '/sourcing/advanced/profiles/search')).toBe(1);

  fake.credits = 0;
  await popup.getByTestId('leonar-reveal').click();
  await popup.getByTestId('leonar-reveal-confirm').click();
  await expect(result).toHaveAttribute('data-status', 'error');
  await expect(result).toContainText('Not enough Leonar sourcing credits');
  await expect(result).toContainText('1 credit per profile returned');
  // What was revealed before is kept.
  await expect(popup.getByTestId('contacts-emails')).toHaveValue(/person@work\.test/);
});

test('popup: every documented error of a save becomes a sentence, and nothing chosen or typed is lost', async ({ server, sandbox, extensionId, context, openProfile, openPopupFor }) => {
  const fake = leonarControls(server.vendors.leonar);
  await configured(() => context.newPage(), extensionId);
  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
  await pickProject(popup, 'backend', LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'new');
  await popup.getByTestId('save-note').fill('Met at the meetup');

  const cases = [
    ['validation_error', 'Leonar refused the data. Leonar said: “profiles.0.linkedin_url: Invalid URL”'],
    ['invalid_api_key', 'did not accept the API key'],
    ['insufficient_scope', 'lacks a permission: sourcing:write'],
    ['billing_required', 'no active subscription'],
    ['plan_upgrade_required', 'plan does not include this feature'],
    ['not_found', 'could not find it'],
    ['rate_limit_exceeded', 'too many requests'],
    ['internal_error', 'problem on its side'],
  ] as const;
  const result = popup.getByTestId('save-result-leonar');
  for (const [code, sentence] of cases) {
    fake.injectError({
      code,
      path: '/sourcing/add-to-project',
      ...(code === 'validation_error' ? { message: 'profiles.0.linkedin_url: Invalid URL' } : {}),
      ...(code === 'rate_limit_exceeded' ? { resetAt: Math.floor(Date.now() / 1000) + 30 } : {}),
    });
    await popup.getByTestId('save-button').click();
    await expect(result).toHaveAttribute('data-status', 'error');
    await expect(result).toContainText(sentence);
    if (code === 'rate_limit_exceeded') {
      // The extension waits for Leonar's reset by itself: the line says when, and never asks the user to try by hand.
      await expect(popup.getByTestId('save-retry-at-leonar')).toContainText('retrying automatically at');
      await expect(result).not.toContainText(/try again in \d+ s/);
    }
    await expect(popup.getByTestId('save-button')).toBeEnabled();
  }
  await expect(popup.getByTestId('save-note')).toHaveValue('Met at the meetup');
  await expect(popup.getByTestId('target-select-leonar')).toHaveValue(LEONAR_PROJECTS.backend);
  expect(fake.contacts).toHaveLength(0);

  await popup.getByTestId('save-button').click();
  await expect(result).toHaveAttribute('data-status', 'added');
  expect(fake.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(1);
});

test('popup: the remembered project shows with the person, from the background’s copy; Leonar is asked again only after a minute', async ({ server, sandbox, extensionId, context, openProfile, tabIdOf, sw }) => {
  const fake = leonarControls(server.vendors.leonar);
  await configured(() => context.newPage(), extensionId);
  await sw.evaluate(
    (project) =>
      chrome.storage.local.set({ 'save-defaults': { vendors: ['leonar'], targets: { leonar: { targetId: project, stageId: null } } }, 'save-defaults$': { v: 1 } }),
    LEONAR_PROJECTS.backend,
  );
  const page = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  // The tab is known before the background is stopped below (the test's handle on it does not survive that).
  const tabId = await tabIdOf(page);
  const openPopup = async () => {
    const popup = await context.newPage();
    await popup.goto(popupUrl(extensionId, tabId));
    return popup;
  };
  const targetCalls = () => fake.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/api/v1/projects')).map((r) => r.path);
  const remembered = async (popup: Page) => {
    await expect(popup.getByTestId('target-select-leonar')).toHaveValue(LEONAR_PROJECTS.backend);
    await expect(popup.locator('[data-testid="target-select-leonar"] option:checked')).toHaveText('Backend Engineers · Examplia · Lyon');
    await expect(popup.getByTestId('target-stage-leonar')).toHaveText('Lands in: Sourced');
  };

  fake.requests.length = 0;
  const first = await openPopup();
  await remembered(first);
  // The list and the remembered project's details are asked side by side: either may arrive first.
  expect(targetCalls().sort()).toEqual(['/api/v1/projects', `/api/v1/projects/${LEONAR_PROJECTS.backend}`]);
  await first.close();

  // Opened again within the minute, even after Chrome stopped the background (its memory gone): Leonar is not asked.
  await stopServiceWorker(context, extensionId);
  fake.requests.length = 0;
  const second = await openPopup();
  await remembered(second);
  expect(targetCalls()).toEqual([]);
  // The copy is now five minutes old (the popup may read session storage: it is an extension page).
  await second.evaluate(async () => {
    const cache = (await chrome.storage.session.get('target-cache'))['target-cache'] as Record<'lists' | 'details', Record<string, { at: number }>>;
    const aged = (entries: Record<string, { at: number }>) => Object.fromEntries(Object.entries(entries).map(([k, e]) => [k, { ...e, at: e.at - 5 * 60_000 }]));
    await chrome.storage.session.set({ 'target-cache': { lists: aged(cache.lists), details: aged(cache.details) } });
  });
  await second.close();

  // Leonar now takes 3 s to answer: the project shows with the person, then Leonar is asked again behind it.
  fake.requests.length = 0;
  fake.delayMs = 3_000;
  const openedAt = Date.now();
  const third = await openPopup();
  await remembered(third);
  expect(Date.now() - openedAt).toBeLessThan(2_500);
  await expect.poll(() => targetCalls().sort()).toEqual(['/api/v1/projects', `/api/v1/projects/${LEONAR_PROJECTS.backend}`]);
  // No "Loading projects…" line over a list already shown.
  await expect(third.getByText('Loading projects', { exact: false })).toHaveCount(0);
});
