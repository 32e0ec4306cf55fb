// Issue 7, the fault matrix: every vendor × every way its save call can fail, in Chromium against the fakes, plus
// "offline, then back" and "service worker stopped mid-save". Each case checks the popup's line (state + words),
// what the outbox does next (retries by itself / waits for the user, who can re-send from the history) and the
// fake's own count of records: one after success, none after a refusal, never two.
import type { Page } from '@playwright/test';
import { stopServiceWorker } from '../fakes/browser';
import { asCollectiveFake, type CollectiveFake } from '@/lib/vendors/collective/fake';
import { leonarControls, LEONAR_PROJECTS, type LeonarFake } from '@/lib/vendors/leonar/fake';
import { sandboxFixture } from '../fakes/sandbox-profiles';
import type { FakeServer } from '../fakes/server';
import { asStardexFake, STARDEX_DEFAULT_JOBS } from '@/lib/vendors/stardex/fake';
import { connectInNewPage, type ToolId } from '../fakes/connect-vendors';
import { expect, test } from './fixtures';

const PERSON = 'sdui-2026-profile';
/** The outbox's first retry comes after about 5 s (±20 %); then the attempt itself. */
const RETRY_WINDOW_MS = 12_000;
const STARDEX_JOB = STARDEX_DEFAULT_JOBS[0]!;

const FAULTS = ['400', '401', 'billing', '403', '404', '429', '500', '503', 'timeout', 'drop', 'non-json', 'changed-shape'] as const;
type Fault = (typeof FAULTS)[number];

type Expectation =
  | { kind: 'transient'; words: RegExp }
  | { kind: 'permanent'; words: RegExp; recordAfter: 0 | 1; resend?: boolean; waitForNoRetry?: boolean };

const TRANSIENT_WORDS: Partial<Record<Fault, RegExp>> = {
  '429': /slow down|requests a minute/,
  // Leonar's envelope names its code instead of the status: "(internal_error)".
  '500': /problem on its side \((500|internal_error)\)/,
  '503': /problem on its side \(503\)/,
  timeout: /did not answer in time/,
  drop: /Could not reach/,
};

function expectationOf(vendor: ToolId, fault: Fault): Expectation {
  const transient = TRANSIENT_WORDS[fault];
  if (transient) return { kind: 'transient', words: transient };
  switch (fault) {
    case '400':
      return { kind: 'permanent', words: /refused the data|Correct what it names/, recordAfter: 0, waitForNoRetry: true };
    case '401':
      return { kind: 'permanent', words: vendor === 'collective' ? /\(401\): the API key or the environment is wrong/ : /did not accept (the|this) API key/, recordAfter: 0 };
    // Leonar documents billing_required as a 403; Stardex and Collective document nothing: a 402 Payment Required.
    case 'billing':
      return { kind: 'permanent', words: vendor === 'leonar' ? /no active subscription/ : /needs credits or billing/, recordAfter: 0 };
    case '403':
      return {
        kind: 'permanent',
        words: { leonar: /lacks a permission/, stardex: /not allowed to do that/, collective: /\(403\): the API key or the environment is wrong/ }[vendor],
        recordAfter: 0,
      };
    case '404':
      return { kind: 'permanent', words: vendor === 'collective' ? /\(404\): the API key or the environment is wrong/ : /could not find it/, recordAfter: 0 };
    // An HTML page instead of JSON, before any work: nothing saved; the re-send asks first, finds nothing, sends.
    case 'non-json':
      return { kind: 'permanent', words: /answered something unexpected/, recordAfter: 0, resend: true };
    // The vendor did the work and answered in another shape: the user is told, and the re-send must not create twice.
    case 'changed-shape':
      return { kind: 'permanent', words: /answered something unexpected/, recordAfter: 1, resend: true };
    default:
      throw new Error(`no expectation for ${fault}`);
  }
}

