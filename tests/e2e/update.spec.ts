// Issue 12, versioned storage: an extension update must not lose a save waiting in the outbox. A job and its payload
// are written in the PREVIOUS shape (storage version 1: no `person.missing`/`short`, a profile without the
// completeness of certifications and languages, no version in the metadata) while the tool is unreachable; the
// extension's worker is restarted as after an update, so WXT's migrations run; the network comes back and the job is
// sent exactly once (the fake counts requests). A job no version can read shows under "Needs attention" in the
// history, is exported as raw JSON, and "Send again" says why it still cannot be sent.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { stopServiceWorker } from '../fakes/browser';
import { connectInNewPage } from '../fakes/connect-vendors';
import { asStardexFake } from '@/lib/vendors/stardex/fake';
import { V1_PAYLOAD_ID, v1Job, v1Payload } from '@/tests/unit/outbox-v1-sample';
import { expect, test } from './fixtures';

/** chrome.storage.local as WXT's `local:outbox` items lie there: the value under its key, the version under `<key>$`. */
const PAYLOAD_KEY = `outbox-payload:${V1_PAYLOAD_ID}`;

function previousVersionStorage(jobs: unknown[]): Record<string, unknown> {
  const payload = v1Payload();
  return {
    outbox: { jobs },
    [PAYLOAD_KEY]: { ...payload, request: { ...(payload.request as object), vendor: 'stardex', targetId: null, options: { enrichRecord: false } } },
  };
}

/**
 * Writes the previous version's storage as an update finds it: the worker is stopped first, then the values and their
 * version-1 metadata go in one atomic write, so no running worker can read or rewrite the list half-written. The next
 * worker (woken by that change or by the next page) starts on the old data, as the updated extension's worker does.
 */
async function writeThenUpdate(context: BrowserContext, extensionId: string, items: Record<string, unknown>): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/save-history.html`);
  // The page's own questions have been answered (an empty history): nothing of ours is in flight in the worker.
  await expect(page.getByTestId('history-empty')).toBeVisible();
  await stopServiceWorker(context, extensionId);
  await page.evaluate(
    // Version 1 wrote no metadata, which WXT reads as version 1; the running worker may have recorded version 2 for
    // its empty list, so version 1 is written in the same step as the values.
    async (values) => chrome.storage.local.set(values),
    { ...items, 'outbox$': { v: 1 }, [`${PAYLOAD_KEY}$`]: { v: 1 } },
  );
  await page.close();
}

async function openHistory(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/save-history.html`);
  return page;
}

test('a job stored by the previous version, offline, survives the update and is sent exactly once when back online', async ({ server, context, extensionId }) => {
  test.setTimeout(60_000);
  const fake = asStardexFake(server.vendors.stardex);
  const sends = () => fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/persons').length;
  await connectInNewPage(context, extensionId, ['stardex']);

  await context.setOffline(true);
  const now = Date.now();
  await writeThenUpdate(context, extensionId, previousVersionStorage([v1Job({ vendor: 'stardex', target: { id: null, name: null, stageId: null, stageName: null }, createdAt: now, updatedAt: now, state: { kind: 'pending', nextAttemptAt: now } })]));

  // The new worker starts (opening a page wakes it): the list and the payload are migrated, nothing reaches the tool.
  // (A worker that has not yet seen the browser go offline tries once and gets a network error: retrying.)
  const history = await openHistory(context, extensionId);
  const row = history.getByTestId('history-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-state', /^(pending|retrying)$/);
  await expect(row).toContainText('Camille Durand');
  const stored = await history.evaluate(() => chrome.storage.local.get(['outbox', 'outbox$']));
  expect(stored['outbox$']).toEqual({ v: 2 });
  expect(stored.outbox).toMatchObject({ jobs: [{ person: { missing: [], short: [] } }] });
  await expect(history.getByTestId('needs-attention')).toHaveCount(0);
  expect(sends()).toBe(0);

  await context.setOffline(false);
  await expect.poll(() => fake.personCount(), { timeout: 20_000 }).toBe(1);
  await expect(row).toHaveAttribute('data-state', 'done', { timeout: 10_000 });
  // Nothing else goes out afterwards: one request, one person.
  await history.waitForTimeout(3_000);
  expect(sends()).toBe(1);
  expect(fake.personCount()).toBe(1);
});

test('a job no version can read is kept under Needs attention, exported as raw JSON, and Send again says why', async ({ context, extensionId }) => {
  test.setTimeout(60_000);
  const unreadable = v1Job({ id: 'job-from-elsewhere', vendor: 'stardex', state: { kind: 'paused', by: 'a future version' } });
  await writeThenUpdate(context, extensionId, previousVersionStorage([unreadable]));

  const history = await openHistory(context, extensionId);
  const section = history.getByTestId('needs-attention');
  await expect(section).toBeVisible();
  const item = section.getByTestId('needs-attention-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Camille Durand');
  await expect(item.getByTestId('needs-attention-tool')).toHaveText('Stardex');
  await expect(item.getByTestId('needs-attention-why')).toContainText('not what this version of the extension expects');
  await expect(history.getByTestId('history-empty')).toBeVisible();

  const [download] = await Promise.all([history.waitForEvent('download'), item.getByTestId('needs-attention-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^needs-attention-job-from-elsewhere_[0-9a-f]{8}\.json$/);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(file.job.value).toMatchObject({ id: 'job-from-elsewhere', state: { kind: 'paused', by: 'a future version' } });
  expect(file.payload.value.profile.fullName).toBe('Camille Durand');
  expect(file.problem.kind).toBe('invalid');

  await item.getByTestId('needs-attention-resend').click();
  await expect(item.getByTestId('needs-attention-result')).toContainText('Still unreadable.');
  await expect(item).toHaveCount(1);
  await expect(history.getByTestId('history-row')).toHaveCount(0);
});
