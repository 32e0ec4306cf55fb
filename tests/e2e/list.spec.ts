// Issue 14: save many at once. A people search of 10 goes to Leonar in one add-to-project (2 already in the project
// come back skipped) and to Stardex one person at a time, at least a second apart; history shows every person at
// every tool, and the popup opened again leaves the saved people unticked. A Sales Navigator lead page is saved like
// a profile; a lead with no public URL goes to Leonar by its member id and Stardex says why it cannot take them.
// Nothing opens or fetches a listed person's profile: the LinkedIn fake's log proves it. The same popup on the fixture
// pages: the 2025 people search anonymised from a real capture goes to Leonar in one add-to-project, and the Sales
// Navigator lead list (inferred layout) is read with its count.
import type { Page } from '@playwright/test';
import { leonarControls, LEONAR_PROJECTS } from '@/lib/vendors/leonar/fake';
import { asStardexFake, STARDEX_DEFAULT_JOBS } from '@/lib/vendors/stardex/fake';
import { connectInNewPage } from '../fakes/connect-vendors';
import { LINKEDIN_ORIGIN } from '../fakes/linkedin';
import { SANDBOX_LEADS, SANDBOX_SALES_SEARCH_PEOPLE, SANDBOX_SEARCH_PEOPLE, sandboxLeadPath } from '../fakes/linkedin-pages';
import { CAPTURE_SEARCH_2025, RECRUITER_PROFILE_2025, SALESNAV_LIST_2025, sandboxPage } from '../fakes/sandbox-profiles';
import { expect, test } from './fixtures';

const BACKEND_JOB = STARDEX_DEFAULT_JOBS[0]!;

async function choose(popup: Page, vendor: string, targetId: string): Promise<void> {
  const select = popup.getByTestId(`target-select-${vendor}`);
  await expect(select.locator(`option[value="${targetId}"]`)).toHaveCount(1);
  await select.selectOption(targetId);
}

async function openList(context: import('@playwright/test').BrowserContext, path: string, openPopupFor: (page: Page) => Promise<Page>) {
  const page = await context.newPage();
  await page.goto(`${LINKEDIN_ORIGIN}${path}`);
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('list-panel')).toBeVisible();
  return { page, popup };
}

