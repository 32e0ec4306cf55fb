import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TargetDetail } from '@/lib/vendors/vendor';
import { accountOf, createTargetCache, MAX_DETAILS, TARGETS_FRESH_MS, TARGETS_SHOWN_MAX_MS, targetCacheItem, type TargetCacheData, type TargetCacheStore } from './target-cache';

const LIST = [{ id: 'p1', name: 'Backend Engineers', detail: 'Paris' }];
const detail = (id: string): TargetDetail => ({ id, name: `Job ${id}`, stages: [{ id: 's1', name: 'Sourced' }], landingStage: null });

beforeEach(() => fakeBrowser.reset());

function clock(start = 1_000_000) {
  let at = start;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

describe('target cache', () => {
  it('answers within the age asked for, then no longer', async () => {
    const time = clock();
    const cache = createTargetCache(targetCacheItem, time.now);
    await cache.putList('leonar', 'acct', LIST);
    expect(await cache.list('leonar', 'acct', TARGETS_FRESH_MS)).toEqual(LIST);
    time.advance(TARGETS_FRESH_MS + 1);
    // No longer fresh enough to spare the vendor an ask, still good enough to show while asking.
    expect(await cache.list('leonar', 'acct', TARGETS_FRESH_MS)).toBeNull();
    expect(await cache.list('leonar', 'acct', TARGETS_SHOWN_MAX_MS)).toEqual(LIST);
    time.advance(TARGETS_SHOWN_MAX_MS);
    expect(await cache.list('leonar', 'acct', TARGETS_SHOWN_MAX_MS)).toBeNull();
  });

  it('never answers for another account or another vendor', async () => {
    const cache = createTargetCache();
    await cache.putList('leonar', 'acct-a', LIST);
    await cache.putDetail('stardex', 'acct-a', 'j1', detail('j1'));
    expect(await cache.list('leonar', 'acct-b', TARGETS_SHOWN_MAX_MS)).toBeNull();
    expect(await cache.list('stardex', 'acct-a', TARGETS_SHOWN_MAX_MS)).toBeNull();
    expect(await cache.detail('stardex', 'acct-b', 'j1', TARGETS_SHOWN_MAX_MS)).toBeNull();
    expect(await cache.detail('leonar', 'acct-a', 'j1', TARGETS_SHOWN_MAX_MS)).toBeNull();
    expect(await cache.detail('stardex', 'acct-a', 'j1', TARGETS_SHOWN_MAX_MS)).toEqual(detail('j1'));
  });

  it('ignores a copy dated in the future (the clock went back)', async () => {
    const time = clock();
    const cache = createTargetCache(targetCacheItem, time.now);
    await cache.putList('leonar', 'acct', LIST);
    time.advance(-10 * 60_000);
    expect(await cache.list('leonar', 'acct', TARGETS_SHOWN_MAX_MS)).toBeNull();
  });

  it('lands every one of several answers written at once', async () => {
    const cache = createTargetCache();
    await Promise.all([
      cache.putList('leonar', 'a', LIST),
      cache.putList('stardex', 'a', LIST),
      cache.putDetail('leonar', 'a', 'p1', detail('p1')),
      cache.putDetail('stardex', 'a', 'j1', detail('j1')),
    ]);
    expect(await cache.list('leonar', 'a', TARGETS_FRESH_MS)).toEqual(LIST);
    expect(await cache.list('stardex', 'a', TARGETS_FRESH_MS)).toEqual(LIST);
    expect(await cache.detail('leonar', 'a', 'p1', TARGETS_FRESH_MS)).toEqual(detail('p1'));
    expect(await cache.detail('stardex', 'a', 'j1', TARGETS_FRESH_MS)).toEqual(detail('j1'));
  });

  it('keeps the most recent details only', async () => {
    const time = clock();
    const cache = createTargetCache(targetCacheItem, time.now);
    for (let i = 0; i <= MAX_DETAILS; i++) {
      await cache.putDetail('stardex', 'a', `j${i}`, detail(`j${i}`));
      time.advance(1);
    }
    expect(await cache.detail('stardex', 'a', 'j0', TARGETS_SHOWN_MAX_MS)).toBeNull();
    expect(await cache.detail('stardex', 'a', `j${MAX_DETAILS}`, TARGETS_SHOWN_MAX_MS)).toEqual(detail(`j${MAX_DETAILS}`));
    expect(Object.keys((await targetCacheItem.getValue()).details)).toHaveLength(MAX_DETAILS);
  });

  it('a write that fails does not stop the next ones', async () => {
    let data: TargetCacheData = { lists: {}, details: {} };
    let failNext = true;
    const store: TargetCacheStore = {
      getValue: async () => data,
      setValue: async (value) => {
        if (failNext) {
          failNext = false;
          throw new Error('quota');
        }
        data = value;
      },
    };
    const cache = createTargetCache(store);
    await expect(cache.putList('leonar', 'a', LIST)).rejects.toThrow('quota');
    await cache.putList('stardex', 'a', LIST);
    expect(await cache.list('stardex', 'a', TARGETS_FRESH_MS)).toEqual(LIST);
  });

  it('lives in session storage, out of the local storage that outlives the browser', async () => {
    await createTargetCache().putList('leonar', 'a', LIST);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toContain('target-cache');
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).not.toContain('target-cache');
  });
});

describe('accountOf', () => {
  it('is the same for the same settings in any order, different for another key, and never holds the key', async () => {
    const a = await accountOf({ apiKey: 'leo_secret_1234', environment: 'prod' });
    expect(await accountOf({ environment: 'prod', apiKey: 'leo_secret_1234' })).toBe(a);
    expect(await accountOf({ apiKey: 'leo_secret_9999', environment: 'prod' })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).not.toContain('1234');
  });
});