interface VendorUnderTest {
  id: ToolId;
  label: string;
  /** data-status of the popup line when the save went through. */
  doneStatus: 'added' | 'created';
  /** Chooses what the popup needs before Save (a project, a job). */
  prepare(popup: Page): Promise<void>;
  /** Records at the vendor for the person (entries in the project, persons, talents). */
  records(server: FakeServer): number;
  /** Save calls that reached the vendor. */
  sends(server: FakeServer): number;
  /** Makes the next save call fail this way. Returns what to undo once the first call has arrived (timeouts). */
  inject(server: FakeServer, fault: Fault): (() => void) | undefined;
}

const leonarOf = (server: FakeServer): LeonarFake => leonarControls(server.vendors.leonar);
const collectiveOf = (server: FakeServer): CollectiveFake => asCollectiveFake(server.vendors.collective);
const ADD = '/sourcing/add-to-project';

const LEONAR: VendorUnderTest = {
  id: 'leonar',
  label: 'Leonar',
  doneStatus: 'added',
  async prepare(popup) {
    const select = popup.getByTestId('target-select-leonar');
    await expect(select.locator(`option[value="${LEONAR_PROJECTS.backend}"]`)).toHaveCount(1);
    await select.selectOption(LEONAR_PROJECTS.backend);
    await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'new');
  },
  records: (server) => leonarOf(server).entriesIn(LEONAR_PROJECTS.backend).length,
  sends: (server) => leonarOf(server).count('POST', ADD),
  inject(server, fault) {
    const fake = leonarOf(server);
    const on = { path: ADD, method: 'POST' };
    switch (fault) {
      case '400':
        return void fake.injectError({ ...on, code: 'validation_error', message: 'profiles.0.linkedin_url: Invalid url' });
      case '401':
        return void fake.injectError({ ...on, code: 'invalid_api_key' });
      case 'billing':
        return void fake.injectError({ ...on, code: 'billing_required' });
      case '403':
        return void fake.injectError({ ...on, code: 'insufficient_scope' });
      case '404':
        return void fake.injectError({ ...on, code: 'not_found', message: 'Project not found' });
      case '429':
        return void fake.injectError({ ...on, code: 'rate_limit_exceeded', resetAt: Math.floor(Date.now() / 1000) + 2 });
      case '500':
        return void fake.injectError({ ...on, code: 'internal_error' });
      case '503':
        return void fake.injectFault({ ...on, kind: 'status', status: 503 });
      case 'drop':
        return void fake.injectFault({ ...on, kind: fault });
      case 'non-json':
      case 'changed-shape':
        return void fake.injectFault({ ...on, kind: fault });
      case 'timeout':
        // Leonar's add-to-project times out after 20 s: it answers later, but does the work.
        fake.delayMs = 20_500;
        return () => {
          fake.delayMs = 0;
        };
    }
  },
};

const STARDEX: VendorUnderTest = {
  id: 'stardex',
  label: 'Stardex',
  doneStatus: 'created',
  async prepare(popup) {
    const select = popup.getByTestId('target-select-stardex');
    await expect(select.locator(`option[value="${STARDEX_JOB.id}"]`)).toHaveCount(1);
    await select.selectOption(STARDEX_JOB.id);
  },
  records: (server) => asStardexFake(server.vendors.stardex).personCount(),
  sends: (server) => asStardexFake(server.vendors.stardex).requests.filter((r) => r.method === 'POST' && r.path === '/v1/persons').length,
  inject(server, fault) {
    const fake = asStardexFake(server.vendors.stardex);
    switch (fault) {
      case '400':
      case '401':
      case '403':
      case '404':
      case '500':
      case '503':
        return void fake.failNext('persons.create', { status: Number(fault) as 400 | 401 | 403 | 404 | 500 | 503 });
      case 'billing':
        return void fake.failNext('persons.create', { status: 402 });
      case '429':
        return void fake.failNext('persons.create', { status: 429, retryAfterSeconds: 2 });
      case 'drop':
        return void fake.failNext('persons.create', { status: 500, kind: fault });
      case 'non-json':
      case 'changed-shape':
        return void fake.failNext('persons.create', { status: 500, kind: fault });
      case 'timeout':
        // Stardex calls time out after 15 s (lib/http's default).
        return void fake.failNext('persons.create', { status: 500, kind: 'slow', delayMs: 15_500 });
    }
  },
};

