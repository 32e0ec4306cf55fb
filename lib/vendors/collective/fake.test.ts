// @vitest-environment node
// The extension's Collective client against the fake (lib/vendors/collective/fake.ts) over real HTTP: the fake checks
// what the client sends against the documented schemas, and the client reads what the fake answers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AppError } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import type { SaveRequest, VendorContext, VendorSettings } from '@/lib/vendors/vendor';
import { COLLECTIVE_SANDBOX_KEY, COLLECTIVE_TEST_KEY, createCollectiveFake } from '@/lib/vendors/collective/fake';
import { createCollectiveHttp } from './client';
import { collective } from './index';
import { EMPTY_OPTIONS } from './options';
import { KEY_CHECK_ID } from './talent-id';
import { testProfile } from './test-profile';

const fake = createCollectiveFake();
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'https://api.collective.work');
    void fake.router(req, res, url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => fake.reset());

/** Real fetch, to the local server instead of api.collective.work (same path, method, headers and body). */
const localFetch: typeof fetch = (input, init) => fetch(String(input).replace('https://api.collective.work', origin), init);

function context(settings: VendorSettings): VendorContext {
  const http = createCollectiveHttp({ apiKey: settings.apiKey!, environment: settings.environment!, fetch: localFetch });
  return { http, settings, now: () => new Date('2025-03-04T05:06:07Z') };
}

const SANDBOX: VendorSettings = { apiKey: COLLECTIVE_SANDBOX_KEY, environment: 'sandbox', email: 'me@agency.example' };
const PRODUCTION: VendorSettings = { apiKey: COLLECTIVE_TEST_KEY, environment: 'production', email: 'me@agency.example' };

function request(patch: Partial<SaveRequest> = {}): SaveRequest {
  return { vendor: 'collective', targetId: null, stageId: null, note: null, contacts: { emails: [], phones: [] }, atsUrls: [], options: {}, ...patch };
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a failure');
}

async function post(body: unknown, environment = 'sandbox', key = COLLECTIVE_SANDBOX_KEY) {
  const response = await fetch(`${origin}/${environment}/v1/my-talents/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

describe('key check against the fake', () => {
  it('passes with the environment’s key and deletes nothing', async () => {
    await post({ internalUserId: 'li:someone', linkedInUrl: 'https://www.linkedin.com/in/someone/' });
    await collective.check(context(SANDBOX));
    expect(fake.talents('sandbox')).toHaveLength(1);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'DELETE', body: { internalUserIds: [KEY_CHECK_ID] } });
  });

  it('explains a key of another environment and an unknown environment as key-or-environment problems', async () => {
    const otherEnvKey = await caught(collective.check(context({ ...SANDBOX, apiKey: COLLECTIVE_TEST_KEY })));
    expect(otherEnvKey).toMatchObject({ code: 'vendor-auth', status: 401 });
    expect(describeError(otherEnvKey).action).toMatch(/API key and the environment/);

    const unknownEnv = await caught(collective.check(context({ ...PRODUCTION, environment: 'staging' })));
    expect(unknownEnv).toMatchObject({ code: 'vendor-not-found', status: 404 });
    expect(describeError(unknownEnv).title).toMatch(/\(404\): the API key or the environment is wrong/);
  });
});

describe('saving twice', () => {
  it('creates the talent, then updates the same one: one talent at the fake', async () => {
    const first = await collective.save(context(SANDBOX), testProfile(), request({ note: 'first' }), EMPTY_OPTIONS);
    const second = await collective.save(
      context(SANDBOX),
      testProfile({ memberId: null, numericMemberId: null }),
      request({ note: 'second' }),
      { ...EMPTY_OPTIONS, dailyRate: '65050' },
    );
    expect(first.status).toBe('created');
    expect(second.status).toBe('updated');
    expect(second.recordId).toBe(first.recordId);
    const talents = fake.talents('sandbox');
    expect(talents).toHaveLength(1);
    expect(talents[0]).toMatchObject({ imports: 2, body: { dailyRate: '65050', notes: [{ content: 'second' }] } });
    expect(fake.talents('production')).toHaveLength(0);
  });
});

describe('the fake refuses what Collective documents as invalid', () => {
  const ok = { internalUserId: 'li:x', linkedInUrl: 'https://www.linkedin.com/in/x/' };
  it.each([
    ['no internalUserId', { linkedInUrl: ok.linkedInUrl }, 'internalUserId'],
    ['neither linkedInUrl nor resume', { internalUserId: 'li:x' }, 'linkedInUrl or resume'],
    ['a salary minimum alone', { ...ok, yearlySalaryMin: '100' }, 'together'],
    ['a salary maximum alone', { ...ok, yearlySalaryMax: '100' }, 'together'],
    ['an amount that is not cents', { ...ok, dailyRate: '500.00' }, 'dailyRate'],
    ['an unknown work preference', { ...ok, workPreference: 'ON_SITE' }, 'workPreference'],
    ['an unknown contract type', { ...ok, desiredContractType: ['FREELANCE'] }, 'desiredContractType'],
    ['a misspelt field', { ...ok, firstName: 'Ada' }, 'firstName'],
    ['the deprecated resumeUrl', { ...ok, resumeUrl: 'https://example.org/cv.pdf' }, 'resumeUrl'],
  ])('%s → 400 naming it', async (_what, body, named) => {
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain(named);
    expect(fake.talents('sandbox')).toHaveLength(0);
  });

  it('accepts a resume without a LinkedIn URL', async () => {
    expect((await post({ internalUserId: 'li:x', resume: 'JVBERi0xLjQK' })).status).toBe(200);
  });

  it('answers 413 above 10 MB', async () => {
    const answer = await post({ ...ok, resume: 'A'.repeat(10_000_000) });
    expect(answer.status).toBe(413);
  });
});

describe('errors on demand', () => {
  it('returns the canned answer once, then serves normally', async () => {
    fake.fail({ status: 503, body: 'upstream down', method: 'POST' });
    const down = await caught(collective.save(context(SANDBOX), testProfile(), request(), EMPTY_OPTIONS));
    expect(down).toMatchObject({ code: 'vendor-server', status: 503, vendorMessage: 'upstream down', retryable: true });
    expect(fake.talents('sandbox')).toHaveLength(0);
    expect((await collective.save(context(SANDBOX), testProfile(), request(), EMPTY_OPTIONS)).status).toBe('created');
  });

  it('can drop the connection (network error) and rate-limit with Retry-After', async () => {
    fake.fail({ status: 0, drop: true });
    expect(await caught(collective.save(context(SANDBOX), testProfile(), request(), EMPTY_OPTIONS))).toMatchObject({ code: 'network' });
    fake.fail({ status: 429, headers: { 'retry-after': '120' } });
    const slow = await caught(collective.save(context(SANDBOX), testProfile(), request(), EMPTY_OPTIONS));
    expect(slow).toMatchObject({ code: 'vendor-rate-limited', status: 429 });
    expect(slow.retryAt! - Date.now()).toBeGreaterThan(100_000);
  });
});
