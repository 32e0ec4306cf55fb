// @vitest-environment node
// The client against the Leonar fake (lib/vendors/leonar/fake.ts), which checks every request with the documented schemas.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AppError } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import type { VendorContext } from '@/lib/vendors/vendor';
import { createLeonarFake, LEONAR_ACCOUNT_ID, LEONAR_PROJECTS, LEONAR_TEST_KEY, type LeonarFakeContact } from '@/lib/vendors/leonar/fake';
import { LEONAR_ERROR_TEXTS } from './error-text';
import { clearLeonarProjectCache, createLeonarHttp, leonar, leonarOptionsSchema, leonarPayload } from './index';
import { SAMPLE_MEMBER_ID, sampleProfile } from './sample-profile';
import { addToProjectRequestSchema, LEONAR_BASE_URL } from './schema';

const fake = createLeonarFake();
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => void fake.router(req, res, new URL(req.url ?? '/', 'https://app.leonar.app')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  fake.reset();
  clearLeonarProjectCache();
});

/** Leonar's real URLs, delivered to the local fake. */
const toFake: typeof fetch = (input, init) => fetch(String(input).replace(/^https:\/\/app\.leonar\.app/, origin), init);

function ctx(key = LEONAR_TEST_KEY, now = new Date('2026-01-15T12:00:00Z')): VendorContext {
  const settings = { apiKey: key };
  return { http: createLeonarHttp(settings, toFake), settings, now: () => now };
}

const options = leonarOptionsSchema.parse({});
const request = (targetId: string | null = LEONAR_PROJECTS.backend) => ({
  vendor: 'leonar' as const,
  targetId,
  stageId: null,
  note: null,
  contacts: { emails: [], phones: [] },
  atsUrls: [],
  options: {},
});

function seedContact(c: Partial<LeonarFakeContact>): void {
  fake.contacts.push({
    id: crypto.randomUUID(),
    first_name: 'Camille',
    last_name: 'Durand',
    linkedin_url: null,
    profile_id: null,
    company: 'Examplia',
    projectIds: [],
    received: null,
    ...c,
  });
}

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a failure');
}

