// The background's target asks through its copy (lib/target-cache.ts), against a stubbed Leonar: what reaches the
// vendor, and when.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TARGET_NAME_MAX_AGE_MS } from '@/lib/one-click/plan';
import { readVendorSettings, writeVendorSettings } from '@/lib/secrets';
import { clearLeonarProjectCache } from '@/lib/vendors/leonar';
import { cachedTargets, checkVendor, getTarget, listTargets, setVendorSettings } from './vendor-service';

const KEY = 'leo_test_key_0000001a2b';
const PROJECT = { id: 'p1', name: 'Backend Engineers', status: 'active', client_name: 'Examplia', location: 'Lyon' };
const calls: string[] = [];

function answer(url: URL): unknown {
  if (url.pathname === '/api/v1/projects') return { data: [PROJECT], meta: { total: 1, has_more: false } };
  if (url.pathname === '/api/v1/projects/p1') return { data: { ...PROJECT, pipeline: { stages: [{ id: 's1', name: 'Sourced', position: 0 }] } } };
  return null;
}

beforeEach(async () => {
  fakeBrowser.reset();
  clearLeonarProjectCache();
  calls.length = 0;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-06T10:00:00Z'));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL | Request) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      calls.push(url.pathname);
      const body = answer(url);
      return new Response(JSON.stringify(body ?? { error: { code: 'not_found', message: 'Not found' } }), {
        status: body ? 200 : 404,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  await writeVendorSettings('leonar', { apiKey: KEY });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const LIST = [{ id: 'p1', name: 'Backend Engineers', detail: 'Examplia · Lyon' }];

describe('target asks through the background’s copy', () => {
  it('a list asked again within the minute is not asked of the vendor, even once the worker’s memory is gone', async () => {
    expect(await listTargets('leonar', '')).toEqual({ ok: true, value: LIST });
    clearLeonarProjectCache(); // what a restarted service worker has
    expect(await listTargets('leonar', '')).toEqual({ ok: true, value: LIST });
    expect(calls).toEqual(['/api/v1/projects']);
    vi.setSystemTime(new Date('2026-12-06T10:01:01Z'));
    clearLeonarProjectCache();
    await listTargets('leonar', '');
    expect(calls).toEqual(['/api/v1/projects', '/api/v1/projects']);
  });

  it('a target’s details asked again within the minute are not asked of the vendor', async () => {
    const first = await getTarget('leonar', 'p1');
    expect(first.ok && first.value.landingStage).toEqual({ id: 's1', name: 'Sourced' });
    expect(await getTarget('leonar', 'p1')).toEqual(first);
    expect(calls).toEqual(['/api/v1/projects/p1']);
  });

  it('a target asked for its name only (one click) takes a copy up to an hour old, then asks the vendor again', async () => {
    await getTarget('leonar', 'p1');
    vi.setSystemTime(new Date('2026-12-06T10:59:00Z'));
    const named = await getTarget('leonar', 'p1', TARGET_NAME_MAX_AGE_MS);
    expect(named.ok && named.value.name).toBe('Backend Engineers');
    expect(calls).toEqual(['/api/v1/projects/p1']);
    vi.setSystemTime(new Date('2026-12-06T11:01:00Z'));
    await getTarget('leonar', 'p1', TARGET_NAME_MAX_AGE_MS);
    expect(calls).toEqual(['/api/v1/projects/p1', '/api/v1/projects/p1']);
  });

  it('another key reuses nothing', async () => {
    await listTargets('leonar', '');
    await writeVendorSettings('leonar', { apiKey: 'leo_other_key_9999' });
    await listTargets('leonar', '');
    expect(calls).toEqual(['/api/v1/projects', '/api/v1/projects']);
    expect(await cachedTargets('leonar', null)).toEqual({ ok: true, value: { list: LIST, detail: null } });
    await writeVendorSettings('leonar', { apiKey: 'leo_third_key_5555' });
    expect(await cachedTargets('leonar', null)).toEqual({ ok: true, value: { list: null, detail: null } });
  });

  it('cachedTargets asks the vendor nothing: null before any answer, then copies up to an hour old', async () => {
    expect(await cachedTargets('leonar', 'p1')).toEqual({ ok: true, value: { list: null, detail: null } });
    expect(calls).toEqual([]);
    await listTargets('leonar', '');
    await getTarget('leonar', 'p1');
    vi.setSystemTime(new Date('2026-12-06T10:59:00Z'));
    const kept = await cachedTargets('leonar', 'p1');
    expect(kept.ok && kept.value.list).toEqual(LIST);
    expect(kept.ok && kept.value.detail?.name).toBe('Backend Engineers');
    vi.setSystemTime(new Date('2026-12-06T11:01:00Z'));
    expect(await cachedTargets('leonar', 'p1')).toEqual({ ok: true, value: { list: null, detail: null } });
    expect(calls).toEqual(['/api/v1/projects', '/api/v1/projects/p1']);
  });

  it('a tool without a key: cachedTargets says so and asks nothing', async () => {
    const answer = await cachedTargets('stardex', null);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.code).toBe('not-configured');
    expect(calls).toEqual([]);
  });
});

describe('settings saved from the options page', () => {
  /** Leonar as the fake answers it: 401 for any key but the stored one and `leo_new_…`. */
  function leonarKnows(...keys: string[]) {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const auth = input instanceof Request ? input.headers.get('authorization') : new Headers(init?.headers).get('authorization');
        calls.push(url.pathname);
        const ok = keys.some((k) => auth === `Bearer ${k}`);
        return new Response(JSON.stringify(ok ? answer(url) : { error: { code: 'unauthorized', message: 'Invalid API key' } }), {
          status: ok ? 200 : 401,
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
  }

  it('a key Leonar refuses never replaces a stored one that works: nothing is changed, the refusal is said', async () => {
    leonarKnows(KEY);
    await checkVendor('leonar');
    calls.length = 0;
    const result = await setVendorSettings('leonar', { apiKey: 'leo_wrong_key' });
    expect(result).toMatchObject({ ok: false, error: { code: 'vendor-auth', vendor: 'leonar' } });
    expect(await readVendorSettings('leonar')).toEqual({ apiKey: KEY });
    expect(calls).toEqual(['/api/v1/projects']);
  });

  it('a key Leonar accepts replaces it, checked once, and the check is remembered', async () => {
    leonarKnows(KEY, 'leo_new_key_9999');
    await checkVendor('leonar');
    calls.length = 0;
    const result = await setVendorSettings('leonar', { apiKey: 'leo_new_key_9999' });
    expect(result).toMatchObject({ ok: true, value: { configured: true, keyHint: '…9999', lastCheck: { ok: true } } });
    expect(await readVendorSettings('leonar')).toEqual({ apiKey: 'leo_new_key_9999' });
    expect(calls).toEqual(['/api/v1/projects']);
  });

  it('stored settings whose check failed are replaced at once, even by a key Leonar refuses (it is shown failing)', async () => {
    leonarKnows('leo_other_key');
    await checkVendor('leonar');
    const result = await setVendorSettings('leonar', { apiKey: 'leo_wrong_key' });
    expect(result).toMatchObject({ ok: true, value: { keyHint: '…_key', lastCheck: { ok: false, error: { code: 'vendor-auth' } } } });
  });
});