test('a search of 10: one Leonar add-to-project (2 skipped), 10 Stardex persons a second apart, 10 × 2 in history', async ({
  context,
  extensionId,
  server,
  openPopupFor,
}) => {
  test.setTimeout(150_000);
  const leonar = leonarControls(server.vendors.leonar);
  const stardex = asStardexFake(server.vendors.stardex);
  await connectInNewPage(context, extensionId, ['leonar', 'stardex']);
  const inProject = SANDBOX_SEARCH_PEOPLE.slice(2, 4);
  leonar.seedInProject(
    LEONAR_PROJECTS.backend,
    inProject.map((p) => {
      const [first = p.name, ...rest] = p.name.split(' ');
      return { first_name: first, last_name: rest.join(' '), linkedin_url: `https://www.linkedin.com/in/${p.vanity}/` };
    }),
  );
  const linkedinBefore = server.linkedin.requests.length;

  const { popup } = await openList(context, '/search/results/people/?keywords=engineer', openPopupFor);
  await expect(popup.getByTestId('list-count')).toHaveText('10 people on this page');
  await expect(popup.getByTestId('list-people').getByRole('listitem')).toHaveCount(10);
  await expect(popup.getByTestId('list-name-1')).toHaveText(SANDBOX_SEARCH_PEOPLE[1]!.name);
  await popup.getByTestId('vendor-toggle-leonar').check();
  await popup.getByTestId('vendor-toggle-stardex').check();
  await choose(popup, 'leonar', LEONAR_PROJECTS.backend);
  await choose(popup, 'stardex', BACKEND_JOB.id);
  for (let i = 0; i < 10; i++) await expect(popup.getByTestId(`list-tick-${i}`)).toBeChecked();

  const save = popup.getByRole('button', { name: 'Save 10 people to 2 tools' });
  await expect(save).toBeVisible();
  await save.click();
  await expect(popup.getByTestId('list-progress')).toBeVisible();
  const done = popup.locator('[data-testid^="list-result-"][data-state="done"]');
  await expect(done).toHaveCount(20, { timeout: 90_000 });

  // Leonar: one call with the 10 profiles; the two already in the project are shown as such.
  expect(leonar.count('POST', '/sourcing/add-to-project')).toBe(1);
  const add = leonar.requests.find((r) => r.path.endsWith('/sourcing/add-to-project'));
  expect((add?.body as { profiles: unknown[] }).profiles).toHaveLength(10);
  expect(leonar.count('POST', '/sourcing/contacts/search')).toBe(0);
  for (const i of [2, 3]) await expect(popup.getByTestId(`list-result-${i}-leonar`)).toHaveAttribute('data-status', 'skipped');
  for (const i of [0, 1, 4, 9]) await expect(popup.getByTestId(`list-result-${i}-leonar`)).toHaveAttribute('data-status', 'added');
  await expect(popup.getByTestId('list-progress-text')).toContainText('2 already there');

  // Stardex: ten persons, one at a time, never two within a second (its 60 a minute).
  const creates = stardex.requests.filter((r) => r.method === 'POST' && r.path === '/v1/persons').map((r) => r.at);
  expect(creates).toHaveLength(10);
  for (let i = 1; i < creates.length; i++) expect(creates[i]! - creates[i - 1]!).toBeGreaterThanOrEqual(1_000);
  expect(stardex.contractViolations).toEqual([]);

  // No profile was opened or fetched behind the user's back: LinkedIn saw the search page and nothing per person.
  const visited = server.linkedin.requests.slice(linkedinBefore).map((r) => r.path);
  expect(visited.filter((p) => p.startsWith('/in/') || p.includes('/voyager/'))).toEqual([]);

  // History: every person at every tool.
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/save-history.html`);
  await expect(history.getByTestId('history-row')).toHaveCount(20);
  await expect(history.locator('[data-testid="history-row"][data-vendor="leonar"]')).toHaveCount(10);

  // Opened again: everyone is already saved to these targets, so nobody is ticked and nothing can be sent twice.
  await popup.reload();
  await expect(popup.getByTestId('list-panel')).toBeVisible();
  await expect(popup.getByTestId('list-already-0')).toBeVisible();
  for (let i = 0; i < 10; i++) await expect(popup.getByTestId(`list-tick-${i}`)).not.toBeChecked();
  await expect(popup.getByTestId('save-button')).toBeDisabled();
});

test('a Sales Navigator search of 25 goes to Leonar by member id in one call; Stardex says it needs public URLs', async ({
  context,
  extensionId,
  server,
  openPopupFor,
}) => {
  const leonar = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar', 'stardex']);
  const { popup } = await openList(context, '/sales/search/people?query=(keywords%3Aengineer)', openPopupFor);
  await expect(popup.getByTestId('list-count')).toHaveText('25 people on this page');
  await popup.getByTestId('vendor-toggle-leonar').check();
  await popup.getByTestId('vendor-toggle-stardex').check();
  await choose(popup, 'leonar', LEONAR_PROJECTS.backend);
  await choose(popup, 'stardex', BACKEND_JOB.id);
  await expect(popup.getByTestId('list-refused-0')).toContainText('Stardex');
  // Nobody can go to Stardex: the button counts the one tool that takes them.
  await popup.getByRole('button', { name: 'Save 25 people to 1 tool' }).click();
  await expect(popup.locator('[data-testid^="list-result-"][data-state="done"]')).toHaveCount(25, { timeout: 30_000 });
  expect(leonar.count('POST', '/sourcing/add-to-project')).toBe(1);
  const body = leonar.requests.find((r) => r.path.endsWith('/sourcing/add-to-project'))?.body as { profiles: { profile_id: string; linkedin_url?: string; first_name: string }[] };
  expect(body.profiles).toHaveLength(25);
  expect(body.profiles.every((p) => /^ACwAA/.test(p.profile_id) && p.linkedin_url === undefined)).toBe(true);
  expect(body.profiles.map((p) => p.first_name)).toContain(SANDBOX_SALES_SEARCH_PEOPLE[0]!.name.split(' ')[0]);
  expect(asStardexFake(server.vendors.stardex).requests.filter((r) => r.path === '/v1/persons')).toHaveLength(0);
});

test('a Sales Navigator lead page is saved like a profile; without a public URL, Leonar takes the member id and Stardex says why not', async ({
  context,
  extensionId,
  server,
  openPopupFor,
}) => {
  const leonar = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar', 'stardex']);
  const [linked, unlinked] = SANDBOX_LEADS;

  const page = await context.newPage();
  await page.goto(`${LINKEDIN_ORIGIN}${sandboxLeadPath(linked)}`);
  let popup = await openPopupFor(page);
  await expect(popup.getByTestId('profile-card')).toContainText(linked.name);
  // The profile is not opened from Sales Navigator: one line says so, and no "Load all sections" that could not help.
  await expect(popup.getByTestId('missing-sections')).toHaveAttribute('data-reason', 'not-visited');
  await expect(popup.getByTestId('load-all-sections')).toHaveCount(0);
  await popup.getByTestId('vendor-toggle-leonar').check();
  await popup.getByTestId('vendor-toggle-stardex').uncheck();
  await choose(popup, 'leonar', LEONAR_PROJECTS.backend);
  await popup.getByTestId('save-button').click();
  // The lead page shows no sections (its profile is not opened): the popup asks once, as for any partial save.
  await popup.getByTestId('save-partial-confirm').click();
  await expect(popup.getByTestId('save-result-leonar')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  const first = leonar.requests.filter((r) => r.path.endsWith('/sourcing/add-to-project')).at(-1)?.body as { profiles: { linkedin_url?: string }[] };
  expect(first.profiles[0]?.linkedin_url).toBe(`https://www.linkedin.com/in/${linked.vanity}`);

  await page.goto(`${LINKEDIN_ORIGIN}${sandboxLeadPath(unlinked)}`);
  popup = await openPopupFor(page);
  await expect(popup.getByTestId('profile-card')).toContainText(unlinked.name);
  await expect(popup.getByTestId('cannot-save-stardex')).toContainText('public LinkedIn URL');
  await expect(popup.getByTestId('vendor-toggle-stardex')).toBeDisabled();
  await popup.getByTestId('vendor-toggle-leonar').check();
  await choose(popup, 'leonar', LEONAR_PROJECTS.backend);
  await popup.getByTestId('save-button').click();
  await popup.getByTestId('save-partial-confirm').click();
  await expect(popup.getByTestId('save-result-leonar')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  const second = leonar.requests.filter((r) => r.path.endsWith('/sourcing/add-to-project')).at(-1)?.body as { profiles: { profile_id: string; linkedin_url?: string }[] };
  expect(second.profiles[0]?.profile_id).toBe(unlinked.leadId);
  expect(second.profiles[0]?.linkedin_url).toBeUndefined();
});

test('the 2025 people search from a capture: its 10 names, one Leonar add-to-project with all 10, 10 in history', async ({
  context,
  extensionId,
  server,
  openPopupFor,
}) => {
  const leonar = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar']);
  const names = [...CAPTURE_SEARCH_2025.names];
  const linkedinBefore = server.linkedin.requests.length;

  const { popup } = await openList(context, CAPTURE_SEARCH_2025.path, openPopupFor);
  await expect(popup.getByTestId('list-count')).toHaveText('10 people on this page');
  await expect(popup.getByTestId('list-people').locator('[data-testid^="list-name-"]')).toHaveText(names);
  await popup.getByTestId('vendor-toggle-leonar').check();
  await choose(popup, 'leonar', LEONAR_PROJECTS.backend);
  for (let i = 0; i < names.length; i++) await expect(popup.getByTestId(`list-tick-${i}`)).toBeChecked();
  await popup.getByRole('button', { name: 'Save 10 people to 1 tool' }).click();
  await expect(popup.locator('[data-testid^="list-result-"][data-state="done"]')).toHaveCount(10, { timeout: 30_000 });

  expect(leonar.count('POST', '/sourcing/add-to-project')).toBe(1);
  const body = leonar.requests.find((r) => r.path.endsWith('/sourcing/add-to-project'))?.body as { profiles: { first_name: string; last_name: string; linkedin_url?: string }[] };
  expect(body.profiles.map((p) => `${p.first_name} ${p.last_name}`)).toEqual(names);
  expect(body.profiles.every((p) => /^https:\/\/www\.linkedin\.com\/in\/[^/?]+\/?$/.test(p.linkedin_url ?? ''))).toBe(true);
  const visited = server.linkedin.requests.slice(linkedinBefore).map((r) => r.path);
  expect(visited.filter((p) => p.startsWith('/in/') || p.includes('/voyager/'))).toEqual([]);

  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/save-history.html`);
  const rows = history.locator('[data-testid="history-row"][data-vendor="leonar"][data-state="done"]');
  await expect(rows).toHaveCount(10);
  expect((await rows.locator('td:nth-child(2) a').allTextContents()).sort()).toEqual([...names].sort());
});

test('a Sales Navigator lead list: its leads in order and their count', async ({ context, extensionId, sandbox, openPopupFor }) => {
  await connectInNewPage(context, extensionId, ['leonar']);
  const { popup } = await openList(context, sandboxPage(sandbox, SALESNAV_LIST_2025.id).path, openPopupFor);
  await expect(popup.getByTestId('list-count')).toHaveText(`${SALESNAV_LIST_2025.names.length} people on this page`);
  await expect(popup.getByTestId('list-people').locator('[data-testid^="list-name-"]')).toHaveText([...SALESNAV_LIST_2025.names]);
});

test('a Recruiter profile (markup inferred from public references) is read as the person and saved with its public URL', async ({
  context,
  extensionId,
  server,
  openPopupFor,
}) => {
  const leonar = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar']);
  const page = await context.newPage();
  await page.goto(`${LINKEDIN_ORIGIN}${RECRUITER_PROFILE_2025.path}`);
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('profile-name')).toHaveText(RECRUITER_PROFILE_2025.name);
  await expect(popup.getByTestId('read-source')).toContainText('the Recruiter page');
  await popup.getByTestId('vendor-toggle-leonar').check();
  await choose(popup, 'leonar', LEONAR_PROJECTS.backend);
  await popup.getByTestId('save-button').click();
  // Its cards show part of some sections ("Show all" not clicked): the popup asks once, as for any partial save.
  await popup.getByTestId('save-partial-confirm').click();
  await expect(popup.getByTestId('save-result-leonar')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  const body = leonar.requests.find((r) => r.path.endsWith('/sourcing/add-to-project'))?.body as { profiles: { first_name: string; linkedin_url?: string }[] };
  expect(body.profiles).toHaveLength(1);
  expect(body.profiles[0]?.linkedin_url).toBe(RECRUITER_PROFILE_2025.publicUrl);
  expect(body.profiles[0]?.first_name).toBe('Éloïse');
});
