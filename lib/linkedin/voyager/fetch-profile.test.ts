import { describe, expect, it } from 'vitest';
import { ADA, VIEWER, answerVoyager, type FakePerson, type VoyagerFaults } from '@/tests/fakes/voyager-data';
import { fetchDashProfile, type VoyagerClient } from './fetch-profile';
import { DAY_MS, EMPTY_JSON_MEMO, QUIET_AFTER_QUOTA_MS, type JsonMemo } from './json-memo';

interface Recorded extends VoyagerClient {
  calls: string[];
}

function fakeClient(people: FakePerson[], faults: VoyagerFaults = {}, override?: (path: string) => { status: number; body: unknown } | null): Recorded {
  const calls: string[] = [];
  return {
    calls,
    async get(path) {
      calls.push(path);
      return override?.(path) ?? answerVoyager(path, people, faults);
    },
  };
}

function decorationOf(path: string): string {
  return decodeURIComponent(/decorationId=([^&]+)/.exec(path)?.[1] ?? '').replace(/^.*FullProfileWithEntities/, '');
}

const NOW = Date.UTC(2026, 11, 4, 12);
const ENVELOPE_410 = { data: { status: 410 }, included: [] };

describe('fetchDashProfile: the decoration chain', () => {
  it('asks -101 first (the decoration verified live in 2026-08) and remembers it', async () => {
    const client = fakeClient([ADA]);
    const { outcome, memo } = await fetchDashProfile('ada-quill', client, EMPTY_JSON_MEMO, NOW);
    expect(outcome).toMatchObject({ ok: true, decoration: 'FullProfileWithEntities-101' });
    expect(client.calls).toEqual([
      '/identity/dash/profiles?q=memberIdentity&memberIdentity=ada-quill&decorationId=com.linkedin.voyager.dash.deco.identity.profile.FullProfileWithEntities-101',
    ]);
    if (outcome.ok) expect(outcome.result.fragment?.fullName).toBe('Ada Quill');
    expect(memo.decoration).toBe('FullProfileWithEntities-101');
  });

  it('on drift (400) tries the next decoration, in the order 101, 109, 93, 102, 100, 99', async () => {
    const client = fakeClient([ADA], { decorationStatus: { '-101': 400, '-109': 400, '-93': 404, '-102': 500 } });
    const { outcome, memo } = await fetchDashProfile('ada-quill', client, EMPTY_JSON_MEMO, NOW);
    expect(client.calls.map(decorationOf)).toEqual(['-101', '-109', '-93', '-102', '-100']);
    expect(outcome).toMatchObject({ ok: true, decoration: 'FullProfileWithEntities-100' });
    expect(memo.decoration).toBe('FullProfileWithEntities-100');
  });

  it('starts with the decoration that worked last time, and moves on when it drifted', async () => {
    const remembered: JsonMemo = { ...EMPTY_JSON_MEMO, decoration: 'FullProfileWithEntities-93' };
    const client = fakeClient([ADA], { decorationStatus: { '-93': 400 } });
    const { outcome, memo } = await fetchDashProfile('ada-quill', client, remembered, NOW);
    expect(client.calls.map(decorationOf)).toEqual(['-93', '-101']);
    expect(outcome).toMatchObject({ ok: true, decoration: 'FullProfileWithEntities-101' });
    expect(memo.decoration).toBe('FullProfileWithEntities-101');
  });

  it('takes a 410 as the resource retired: no other decoration is asked, and none for a day', async () => {
    const client = fakeClient([ADA], { decorationStatus: { '-101': 410 } });
    const { outcome, memo } = await fetchDashProfile('ada-quill', client, EMPTY_JSON_MEMO, NOW);
    expect(outcome).toMatchObject({ ok: false, failure: 'retired', gap: { reason: 'retired', status: 410 } });
    expect(client.calls).toHaveLength(1);
    expect(memo.profileRetiredUntil).toBe(NOW + DAY_MS);

    const later = fakeClient([ADA]);
    const again = await fetchDashProfile('ada-quill', later, memo, NOW + DAY_MS - 1);
    expect(again.outcome).toMatchObject({ ok: false, failure: 'retired' });
    expect(later.calls).toEqual([]);
    const nextDay = await fetchDashProfile('ada-quill', later, memo, NOW + DAY_MS + 1);
    expect(nextDay.outcome.ok).toBe(true);
  });

  it('takes a 200 whose whole body is {"data":{"status":410}} as a 410', async () => {
    const client = fakeClient([ADA], {}, () => ({ status: 200, body: ENVELOPE_410 }));
    const { outcome, memo } = await fetchDashProfile('ada-quill', client, EMPTY_JSON_MEMO, NOW);
    expect(outcome).toMatchObject({ ok: false, failure: 'retired', gap: { reason: 'retired', status: 410 } });
    expect(memo.profileRetiredUntil).toBe(NOW + DAY_MS);
  });

  it.each([401, 403, 429, 999])('stops at once on %i and says LinkedIn refused', async (status) => {
    const client = fakeClient([ADA], { decorationStatus: { '-101': status } });
    const { outcome } = await fetchDashProfile('ada-quill', client, EMPTY_JSON_MEMO, NOW);
    expect(outcome).toMatchObject({ ok: false, failure: 'stop', gap: { reason: 'refused', status } });
    expect(client.calls).toHaveLength(1);
  });

  it('after a 429 or 999 leaves LinkedIn alone for a while; after a 401 asks again next read', async () => {
    const quota = await fetchDashProfile('ada-quill', fakeClient([ADA], { decorationStatus: { '-101': 429 } }), EMPTY_JSON_MEMO, NOW);
    expect(quota.memo.quiet).toEqual({ until: NOW + QUIET_AFTER_QUOTA_MS, status: 429 });
    const soon = fakeClient([ADA]);
    expect((await fetchDashProfile('ada-quill', soon, quota.memo, NOW + 60_000)).outcome).toMatchObject({ ok: false, gap: { reason: 'refused', status: 429 } });
    expect(soon.calls).toEqual([]);

    const session = await fetchDashProfile('ada-quill', fakeClient([ADA], { decorationStatus: { '-101': 401 } }), EMPTY_JSON_MEMO, NOW);
    expect(session.memo.quiet).toBeNull();
  });

  it('stops at once on a timeout', async () => {
    const calls: string[] = [];
    const client: VoyagerClient = {
      async get(path) {
        calls.push(path);
        const err = new Error('no answer within 6000 ms');
        err.name = 'TimeoutError';
        throw err;
      },
    };
    const { outcome } = await fetchDashProfile('ada-quill', client, EMPTY_JSON_MEMO, NOW);
    expect(outcome).toMatchObject({ ok: false, failure: 'stop', gap: { reason: 'timeout' } });
    expect(calls).toHaveLength(1);
  });

  it('gives up with every status in the message when no decoration answers', async () => {
    const client = fakeClient([ADA], { decorationStatus: { '-101': 400, '-109': 400, '-93': 500, '-102': 404, '-100': 400, '-99': 400 } });
    const { outcome } = await fetchDashProfile('ada-quill', client, EMPTY_JSON_MEMO, NOW);
    expect(outcome).toMatchObject({ ok: false, failure: 'exhausted' });
    if (!outcome.ok) expect(outcome.message).toMatch(/-101: HTTP 400.*-93: HTTP 500.*-99: HTTP 400/);
    expect(client.calls).toHaveLength(6);
  });

  it('never uses a 200 that describes only someone else (the viewer)', async () => {
    const client: VoyagerClient = { get: async (path) => answerVoyager(path.replace('ada-quill', 'viewer-vic'), [VIEWER]) };
    const { outcome, memo } = await fetchDashProfile('ada-quill', client, EMPTY_JSON_MEMO, NOW);
    expect(outcome).toMatchObject({ ok: false, failure: 'identity-mismatch' });
    expect(memo.decoration).toBeNull();
  });

  it('reports a non-JSON 200 as an unknown shape', async () => {
    const client: VoyagerClient = { get: async () => ({ status: 200, body: null }) };
    expect((await fetchDashProfile('ada-quill', client, EMPTY_JSON_MEMO, NOW)).outcome).toMatchObject({ ok: false, failure: 'bad-shape' });
  });
});