const COLLECTIVE: VendorUnderTest = {
  id: 'collective',
  label: 'Collective',
  doneStatus: 'created',
  async prepare() {},
  records: (server) => collectiveOf(server).talents('sandbox').length,
  sends: (server) => collectiveOf(server).requests.filter((r) => r.method === 'POST').length,
  inject(server, fault) {
    const fake = collectiveOf(server);
    const statusBody: Partial<Record<Fault, unknown>> = {
      '400': { message: 'fullName: Required' },
      '401': 'Unauthorized',
      '403': 'Forbidden',
      '404': 'Not Found',
      '500': 'Internal Server Error',
      '503': 'Service Unavailable',
    };
    switch (fault) {
      case '400':
      case '401':
      case '403':
      case '404':
      case '500':
      case '503':
        return void fake.fail({ status: Number(fault), body: statusBody[fault], method: 'POST' });
      case 'billing':
        return void fake.fail({ status: 402, body: 'Payment Required', method: 'POST' });
      case '429':
        return void fake.fail({ status: 429, body: 'Too Many Requests', headers: { 'retry-after': '2' }, method: 'POST' });
      case 'drop':
        return void fake.fail({ status: 0, drop: true, method: 'POST' });
      case 'non-json':
        return void fake.fail({ status: 200, body: '<html><body>Maintenance</body></html>', method: 'POST' });
      case 'changed-shape':
        return void fake.fail({ status: 200, body: { talent: { id: 'x' } }, method: 'POST', afterWork: true });
      case 'timeout':
        // A profile without a CV times out after 30 s (importTimeoutMs): Collective answers later, but does the work.
        fake.delayMs = 30_500;
        return () => {
          fake.delayMs = 0;
        };
    }
  },
};

const VENDORS: readonly VendorUnderTest[] = [LEONAR, STARDEX, COLLECTIVE];

function title(vendor: VendorUnderTest, fault: Fault): string {
  const e = expectationOf(vendor.id, fault);
  if (e.kind === 'transient') return `${vendor.id} · ${fault} → retried, one record`;
  return `${vendor.id} · ${fault} → failed, ${e.recordAfter === 0 ? 'nothing saved' : 'saved once'}${e.resend ? ', re-sent from history, one record' : ''}`;
}

for (const vendor of VENDORS) {
  for (const fault of FAULTS) {
    test(title(vendor, fault), async ({ server, sandbox, extensionId, context, openProfile, openPopupFor }) => {
      test.setTimeout(fault === 'timeout' ? 80_000 : 45_000);
      const expected = expectationOf(vendor.id, fault);
      await connectInNewPage(context, extensionId, [vendor.id]);
      const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
      await vendor.prepare(popup);

      const undo = vendor.inject(server, fault);
      await popup.getByTestId('save-button').click();
      if (undo) {
        await expect.poll(() => vendor.sends(server), { timeout: 10_000 }).toBe(1);
        undo();
      }
      const line = popup.getByTestId(`save-result-${vendor.id}`);

      if (expected.kind === 'transient') {
        await expect(line).toHaveAttribute('data-state', 'retrying', { timeout: fault === 'timeout' ? 40_000 : 15_000 });
        await expect(line).toContainText(expected.words);
        await expect(popup.getByTestId(`save-retry-at-${vendor.id}`)).toContainText('retrying automatically');
        await expect(line).toHaveAttribute('data-state', 'done', { timeout: RETRY_WINDOW_MS });
        expect(vendor.records(server)).toBe(1);
        if (fault === 'timeout' && vendor.id === 'collective') {
          // Collective has no search to ask first; its import is an upsert on our talent id: the re-send updates the
          // talent the late first call created, it does not make a second one.
          await expect(line).toHaveAttribute('data-status', 'updated');
          expect(vendor.sends(server)).toBe(2);
        } else if (fault === 'timeout') {
          // After a timeout the vendor had done the work: the re-check finds it (the person is in the job / project,
          // "added") and nothing is sent again.
          await expect(line).toHaveAttribute('data-status', 'added');
          await expect(line).toContainText('not sent again');
          expect(vendor.sends(server)).toBe(1);
        } else {
          await expect(line).toHaveAttribute('data-status', vendor.doneStatus);
          expect(vendor.sends(server)).toBe(2);
        }
        return;
      }

      await expect(line).toHaveAttribute('data-state', 'failed', { timeout: 15_000 });
      await expect(line).toContainText(expected.words);
      await expect(popup.getByTestId(`save-retry-at-${vendor.id}`)).toHaveCount(0);
      expect(vendor.records(server)).toBe(expected.recordAfter);
      expect(vendor.sends(server)).toBe(1);
      if (expected.waitForNoRetry) {
        // Permanent: nothing more is tried by itself.
        await popup.waitForTimeout(6_000);
        expect(vendor.sends(server)).toBe(1);
        await expect(line).toHaveAttribute('data-state', 'failed');
      }
      // 0 lost: the job waits in the history, failed and re-sendable.
      const history = await context.newPage();
      await history.goto(`chrome-extension://${extensionId}/save-history.html`);
      const row = history.getByTestId('history-row');
      await expect(row).toHaveCount(1);
      await expect(row).toHaveAttribute('data-state', 'failed');
      if (!expected.resend) return;

      await row.getByTestId('history-retry').click();
      await expect(row).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      // 0 duplicates: the vendor that already had the person is asked first (Collective's import is an upsert).
      expect(vendor.records(server)).toBe(1);
      if (expected.recordAfter === 1 && vendor.id !== 'collective') {
        await expect(row.getByTestId('history-outcome')).toContainText('found on re-check');
        expect(vendor.sends(server)).toBe(1);
      } else {
        expect(vendor.sends(server)).toBe(2);
      }
      await expect(line).toHaveAttribute('data-state', 'done');
    });
  }
}

