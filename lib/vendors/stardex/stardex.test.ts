// @vitest-environment node
// The Stardex vendor against the Stardex fake (lib/vendors/stardex/fake.ts) over real HTTP on 127.0.0.1: the fake checks
// every body against the documented schemas, so these tests prove what Stardex would receive.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AppError } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import type { SaveRequest, VendorContext } from '@/lib/vendors/vendor';
import { createStardexFake, STARDEX_DEFAULT_JOBS, STARDEX_TEST_KEY, type StardexFake } from '@/lib/vendors/stardex/fake';
import { createStardexHttp } from './client';
import { stardex } from './index';
import { stardexLinkedInUrl } from './mapping';
import { makeProfile } from './test-profiles';

const fake: StardexFake = createStardexFake();
let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'https://api.stardex.ai');
    void fake.router(req, res, url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => fake.reset());
afterEach(() => expect(fake.contractViolations).toEqual([]));

function ctx(key = STARDEX_TEST_KEY, minIntervalMs = 0): VendorContext {
  const settings = { apiKey: key };
  return { http: createStardexHttp(settings, { baseUrl, minIntervalMs }), settings, now: () => new Date() };
}

async function caught(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a rejection');
}

const [BACKEND, DESIGNER, CLOSED] = STARDEX_DEFAULT_JOBS.map((j) => j);
const backend = BACKEND!;
const [SOURCED, SCREENING, TECH] = backend.stages;

function request(overrides: Partial<SaveRequest> = {}): SaveRequest {
  return {
    vendor: 'stardex',
    targetId: backend.id,
    stageId: null,
    note: null,
    contacts: { emails: [], phones: [] },
    atsUrls: [],
    options: {},
    ...overrides,
  };
}

const profile = makeProfile();
const URL_SENT = stardexLinkedInUrl(profile.profileUrl);
const paths = () => fake.requests.map((r) => `${r.method} ${r.path}`);