describe('Leonar settings and key check', () => {
  it('refuses keys that do not start with leo_ before any call', () => {
    expect(leonar.validateSettings({ apiKey: 'sk_live_123' })).toMatch(/start with “leo_”/);
    expect(leonar.validateSettings({ apiKey: '' })).toMatch(/Paste/);
    expect(leonar.validateSettings({ apiKey: 'leo_abc' })).toBeNull();
  });

  it('checks the key with one GET /projects?limit=1', async () => {
    await leonar.check(ctx());
    expect(fake.requests.map((r) => `${r.method} ${r.path}?${new URLSearchParams(r.query)}`)).toEqual(['GET /api/v1/projects?limit=1']);
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${LEONAR_TEST_KEY}`);
  });

  it('explains a wrong key, a missing scope, billing and plan in Leonar’s terms', async () => {
    const wrong = await failure(leonar.check(ctx('leo_wrong')));
    expect(wrong).toMatchObject({ code: 'vendor-auth', vendorCode: 'invalid_api_key', status: 401 });
    expect(describeError(wrong).action).toMatch(/Settings → API/);

    fake.scopes.delete('projects:read');
    const scope = await failure(leonar.check(ctx()));
    expect(scope).toMatchObject({ code: 'vendor-forbidden', vendorCode: 'insufficient_scope' });
    expect(describeError(scope).title).toContain('projects:read');
    expect(describeError(scope).action).toContain('“sourcing” scope bundle');

    fake.scopes.add('projects:read');
    fake.workspace = 'billing_required';
    expect(describeError(await failure(leonar.check(ctx()))).title).toMatch(/no active subscription/);
    fake.workspace = 'plan_upgrade_required';
    expect(describeError(await failure(leonar.check(ctx()))).title).toMatch(/plan does not include/);
  });
});

describe('Leonar projects', () => {
  it('lists every active project across pages, searchable, and caches the walk', async () => {
    for (let i = 0; i < 130; i++) {
      fake.projects.push({ id: crypto.randomUUID(), name: `Search ${i}`, status: 'active', client_name: null, location: null, stages: [] });
    }
    const all = await leonar.listTargets!(ctx(), '');
    expect(all).toHaveLength(132);
    expect(all.map((t) => t.name)).not.toContain('Old Search');
    expect(fake.count('GET', '/projects')).toBe(2);
    const found = await leonar.listTargets!(ctx(), 'backend examplia');
    expect(found).toEqual([{ id: LEONAR_PROJECTS.backend, name: 'Backend Engineers', detail: 'Examplia · Lyon' }]);
    expect(fake.count('GET', '/projects')).toBe(2);
    // With no search the walk is made again: the background's copy (lib/target-cache.ts) decides when that is asked.
    await leonar.listTargets!(ctx(), '');
    expect(fake.count('GET', '/projects')).toBe(4);
  });

  it('shows the first pipeline stage as where the person lands', async () => {
    const detail = await leonar.getTarget!(ctx(), LEONAR_PROJECTS.backend);
    expect(detail.landingStage?.name).toBe('Sourced');
    expect(detail.name).toBe('Backend Engineers');
  });

  it('says when the project is gone', async () => {
    const err = await failure(leonar.getTarget!(ctx(), 'c0ffee00-0000-4000-8000-000000000000'));
    expect(err).toMatchObject({ code: 'vendor-not-found', vendorCode: 'not_found' });
    expect(describeError(err).action).toMatch(/Pick the project again/);
  });
});

describe('Leonar duplicate lookup', () => {
  const me = sampleProfile();

  it('is one contacts search scoped to the project with name and company', async () => {
    const status = await leonar.lookup!(ctx(), me, LEONAR_PROJECTS.backend);
    expect(status.state).toBe('new');
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.body).toEqual({
      project_id: LEONAR_PROJECTS.backend,
      full_name: 'Camille Durand',
      companies: ['Examplia'],
      page: 1,
      page_size: 25,
    });
  });

  it('is certain when a result has this LinkedIn URL and is in the project', async () => {
    seedContact({ linkedin_url: 'https://www.linkedin.com/in/Camille-Durand-42', projectIds: [LEONAR_PROJECTS.backend] });
    const status = await leonar.lookup!(ctx(), me, LEONAR_PROJECTS.backend);
    expect(status).toMatchObject({ state: 'in-target', detail: 'Already in this project.' });
  });

  it('says "known elsewhere" when the member id matches outside the project', async () => {
    seedContact({ id: 'd4e5f6a7-8901-43bc-8efa-456789012cde', profile_id: SAMPLE_MEMBER_ID, projectIds: [LEONAR_PROJECTS.design] });
    const status = await leonar.lookup!(ctx(), me, LEONAR_PROJECTS.backend);
    expect(status).toMatchObject({ state: 'exists', recordId: 'd4e5f6a7-8901-43bc-8efa-456789012cde' });
  });

  it('calls a match on name alone a possibility, never a certainty', async () => {
    seedContact({ linkedin_url: 'https://www.linkedin.com/in/another-camille', projectIds: [LEONAR_PROJECTS.backend] });
    const status = await leonar.lookup!(ctx(), me, LEONAR_PROJECTS.backend);
    expect(status.state).toBe('possible-match');
    expect(status.detail).toMatch(/Possible match/);
  });

  it('asks for a project first and makes no call without one', async () => {
    expect((await leonar.lookup!(ctx(), me, null)).state).toBe('unknown');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('Leonar save', () => {
  it('sends exactly one add-to-project with the mapped body and reports the stage and contact', async () => {
    const c = ctx();
    const result = await leonar.save(c, sampleProfile(), request(), options);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v1/sourcing/add-to-project']);
    const sent = fake.requests[0]?.body;
    expect(sent).toEqual(leonarPayload(sampleProfile(), request(), options, c.now()));
    expect(addToProjectRequestSchema.safeParse(sent).success).toBe(true);
    expect(result.status).toBe('added');
    expect(result.message).toMatch(/stage Sourced · contact [0-9a-f-]{36}/);
    expect(fake.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(1);
  });

  it('reports Leonar’s skip reason and never adds the person twice', async () => {
    await leonar.save(ctx(), sampleProfile(), request(), options);
    const again = await leonar.save(ctx(), sampleProfile(), request(), options);
    expect(again).toMatchObject({ status: 'skipped', message: expect.stringContaining('already in this project') });
    expect(fake.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(1);
    expect(fake.contacts).toHaveLength(1);
  });

  it('resolves hidden names through the first active connected account', async () => {
    const hidden = sampleProfile({ fullName: 'LinkedIn Member', firstName: '', lastName: '' });
    await leonar.save(ctx(), hidden, request(), { ...options, resolveNames: true });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/connected-accounts', 'POST /api/v1/sourcing/add-to-project']);
    expect(fake.requests[1]?.body).toMatchObject({ account_id: LEONAR_ACCOUNT_ID, resolve_names: true });
  });

  it('says so when no connected account can resolve names', async () => {
    fake.accounts = [];
    const hidden = sampleProfile({ fullName: 'LinkedIn Member', firstName: '', lastName: '' });
    const err = await failure(leonar.save(ctx(), hidden, request(), { ...options, resolveNames: true }));
    expect(err).toMatchObject({ code: 'invalid-settings' });
    expect(fake.count('POST', '/sourcing/add-to-project')).toBe(0);
  });

  it('turns each documented error into a sentence and an action', async () => {
    const cases = [
      ['validation_error', /Leonar refused the data\. Leonar said: “profiles\.0: bad”/],
      ['invalid_api_key', /did not accept the API key/],
      ['insufficient_scope', /sourcing:write/],
      ['billing_required', /no active subscription/],
      ['plan_upgrade_required', /plan does not include/],
      ['not_found', /could not find it/],
      ['rate_limit_exceeded', /slow down/],
      ['internal_error', /problem on its side/],
    ] as const;
    for (const [code, title] of cases) {
      fake.injectError({ code, path: '/sourcing/add-to-project', ...(code === 'validation_error' ? { message: 'profiles.0: bad' } : {}) });
      const err = await failure(leonar.save(ctx(), sampleProfile(), request(), options));
      expect(err.vendorCode).toBe(code);
      const text = describeError({ ...err, vendor: 'leonar' });
      expect(text.title).toMatch(title);
      expect(text.action.length).toBeGreaterThan(10);
    }
    expect(fake.contacts).toHaveLength(0);
  });

  it('waits until X-RateLimit-Reset on 429', async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 40;
    fake.injectError({ code: 'rate_limit_exceeded', resetAt });
    const err = await failure(leonar.save(ctx(), sampleProfile(), request(), options));
    expect(err.retryAt).toBe(resetAt * 1000);
    expect(describeError({ ...err, vendor: 'leonar' }).action).toMatch(/try again in \d+ s/);
  });

  it('refuses to save without a project', async () => {
    await expect(leonar.save(ctx(), sampleProfile(), request(null), options)).rejects.toMatchObject({ code: 'invalid-settings' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('Leonar reveal', () => {
  beforeEach(() => {
    fake.network.push(
      {
        profile_id: 'camille-durand-42',
        first_name: 'Camille',
        last_name: 'Durand',
        linkedin_url: 'https://www.linkedin.com/in/camille-durand-42',
        company: 'Examplia',
        title: 'Staff Engineer',
        work_email: 'camille@examplia.test',
        personal_email: 'camille.d@mail.test',
        phone: '+33 6 00 00 00 01',
      },
      {
        profile_id: 'camille-durand-99',
        first_name: 'Camille',
        last_name: 'Durand',
        linkedin_url: 'https://www.linkedin.com/in/camille-durand-99',
        company: 'Examplia',
        title: 'Designer',
        work_email: 'other@examplia.test',
        personal_email: null,
        phone: null,
      },
    );
  });

  it('asks by name and current company, keeps only this person’s result and reports the credits', async () => {
    const result = await leonar.revealContacts!(ctx(), sampleProfile(), { dataTypes: ['work_email', 'phone'] });
    expect(fake.requests[0]?.body).toEqual({
      name: 'Camille Durand',
      company: ['Examplia'],
      company_filter: 'current',
      data_types: ['work_email', 'phone'],
      reveal_info: true,
      page: 1,
    });
    expect(result.contacts).toEqual({ emails: ['camille@examplia.test'], phones: ['+33 6 00 00 00 01'] });
    expect(result).toMatchObject({ creditsConsumed: 2, creditsRemaining: 98 });
  });

  it('shows nothing when no result is certainly this person', async () => {
    fake.network.splice(0, 1);
    const result = await leonar.revealContacts!(ctx(), sampleProfile(), { dataTypes: ['work_email'] });
    expect(result.contacts).toBeNull();
    expect(result.message).toMatch(/nothing is shown/);
  });

  it('explains 402 insufficient_credits', async () => {
    fake.credits = 1;
    const err = await failure(leonar.revealContacts!(ctx(), sampleProfile(), { dataTypes: ['work_email'] }));
    expect(err).toMatchObject({ code: 'vendor-payment', vendorCode: 'insufficient_credits' });
    expect(describeError({ ...err, vendor: 'leonar' }).action).toMatch(/1 credit per profile/);
  });

  it('refuses to search without a current company (every result costs a credit)', async () => {
    await expect(leonar.revealContacts!(ctx(), sampleProfile({ currentJob: null }), { dataTypes: ['work_email'] })).rejects.toMatchObject({ code: 'invalid-settings' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('Leonar fake', () => {
  const post = (path: string, body: unknown, key = LEONAR_TEST_KEY) =>
    fetch(`${origin}/api/v1${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('rejects what Leonar would reject, in Leonar’s error envelope', async () => {
    const good = leonar.buildPayload(sampleProfile(), request(), options, {}) as { profiles: unknown[] };
    const noProject = await post('/sourcing/add-to-project', { profiles: good.profiles });
    expect(noProject.status).toBe(400);
    expect(((await noProject.json()) as { error: { code: string } }).error.code).toBe('validation_error');
    expect((await post('/sourcing/add-to-project', { ...good, profiles: [] })).status).toBe(400);
    expect((await post('/sourcing/contacts/search', { project_id: LEONAR_PROJECTS.backend, stage_categories: ['nope'] })).status).toBe(400);
    expect((await post('/sourcing/contacts/search', { project_id: LEONAR_PROJECTS.backend, page_size: 26 })).status).toBe(400);
    expect((await post('/sourcing/advanced/profiles/search', { data_types: ['fax'] })).status).toBe(400);
    const wrongKey = await post('/sourcing/add-to-project', good, 'leo_nope');
    expect(wrongKey.status).toBe(401);
    expect(((await wrongKey.json()) as { error: { code: string } }).error.code).toBe('invalid_api_key');
    expect(fake.contacts).toHaveLength(0);
  });

  it('sends the rate-limit headers except on the advanced search', async () => {
    const list = await fetch(`${origin}/api/v1/projects?limit=1`, { headers: { authorization: `Bearer ${LEONAR_TEST_KEY}` } });
    expect(list.headers.get('x-ratelimit-limit')).toBe('2000');
    const adv = await post('/sourcing/advanced/profiles/search', { name: 'Nobody', reveal_info: false });
    expect(adv.status).toBe(200);
    expect(adv.headers.get('x-ratelimit-limit')).toBeNull();
  });
});

describe('Leonar error texts', () => {
  it('has a sentence for every documented code', () => {
    expect(Object.keys(LEONAR_ERROR_TEXTS).sort()).toEqual(
      ['billing_required', 'insufficient_credits', 'insufficient_scope', 'internal_error', 'invalid_api_key', 'not_found', 'plan_upgrade_required', 'rate_limit_exceeded', 'validation_error'],
    );
    expect(LEONAR_BASE_URL).toBe('https://app.leonar.app/api/v1');
  });
});
