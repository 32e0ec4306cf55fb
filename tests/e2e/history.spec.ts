// Issue 6, history: every save with its time, person, tool, target, outcome and record; reachable from the popup and
// the options; a failed save re-sent from it; finished saves cleared; everything exported as CSV.
import { readFile } from 'node:fs/promises';
import { profileSchema } from '@/lib/profile/profile';
import { leonarControls, LEONAR_PROJECTS } from '@/lib/vendors/leonar/fake';
import { sandboxFixture } from '../fakes/sandbox-profiles';
import { asStardexFake } from '@/lib/vendors/stardex/fake';
import { connectTools } from '../fakes/connect-vendors';
import { expect, test } from './fixtures';

const PERSON = 'sdui-2026-profile';

test('history lists each save, re-sends a failed one, exports CSV and clears finished saves', async ({
  server,
  sandbox,
  extensionId,
  context,
  openProfile,
  openPopupFor,
}) => {
  test.setTimeout(60_000);
  const leonar = leonarControls(server.vendors.leonar);
  const stardex = asStardexFake(server.vendors.stardex);
  const options = await context.newPage();
  await connectTools(options, extensionId, ['leonar', 'stardex']);

  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
  const profile = profileSchema.parse(JSON.parse((await popup.getByTestId('profile-json').textContent()) ?? 'null'));
  await popup.getByTestId('vendor-toggle-leonar').check();
  await popup.getByTestId('vendor-toggle-stardex').check();
  const projects = popup.getByTestId('target-select-leonar');
  await expect(projects.locator(`option[value="${LEONAR_PROJECTS.backend}"]`)).toHaveCount(1);
  await projects.selectOption(LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('target-stage-leonar')).toHaveText('Lands in: Sourced');
  stardex.failNext('persons.create', { status: 400, code: 'VALIDATION_ERROR', message: 'linkedin_url: Invalid url' });
  await popup.getByTestId('save-button').click();
  await expect(popup.getByTestId('save-result-leonar')).toHaveAttribute('data-status', 'added', { timeout: 20_000 });
  await expect(popup.getByTestId('save-result-stardex')).toHaveAttribute('data-state', 'failed', { timeout: 20_000 });

  // From the popup's link.
  const [history] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('history-link').click()]);
  await expect(history).toHaveURL(`chrome-extension://${extensionId}/save-history.html`);
  const rows = history.getByTestId('history-row');
  await expect(rows).toHaveCount(2);
  const leonarRow = rows.and(history.locator('[data-vendor="leonar"]'));
  const stardexRow = rows.and(history.locator('[data-vendor="stardex"]'));
  await expect(leonarRow).toHaveAttribute('data-state', 'done');
  await expect(leonarRow).toContainText(profile.fullName);
  await expect(leonarRow).toContainText('Backend Engineers');
  await expect(leonarRow).toContainText(leonar.contacts[0]!.id);
  await expect(stardexRow).toHaveAttribute('data-state', 'failed');
  await expect(stardexRow).toContainText('linkedin_url: Invalid url');
  await expect(leonarRow.getByTestId('history-retry')).toHaveCount(0);

  // Re-send the failed one (Stardex accepts it now): one person, and the row says so.
  await stardexRow.getByTestId('history-retry').click();
  await expect(stardexRow).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await expect(stardexRow.getByTestId('history-outcome')).toContainText('created');
  expect(stardex.personCount()).toBe(1);

  // CSV: the columns asked for, one line per save.
  const [download] = await Promise.all([history.waitForEvent('download'), history.getByTestId('history-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^saves-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = await readFile(await download.path(), 'utf8');
  // A UTF-8 byte-order mark first: Excel then reads accented names right.
  expect(file.charCodeAt(0)).toBe(0xfeff);
  const lines = file.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('time,person,profile URL,vendor,target,outcome,record id,record link,error,missing sections');
  expect(lines).toHaveLength(3);
  const leonarLine = lines.find((l) => l.includes(',Leonar,'));
  expect(leonarLine).toContain(`${profile.profileUrl},Leonar,Backend Engineers,added,${leonar.contacts[0]!.id},`);
  const stardexLine = lines.find((l) => l.includes(',Stardex,'));
  expect(stardexLine).toContain(',created,');
  expect(stardexLine).toContain(stardex.persons[0]!.id);

  // Also reachable from the options page.
  await options.getByTestId('history-link').click();
  await expect(options).toHaveURL(`chrome-extension://${extensionId}/save-history.html`);

  await history.getByTestId('history-clear').click();
  await expect(history.getByTestId('history-empty')).toBeVisible();
  await expect(history.getByTestId('history-notice')).toContainText('2 finished saves cleared');
});