describe('check', () => {
  it('makes the documented cheap read (jobs/search, limit 1) and passes with a good key', async () => {
    await stardex.check(ctx());
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/jobs/search', body: { limit: 1 } });
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${STARDEX_TEST_KEY}`);
  });

  it('shows Stardex’s own code and message for a bad key', async () => {
    const error = await caught(stardex.check(ctx('ats-wrong-key')));
    expect(error).toMatchObject({ code: 'vendor-auth', status: 401, vendorCode: 'INVALID_API_KEY' });
    const text = describeError(error);
    expect(text.title).toContain('INVALID_API_KEY');
    expect(text.title).toContain('Invalid API key');
    expect(text.action).toContain('Settings › Integrations › API access');
  });

  it('shows an undocumented code with its message too', async () => {
    fake.failNext('jobs.search', { status: 403, code: 'API_ACCESS_DISABLED', message: 'API access is not enabled for this workspace' });
    const error = await caught(stardex.check(ctx()));
    expect(error.code).toBe('vendor-forbidden');
    expect(describeError(error).title).toContain('API access is not enabled for this workspace (API_ACCESS_DISABLED)');
  });
});

describe('jobs', () => {
  it('lists open jobs only, with client and location, and filters by keyword', async () => {
    const all = await stardex.listTargets!(ctx(), '');
    expect(all.map((t) => t.name)).toEqual([backend.name, DESIGNER!.name]);
    expect(all.some((t) => t.id === CLOSED!.id)).toBe(false);
    expect(all[0]?.detail).toBe('Nimbus Looms · Lyon · Active');
    expect(fake.requests[0]?.body).toEqual({ is_archived: false, offset: 0, limit: 100 });

    const found = await stardex.listTargets!(ctx(), '  designer ');
    expect(found.map((t) => t.id)).toEqual([DESIGNER!.id]);
    expect(fake.requests[1]?.body).toMatchObject({ keywords: ['designer'] });
  });

  it('follows pages up to three requests, then stops', async () => {
    for (let i = 0; i < 350; i++) fake.seedJob({ name: `Role ${i}` });
    const jobs = await stardex.listTargets!(ctx(), 'role');
    expect(jobs).toHaveLength(300);
    expect(fake.requests.map((r) => (r.body as { offset: number }).offset)).toEqual([0, 100, 200]);
  });

  it('gives the job’s stages in pipeline order, claiming no undocumented landing stage', async () => {
    fake.seedJob({
      id: 'job-x',
      name: 'Shuffled',
      stages: [
        { id: 's2', name: 'Second', position: 2 },
        { id: 's1', name: 'First', position: 1 },
      ],
    });
    const detail = await stardex.getTarget!(ctx(), 'job-x');
    expect(detail.stages).toEqual([
      { id: 's1', name: 'First' },
      { id: 's2', name: 'Second' },
    ]);
    expect(detail.landingStage).toBeNull();
  });
});

describe('lookup', () => {
  it('says new when Stardex has nobody with this LinkedIn URL, asking with the canonical URL', async () => {
    const status = await stardex.lookup!(ctx(), profile, backend.id);
    expect(status.state).toBe('new');
    expect(fake.requests[0]).toMatchObject({ path: '/v1/persons/search', body: { linkedin_url: URL_SENT } });
  });

  it('shows an existing person and the jobs they are a candidate in', async () => {
    const person = fake.seedPerson({ name: 'Ada Quillfeather', linkedin_url: URL_SENT }, [{ jobId: DESIGNER!.id }]);
    const status = await stardex.lookup!(ctx(), profile, backend.id);
    expect(status).toMatchObject({ state: 'exists', recordId: person.id, recordUrl: null });
    expect(status.detail).toContain('candidate in Product Designer (New)');
    expect(status.detail).toContain('adds this person to the chosen job');

    const inJob = await stardex.lookup!(ctx(), profile, DESIGNER!.id);
    expect(inJob.state).toBe('in-target');
  });

  it('does not take a person with another vanity for this one', async () => {
    fake.seedPerson({ name: 'Someone Else', linkedin_url: URL_SENT, linkedin_public_id: 'someone-else' });
    expect((await stardex.lookup!(ctx(), profile, null)).state).toBe('new');
  });

  it('takes a result without a slug only when it is the search’s one answer, read in full by id', async () => {
    const person = fake.seedPerson({ name: 'Ada Quillfeather', linkedin_url: URL_SENT, linkedin_public_id: null });
    expect(await stardex.lookup!(ctx(), profile, null)).toMatchObject({ state: 'exists', recordId: person.id });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/persons/search', `GET /v1/persons/${person.id}`]);
  });

  it('takes none of several results without a slug (a search that ignored its filter must not pick someone to update)', async () => {
    fake.seedPerson({ name: 'Ada Quillfeather', linkedin_url: URL_SENT, linkedin_public_id: null });
    fake.seedPerson({ name: 'Someone Else', linkedin_url: URL_SENT, linkedin_public_id: null });
    expect((await stardex.lookup!(ctx(), profile, null)).state).toBe('new');
  });
});

describe('save', () => {
  it('creates a new person as a candidate on the job, then moves them to the chosen stage', async () => {
    const options = { enrichRecord: false };
    const req = request({ stageId: TECH!.id, note: 'Strong on distributed systems', contacts: { emails: ['ada@nimbus.example'], phones: [] } });
    const result = await stardex.save(ctx(), profile, req, options);

    expect(paths()).toEqual(['GET /v1/jobs/' + backend.id, 'POST /v1/persons/search', 'POST /v1/persons', 'POST /v1/candidates/update-stage']);
    const create = fake.requests[2]!;
    expect(create.body).toEqual(stardex.buildPayload(profile, req, options, {}));
    expect(create.body).toMatchObject({ linkedin_url: URL_SENT, job_id: backend.id, notes: 'Strong on distributed systems', enrich_record: false });
    expect(fake.requests[1]?.body).toMatchObject({ linkedin_url: URL_SENT });

    expect(fake.personCount()).toBe(1);
    const person = fake.persons[0]!;
    const [candidate] = fake.candidatesOf(person.id);
    expect(candidate).toMatchObject({ job_id: backend.id, stage_id: TECH!.id });
    expect(fake.requests[3]?.body).toEqual({ job_id: backend.id, candidate_id: candidate!.id, stage_id: TECH!.id });

    expect(result).toMatchObject({ vendor: 'stardex', status: 'created', recordId: person.id, recordUrl: null });
    expect(result.message).toContain(`person ${person.id}`);
    expect(result.message).toContain(`candidate ${candidate!.id} on Backend Engineer`);
    expect(result.message).toContain('stage Technical Interview');
  });

  it('creates a person without a job when none is chosen, and sends enrich_record when asked', async () => {
    const result = await stardex.save(ctx(), profile, request({ targetId: null }), { enrichRecord: true });
    expect(paths()).toEqual(['POST /v1/persons/search', 'POST /v1/persons']);
    expect(fake.requests[1]?.body).toMatchObject({ enrich_record: true });
    expect(fake.requests[1]?.body).not.toHaveProperty('job_id');
    expect(fake.persons[0]?.enrich_requested).toBe(true);
    expect(result.status).toBe('created');
  });

  it('adds an existing person to the job instead of creating a second one, keeping their emails', async () => {
    const existing = fake.seedPerson(
      { name: 'Ada Quillfeather', linkedin_url: URL_SENT, emails: [{ contact_data_type: 'work', value: 'ada@old.example' }] },
      [{ jobId: DESIGNER!.id }],
    );
    const result = await stardex.save(
      ctx(),
      profile,
      request({ stageId: SCREENING!.id, note: 'a note', contacts: { emails: ['ada.q@gmail.com'], phones: [] } }),
      { enrichRecord: false },
    );

    expect(fake.personCount()).toBe(1);
    expect(paths()).not.toContain('POST /v1/persons');
    const patch = fake.requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe(`/v1/persons/${existing.id}`);
    expect(patch?.body).toEqual({
      job_id: backend.id,
      emails: [
        { contact_data_type: 'work', value: 'ada@old.example' },
        { contact_data_type: 'personal', value: 'ada.q@gmail.com' },
      ],
    });
    expect(fake.persons[0]?.emails.map((e) => e.value)).toEqual(['ada@old.example', 'ada.q@gmail.com']);
    const onBackend = fake.candidatesOf(existing.id).find((c) => c.job_id === backend.id);
    expect(onBackend?.stage_id).toBe(SCREENING!.id);

    expect(result.status).toBe('added');
    expect(result.recordId).toBe(existing.id);
    expect(result.message).toContain('no second person created');
    expect(result.message).toContain('stage Screening');
    expect(result.message).toContain('note NOT saved');
  });

  it('changes nothing for a person already on the job in that stage', async () => {
    fake.seedPerson({ name: 'Ada Quillfeather', linkedin_url: URL_SENT }, [{ jobId: backend.id, stageId: SOURCED!.id }]);
    const result = await stardex.save(ctx(), profile, request({ stageId: SOURCED!.id }), { enrichRecord: false });
    expect(paths()).toEqual(['GET /v1/jobs/' + backend.id, 'POST /v1/persons/search']);
    expect(result.status).toBe('skipped');
  });

  it('says a candidacy in an archived job is archived, rather than only "already candidate"', async () => {
    fake.seedPerson({ name: 'Ada Quillfeather', linkedin_url: URL_SENT }, [{ jobId: CLOSED!.id }]);
    const result = await stardex.save(ctx(), profile, request({ targetId: CLOSED!.id }), { enrichRecord: false });
    expect(result.status).toBe('skipped');
    expect(result.message).toContain(`on ${CLOSED!.name} [archived]`);
  });

  it('refuses a stage that is not in the job before writing anything', async () => {
    const error = await caught(stardex.save(ctx(), profile, request({ stageId: 'gone' }), { enrichRecord: false }));
    expect(error.code).toBe('vendor-not-found');
    expect(fake.personCount()).toBe(0);
  });

  it('fails on a deleted job before creating anyone', async () => {
    const error = await caught(stardex.save(ctx(), profile, request({ targetId: 'deleted-job' }), { enrichRecord: false }));
    expect(error).toMatchObject({ code: 'vendor-not-found', vendorCode: 'NOT_FOUND' });
    expect(fake.personCount()).toBe(0);
  });

  it('reports a person saved even when the stage could not be set', async () => {
    fake.failNext('candidates.update-stage', { status: 500 });
    const result = await stardex.save(ctx(), profile, request({ stageId: TECH!.id }), { enrichRecord: false });
    expect(result.status).toBe('created');
    expect(result.message).toContain('stage Technical Interview NOT set');
    expect(fake.personCount()).toBe(1);
  });

  it.each([
    [400, 'vendor-rejected'],
    [401, 'vendor-auth'],
    [403, 'vendor-forbidden'],
    [404, 'vendor-not-found'],
    [500, 'vendor-server'],
  ] as const)('turns a %i on create into %s with a sentence and an action', async (status, code) => {
    fake.failNext('persons.create', { status, message: `Injected ${status} message` });
    const error = await caught(stardex.save(ctx(), profile, request(), { enrichRecord: false }));
    expect(error).toMatchObject({ code, status });
    const text = describeError({ ...error, vendor: 'stardex' });
    expect(text.title.length).toBeGreaterThan(10);
    expect(text.action.length).toBeGreaterThan(10);
    expect(fake.personCount()).toBe(0);
  });
});

describe('rate limits', () => {
  it('after a 429 waits for Retry-After instead of sending more requests', async () => {
    const c = ctx();
    fake.failNext('persons.search', { status: 429, retryAfterSeconds: 42 });
    const before = Date.now();
    const error = await caught(stardex.save(c, profile, request({ targetId: null }), { enrichRecord: false }));
    expect(error).toMatchObject({ code: 'vendor-rate-limited', vendorCode: 'RATE_LIMIT_EXCEEDED' });
    expect(error.retryAt).toBeGreaterThanOrEqual(before + 41_000);
    expect(describeError({ ...error, vendor: 'stardex' }).action).toMatch(/Nothing is lost: save again in 4\d s/);

    const again = await caught(stardex.save(c, profile, request({ targetId: null }), { enrichRecord: false }));
    expect(again.code).toBe('vendor-rate-limited');
    expect(fake.requests).toHaveLength(1);
  });

  it('spaces requests at least one second apart (60 a minute)', async () => {
    // Measured where the client sends, not where the fake reads: a loaded machine delays arrivals unevenly.
    const sentAt: number[] = [];
    const timedFetch: typeof fetch = (input, init) => {
      sentAt.push(performance.now());
      return globalThis.fetch(input, init);
    };
    const settings = { apiKey: STARDEX_TEST_KEY };
    const c: VendorContext = { http: createStardexHttp(settings, { baseUrl, minIntervalMs: 1000, fetch: timedFetch }), settings, now: () => new Date() };
    await stardex.check(c);
    await stardex.check(c);
    await stardex.check(c);
    expect(fake.requests).toHaveLength(3);
    expect(sentAt).toHaveLength(3);
    // Timers may fire a millisecond early against the wall clock the pacing reads.
    for (let i = 1; i < sentAt.length; i++) expect(sentAt[i]! - sentAt[i - 1]!).toBeGreaterThanOrEqual(990);
  });
});

describe('search answers without candidates (the response shape is inferred)', () => {
  it('asks the documented get-by-id for the full person', async () => {
    const existing = fake.seedPerson({ name: 'Ada Quillfeather', linkedin_url: URL_SENT }, [{ jobId: backend.id }]);
    const calls: string[] = [];
    const http: VendorContext['http'] = {
      async request(req) {
        calls.push(`${req.method} ${req.path}`);
        const answer =
          req.path === '/v1/persons/search'
            ? { success: true, data: [{ id: existing.id, linkedin_public_id: 'ada-quillfeather-42' }], meta: { total: 1, offset: 0, limit: 10 } }
            : await ctx().http.request({ ...req, schema: z.unknown() });
        return req.schema.parse(answer);
      },
    };
    const status = await stardex.lookup!({ http, settings: {}, now: () => new Date() }, profile, backend.id);
    expect(calls).toEqual(['POST /v1/persons/search', `GET /v1/persons/${existing.id}`]);
    expect(status.state).toBe('in-target');
  });
});
