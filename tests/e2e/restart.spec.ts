// Issue 7, never lose a save across a browser restart: the recruiter clicks Save, then quits the browser (laptop
// closed, Chromium updated) before the save went through. The same Chromium profile is launched again, nobody opens
// the popup: the outbox job stored before the first request is picked up by the starting worker and finishes, once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, openPopupFor, waitForPopupResult, type ExtensionBrowser } from '../fakes/browser';
import { leonarControls, LEONAR_PROJECTS } from '@/lib/vendors/leonar/fake';
import { LINKEDIN_ORIGIN } from '../fakes/linkedin';
import { sandboxFixture, type Sandbox } from '../fakes/sandbox-profiles';
import type { FakeServer } from '../fakes/server';
import { asStardexFake, STARDEX_DEFAULT_JOBS } from '@/lib/vendors/stardex/fake';
import { connectInNewPage, type ToolId } from '../fakes/connect-vendors';
import { expect, test } from './fixtures';

const PERSON = 'sdui-2026-profile';
const STARDEX_JOB = STARDEX_DEFAULT_JOBS[0]!;
const ADD = '/sourcing/add-to-project';

let profileDir = '';
const opened: ExtensionBrowser[] = [];

test.beforeEach(async ({ server }) => {
  server.reset();
  profileDir = await mkdtemp(join(tmpdir(), 'ats-restart-'));
});

test.afterEach(async () => {
  for (const b of opened.splice(0)) await b.context.close().catch(() => undefined);
  await rm(profileDir, { recursive: true, force: true });
});

async function launch(server: FakeServer): Promise<ExtensionBrowser> {
  const b = await launchWithExtension(server, { userDataDir: profileDir });
  opened.push(b);
  return b;
}

/** Connects the tool, opens the person and the popup about them. */
async function popupOnPerson(b: ExtensionBrowser, sandbox: Sandbox, tool: ToolId): Promise<Page> {
  await connectInNewPage(b.context, b.extensionId, [tool]);
  const page = await b.context.newPage();
  await page.goto(`${LINKEDIN_ORIGIN}/in/${encodeURIComponent(sandboxFixture(sandbox, PERSON).vanity)}/`);
  const popup = await openPopupFor(b, page);
  await waitForPopupResult(popup);
  return popup;
}

async function quit(b: ExtensionBrowser): Promise<void> {
  await b.context.close();
  opened.splice(opened.indexOf(b), 1);
}

async function historyRow(b: ExtensionBrowser) {
  const history = await b.context.newPage();
  await history.goto(`chrome-extension://${b.extensionId}/save-history.html`);
  const row = history.getByTestId('history-row');
  await expect(row).toHaveCount(1);
  return row;
}

test('saved offline, browser quit, relaunched online → sent by itself, one record', async ({ server, sandbox }) => {
  test.setTimeout(60_000);
  const fake = asStardexFake(server.vendors.stardex);
  const sends = () => fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/persons').length;

  const first = await launch(server);
  const popup = await popupOnPerson(first, sandbox, 'stardex');
  const select = popup.getByTestId('target-select-stardex');
  await expect(select.locator(`option[value="${STARDEX_JOB.id}"]`)).toHaveCount(1);
  await select.selectOption(STARDEX_JOB.id);
  await first.context.setOffline(true);
  await popup.getByTestId('save-button').click();
  await expect(popup.getByTestId('save-result-stardex')).toHaveAttribute('data-state', 'pending');
  await quit(first);
  expect(sends()).toBe(0);
  expect(fake.personCount()).toBe(0);

  // Same profile, back online; nobody opens the popup.
  const second = await launch(server);
  expect(second.extensionId).toBe(first.extensionId);
  await expect.poll(() => fake.personCount(), { timeout: 15_000 }).toBe(1);
  const row = await historyRow(second);
  await expect(row).toHaveAttribute('data-state', 'done');
  expect(sends()).toBe(1);
  expect(fake.personCount()).toBe(1);
});

test('browser quit while the save was in flight → re-checked after relaunch, not sent twice', async ({ server, sandbox }) => {
  test.setTimeout(60_000);
  const fake = leonarControls(server.vendors.leonar);
  const sends = () => fake.count('POST', ADD);

  const first = await launch(server);
  const popup = await popupOnPerson(first, sandbox, 'leonar');
  const select = popup.getByTestId('target-select-leonar');
  await expect(select.locator(`option[value="${LEONAR_PROJECTS.backend}"]`)).toHaveCount(1);
  await select.selectOption(LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'new');
  // Leonar holds every call for 3 s, then does the work; the answer to the add reaches a browser that is gone.
  fake.delayMs = 3_000;
  await popup.getByTestId('save-button').click();
  await expect.poll(() => sends()).toBe(1);
  await quit(first);
  await expect.poll(() => fake.entriesIn(LEONAR_PROJECTS.backend).length, { timeout: 10_000 }).toBe(1);
  fake.delayMs = 0;

  const second = await launch(server);
  const row = await historyRow(second);
  await expect(row).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(row.getByTestId('history-outcome')).toContainText('found on re-check');
  expect(sends()).toBe(1);
  expect(fake.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(1);
  // A relaunch is not an install: even when Chromium reports one again, the welcome page does not open over the user.
  expect(second.context.pages().filter((p) => p.url().includes('/options.html'))).toHaveLength(0);
});
