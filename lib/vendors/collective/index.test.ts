import { describe, expect, it, vi } from 'vitest';
import { type AppError } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import type { SaveRequest, VendorContext, VendorSettings } from '@/lib/vendors/vendor';
import { createCollectiveHttp } from './client';
import { buildPayload, collective } from './index';
import { EMPTY_OPTIONS } from './options';
import { MAX_PAYLOAD_BYTES } from './schema';
import { KEY_CHECK_ID, TALENT_ID_PREFIX } from './talent-id';
import { testProfile } from './test-profile';

const SETTINGS: VendorSettings = { apiKey: 'col_secret', environment: 'sandbox', email: 'me@agency.example' };

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

function fakeFetch(answer: (sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const s: Sent = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: init?.headers as Record<string, string>,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : null,
    };
    sent.push(s);
    return answer(s);
  });
  return { fetch, sent };
}

/** The real client, with fetch swapped (the Vendor's createHttp uses the browser's). */
function context(fetch: typeof globalThis.fetch, settings: VendorSettings = SETTINGS): VendorContext {
  const http = createCollectiveHttp({ apiKey: settings.apiKey!, environment: settings.environment!, fetch });
  return { http, settings, now: () => new Date('2025-01-02T03:04:05Z') };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

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

describe('validateSettings', () => {
  it('accepts production, sandbox and another well-formed environment', () => {
    for (const environment of ['production', 'sandbox', 'staging-2']) {
      expect(collective.validateSettings({ ...SETTINGS, environment })).toBeNull();
    }
  });

  it.each(['Production', 'prod/v2', '../admin', 'sand box', '-sandbox', 'a'.repeat(64)])('refuses the environment %j before any call', (environment) => {
    expect(collective.validateSettings({ ...SETTINGS, environment })).toMatch(/lowercase letters, digits and dashes/);
  });

  it('asks for a key, a key without spaces, and an email', () => {
    expect(collective.validateSettings({ ...SETTINGS, apiKey: '' })).toMatch(/API key/);
    expect(collective.validateSettings({ ...SETTINGS, apiKey: 'abc def' })).toMatch(/spaces/);
    expect(collective.validateSettings({ ...SETTINGS, email: 'nope' })).toMatch(/email/);
  });

  it('keeps the key secret and the environment and email public', () => {
    expect(collective.settingFields.filter((f) => f.secret).map((f) => f.name)).toEqual(['apiKey']);
    const environment = collective.settingFields.find((f) => f.name === 'environment');
    expect(environment?.choices?.map((c) => c.value)).toEqual(['production', 'sandbox']);
    expect(environment?.allowOther).toBe(true);
  });
});

describe('check', () => {
  it('asks to delete one made-up id, at the environment’s address, with the key, and passes on notFound', async () => {
    const { fetch, sent } = fakeFetch(() => json(200, { deleted: [], notFound: [KEY_CHECK_ID] }));
    await collective.check(context(fetch));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      url: 'https://api.collective.work/sandbox/v1/my-talents/import',
      method: 'DELETE',
      body: { internalUserIds: [KEY_CHECK_ID] },
    });
    expect(sent[0]!.headers.authorization).toBe('Bearer col_secret');
  });

  it('uses an id no save can ever produce', () => {
    expect(KEY_CHECK_ID.startsWith(TALENT_ID_PREFIX)).toBe(false);
    expect(KEY_CHECK_ID).not.toContain(':');
  });

  it.each([401, 403, 404])('explains a %i as a wrong key or environment, with the text that came back', async (status) => {
    const { fetch } = fakeFetch(() => new Response('Unauthorized', { status }));
    const error = await caught(collective.check(context(fetch)));
    expect(error).toMatchObject({ status, vendor: 'collective', vendorMessage: 'Unauthorized' });
    const text = describeError(error);
    expect(text.title).toContain(`(${status})`);
    expect(text.title).toContain('“Unauthorized”');
    expect(text.action).toMatch(/API key and the environment/);
  });
});