for (const vendor of VENDORS) {
  test(`${vendor.id} · offline, then back → waits, then saved once`, async ({ server, sandbox, extensionId, context, openProfile, openPopupFor, sw }) => {
    test.setTimeout(45_000);
    await connectInNewPage(context, extensionId, [vendor.id]);
    const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
    await vendor.prepare(popup);
    await context.setOffline(true);
    // The worker sees it (navigator.onLine), so nothing is tried: the job waits in the outbox.
    expect(await sw.evaluate(() => navigator.onLine)).toBe(false);
    await popup.getByTestId('save-button').click();
    const line = popup.getByTestId(`save-result-${vendor.id}`);
    await expect(line).toHaveAttribute('data-state', 'pending');
    await popup.waitForTimeout(3_000);
    await expect(line).toHaveAttribute('data-state', 'pending');
    expect(vendor.sends(server)).toBe(0);
    await context.setOffline(false);
    await expect(line).toHaveAttribute('data-state', 'done', { timeout: RETRY_WINDOW_MS });
    await expect(line).toHaveAttribute('data-status', vendor.doneStatus);
    expect(vendor.records(server)).toBe(1);
    expect(vendor.sends(server)).toBe(1);
  });
}

test('stardex · service worker stopped mid-save → resumes, re-checks, one record', async ({ server, sandbox, extensionId, context, openProfile, openPopupFor }) => {
  test.setTimeout(45_000);
  const fake = asStardexFake(server.vendors.stardex);
  await connectInNewPage(context, extensionId, [STARDEX.id]);
  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
  await STARDEX.prepare(popup);
  // Stardex holds the create for 3 s, then does it; its answer reaches nobody.
  fake.failNext('persons.create', { status: 500, kind: 'slow', delayMs: 3_000 });
  await popup.getByTestId('save-button').click();
  await expect.poll(() => STARDEX.sends(server)).toBe(1);
  await expect(popup.getByTestId('save-result-stardex')).toHaveAttribute('data-state', 'running');

  // The popup's open message channel would keep the worker busy: close it first.
  await popup.close();
  await stopServiceWorker(context, extensionId);
  await expect.poll(() => STARDEX.records(server), { timeout: 10_000 }).toBe(1);

  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/save-history.html`);
  const row = history.getByTestId('history-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(row.getByTestId('history-outcome')).toContainText('found on re-check');
  expect(STARDEX.sends(server)).toBe(1);
  expect(STARDEX.records(server)).toBe(1);
});
