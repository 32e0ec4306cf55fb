// Issue 7, never lose a save, with CVs: two Collective saves with a 5 MB CV each wait in the outbox (Collective asked
// to slow down). Their payloads together pass storage.local's 10 MB quota; with unlimitedStorage both are stored, so
// stopping the service worker loses neither: the restarted worker sends both, each with its CV.
import { stopServiceWorker } from '../fakes/browser';
import { asCollectiveFake } from '@/lib/vendors/collective/fake';
import { sandboxPerson } from '../fakes/linkedin';
import { JONAH, THEO } from '../fakes/sandbox-people';
import { connectInNewPage } from '../fakes/connect-vendors';
import { expect, openMore, test } from './fixtures';

// Two invented people whose every section LinkedIn's JSON gives (nothing missing: no question before saving).
const PEOPLE = [THEO, JONAH] as const;
/** 5 MB of PDF: 6.7 MB once base64-encoded; two of them are more than storage.local's 10 MB quota. */
const CV_BYTES = 5_000_000;

test('two saves with 5 MB CVs waiting for a retry survive the worker being stopped, and are sent once each with their CV', async ({
  server,
  extensionId,
  context,
  openProfile,
  openPopupFor,
}) => {
  test.setTimeout(90_000);
  const fake = asCollectiveFake(server.vendors.collective);
  await connectInNewPage(context, extensionId, ['collective']);

  const cvs = PEOPLE.map((_, i) => Buffer.concat([Buffer.from(`%PDF-1.4\n% cv ${i}\n`), Buffer.alloc(CV_BYTES, 0x20 + i)]));
  const popups = [];
  for (const [i, person] of PEOPLE.entries()) {
    server.linkedin.addProfile(sandboxPerson(person));
    const popup = await openPopupFor(await openProfile(person.vanity));
    const panel = popup.getByTestId('vendor-panel-collective');
    await openMore(popup, 'collective');
    await panel.getByTestId('collective-cv').setInputFiles({ name: `cv-${i}.pdf`, mimeType: 'application/pdf', buffer: cvs[i]! });
    await expect(panel.getByTestId('collective-cv-attached')).toContainText(`cv-${i}.pdf`);
    popups.push(popup);
  }

  // Both saves are refused once with a 429 asking for 15 s: the jobs wait, each with its CV.
  fake.fail({ status: 429, body: 'Too Many Requests', headers: { 'retry-after': '15' }, times: 2, method: 'POST' });
  for (const popup of popups) {
    await popup.getByTestId('save-button').click();
    // 5 MB written to storage, then posted: slow on a loaded 2-core machine, so more than the default 10 s.
    await expect(popup.getByTestId('save-result-collective')).toHaveAttribute('data-state', 'retrying', { timeout: 30_000 });
  }
  const posts = () => fake.requests.filter((r) => r.method === 'POST').length;
  expect(posts()).toBe(2);
  expect(fake.talents('sandbox')).toHaveLength(0);

  // Both payloads are in storage, not only in the worker's memory.
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/save-history.html`);
  const stored = await history.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      // Not their version metadata (WXT keeps it under `<key>$`).
      .filter(([key]) => key.startsWith('outbox-payload:') && !key.endsWith('$'))
      .map(([, value]) => JSON.stringify(value).length);
  });
  expect(stored).toHaveLength(2);
  expect(stored.reduce((a, b) => a + b, 0)).toBeGreaterThan(10 * 1024 * 1024);

  // Popups and history closed (their open channels keep the worker alive), then the worker stopped.
  for (const popup of popups) await popup.close();
  await history.close();
  await stopServiceWorker(context, extensionId);

  // Opening the history wakes the worker, which resumes the outbox.
  const after = await context.newPage();
  await after.goto(`chrome-extension://${extensionId}/save-history.html`);
  const rows = after.getByTestId('history-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.and(after.locator('[data-state="done"]'))).toHaveCount(2, { timeout: 30_000 });
  await expect(rows.first()).toContainText('CV attached');
  const talents = fake.talents('sandbox');
  expect(talents).toHaveLength(2);
  expect(talents.map((t) => t.body.resume).sort()).toEqual(cvs.map((cv) => cv.toString('base64')).sort());
  expect(posts()).toBe(4);
});