describe('save', () => {
  it('posts the exact buildPayload body, timestamped by the context clock, and reports created', async () => {
    const { fetch, sent } = fakeFetch(() => json(200, { userId: 'cm_1', status: 'created' }));
    const req = request({ note: 'Strong profile' });
    const result = await collective.save(context(fetch), testProfile(), req, EMPTY_OPTIONS);
    expect(sent[0]!.url).toBe('https://api.collective.work/sandbox/v1/my-talents/import');
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.body).toEqual(buildPayload(testProfile(), req, EMPTY_OPTIONS, SETTINGS, new Date('2025-01-02T03:04:05Z')));
    expect(sent[0]!.body).toMatchObject({ notes: [{ timestamp: '2025-01-02T03:04:05.000Z', email: 'me@agency.example' }] });
    expect(result).toEqual({
      vendor: 'collective',
      status: 'created',
      recordId: 'cm_1',
      recordUrl: null,
      message: 'Created in My Talents (sandbox).',
    });
  });

  it('says updated, not created, when Collective already had this person', async () => {
    const { fetch } = fakeFetch(() => json(200, { userId: 'cm_1', status: 'updated' }));
    const result = await collective.save(context(fetch), testProfile(), request(), EMPTY_OPTIONS);
    expect(result.status).toBe('updated');
    expect(result.message).toMatch(/already imported, no duplicate/);
  });

  it('refuses an oversized import before sending anything, saying its size', async () => {
    const { fetch } = fakeFetch(() => json(200, { userId: 'cm_1', status: 'created' }));
    const bytes = 7_600_000;
    const base64 = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes - 9, 0x20)]).toString('base64');
    const error = await caught(
      collective.save(context(fetch), testProfile(), request(), { ...EMPTY_OPTIONS, resume: { base64, filename: 'big.pdf', bytes } }),
    );
    expect(fetch).not.toHaveBeenCalled();
    expect(error.code).toBe('payload-too-large');
    expect(error.message).toMatch(/would be 10\.13 MB; Collective accepts at most 10\.00 MB/);
    expect(base64.length).toBeGreaterThan(MAX_PAYLOAD_BYTES);
  });

  it('keeps Collective’s words and the status on a refusal, and says nothing is lost on 5xx and 429', async () => {
    const rejected = await caught(
      collective.save(context(fakeFetch(() => json(400, { message: 'linkedInUrl must be a URL' })).fetch), testProfile(), request(), EMPTY_OPTIONS),
    );
    expect(rejected).toMatchObject({ code: 'vendor-rejected', status: 400, vendorMessage: 'linkedInUrl must be a URL' });
    expect(describeError(rejected).title).toBe('Collective refused the data (400). Collective said: “linkedInUrl must be a URL”.');

    const down = await caught(
      collective.save(context(fakeFetch(() => new Response('<html><h1>Bad gateway</h1></html>', { status: 502 })).fetch), testProfile(), request(), EMPTY_OPTIONS),
    );
    expect(down).toMatchObject({ code: 'vendor-server', retryable: true });
    expect(describeError(down)).toEqual({
      title: 'Collective had a problem on its side (502). Collective said: “Bad gateway”.',
      action: 'Nothing is lost: try again in a few minutes.',
    });

    const slow = await caught(
      collective.save(context(fakeFetch(() => new Response('', { status: 429, headers: { 'retry-after': '30' } })).fetch), testProfile(), request(), EMPTY_OPTIONS),
    );
    expect(slow).toMatchObject({ code: 'vendor-rate-limited', retryable: true });
    expect(describeError(slow).action).toMatch(/^Nothing is lost: try again in (29|30) s\.$/);
  });

  it('says the network failed, retryably, when no answer came', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await caught(collective.save(context(fetch), testProfile(), request(), EMPTY_OPTIONS));
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(describeError(error).action).toMatch(/nothing is lost/);
  });

  it('treats a 200 that is not the documented answer as unexpected, never as saved', async () => {
    const { fetch } = fakeFetch(() => json(200, { ok: true }));
    const error = await caught(collective.save(context(fetch), testProfile(), request(), EMPTY_OPTIONS));
    expect(error.code).toBe('bad-response');
  });
});
