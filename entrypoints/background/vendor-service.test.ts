// The background's target asks through its copy (lib/target-cache.ts), against a stubbed Leonar: what reaches the
// vendor, and when.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeVendorSettings } from '@/lib/secrets';
import { clearLeonarProjectCache } from '@/lib/vendors/leonar';
import { cachedTargets, getTarget, listTargets } from './vendor-service';

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
