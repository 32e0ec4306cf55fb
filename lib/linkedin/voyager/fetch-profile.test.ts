import { beforeEach, describe, expect, it } from 'vitest';
import { ADA, VIEWER, answerVoyager, manyRolesPerson, type FakePerson, type VoyagerFaults } from '@/tests/fakes/voyager-data';
import { fetchVoyagerProfile, forgetProfileDecoration, rememberedProfileDecoration, type VoyagerClient } from './fetch-profile';

interface Recorded extends VoyagerClient {
  calls: string[];
}

function fakeClient(people: FakePerson[], faults: VoyagerFaults = {}): Recorded {
  const calls: string[] = [];
  return {
    calls,
    async get(path) {
      calls.push(path);
      return answerVoyager(path, people, faults);
    },
  };
}

function decorationOf(path: string): string {
  return decodeURIComponent(/decorationId=([^&]+)/.exec(path)?.[1] ?? '').replace(/^.*\./, '');
}

beforeEach(() => forgetProfileDecoration());

describe('fetchVoyagerProfile: the decoration chain', () => {
  it('asks for the vanity with the first decoration and returns the person', async () => {
    const client = fakeClient([ADA]);
    const outcome = await fetchVoyagerProfile('ada-quill', client);
    expect(outcome).toMatchObject({ ok: true, decorationId: 'FullProfileWithEntities-93' });
    expect(client.calls).toHaveLength(1);
    expect(client.calls[0]).toMatch(/^\/identity\/dash\/profiles\?q=memberIdentity&memberIdentity=ada-quill&decorationId=com\.linkedin\.voyager\.dash\.deco\.identity\.profile\.FullProfileWithEntities-93$/);
    if (outcome.ok) expect(outcome.result.fragment?.fullName).toBe('Ada Quill');
  });

  it('falls back through retired (410) and failing (500) decorations and remembers the one that worked', async () => {
    const client = fakeClient([ADA], { decorationStatus: { '-93': 410, '-91': 500 } });
    const outcome = await fetchVoyagerProfile('ada-quill', client);
    expect(outcome).toMatchObject({ ok: true, decorationId: 'FullProfileWithEntities-109' });
    expect(client.calls.map(decorationOf)).toEqual(['FullProfileWithEntities-93', 'FullProfileWithEntities-91', 'FullProfileWithEntities-109']);
    expect(rememberedProfileDecoration()).toBe('FullProfileWithEntities-109');

    const again = fakeClient([ADA], { decorationStatus: { '-93': 410, '-91': 500 } });
    await fetchVoyagerProfile('ada-quill', again);
    expect(again.calls.map(decorationOf)).toEqual(['FullProfileWithEntities-109']);
  });

  it('gives up with every status in the message when no decoration answers', async () => {
    const client = fakeClient([ADA], { decorationStatus: { '-93': 410, '-91': 410, '-109': 500, '-107': 404 } });
    const outcome = await fetchVoyagerProfile('ada-quill', client);
    expect(outcome).toMatchObject({ ok: false, reason: 'http' });
    if (!outcome.ok) expect(outcome.message).toMatch(/410.*410.*500.*404/);
    expect(client.calls).toHaveLength(4);
  });

  it('stops at once on a refused csrf token (403)', async () => {
    const client = fakeClient([ADA], { decorationStatus: { '-93': 403 } });
    const outcome = await fetchVoyagerProfile('ada-quill', client);
    expect(outcome).toMatchObject({ ok: false, reason: 'unauthorized', status: 403 });
    expect(client.calls).toHaveLength(1);
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
    const outcome = await fetchVoyagerProfile('ada-quill', client);
    expect(outcome).toMatchObject({ ok: false, reason: 'timeout' });
    expect(calls).toHaveLength(1);
  });

  it('refuses a 200 that only describes the viewer', async () => {
    const client: VoyagerClient = { get: async (path) => answerVoyager(path.replace('ada-quill', 'viewer-vic'), [VIEWER]) };
    expect(await fetchVoyagerProfile('ada-quill', client)).toMatchObject({ ok: false, reason: 'identity-mismatch' });
  });

  it('reports a non-JSON 200 as an unknown shape', async () => {
    const client: VoyagerClient = { get: async () => ({ status: 200, body: null }) };
    expect(await fetchVoyagerProfile('ada-quill', client)).toMatchObject({ ok: false, reason: 'bad-shape' });
  });
});

describe('fetchVoyagerProfile: completing capped sections', () => {
  it('makes no completion call when everything came in the profile response', async () => {
    const client = fakeClient([ADA]);
    await fetchVoyagerProfile('ada-quill', client);
    expect(client.calls.filter((c) => /profilePositions|profileSkills/.test(c))).toEqual([]);
  });

  it('fetches the roles and skills beyond the caps with count=100', async () => {
    const person = manyRolesPerson(14, 45);
    const client = fakeClient([person]);
    const outcome = await fetchVoyagerProfile('max-many', client);
    if (!outcome.ok) throw new Error(outcome.message);
    const f = outcome.result.fragment;
    expect(f?.experiences).toHaveLength(15);
    expect(f?.totals).toMatchObject({ experiences: 15, skills: 45 });
    expect(f?.skills).toHaveLength(45);
    const urn = encodeURIComponent(`urn:li:fsd_profile:${person.memberId}`);
    expect(client.calls.slice(1)).toEqual([
      `/identity/dash/profilePositions?q=viewee&profileUrn=${urn}&start=0&count=100`,
      `/identity/dash/profileSkills?q=viewee&profileUrn=${urn}&start=0&count=100`,
    ]);
    expect(outcome.result.warnings).toEqual([]);
  });

  it('pages through long lists, up to three pages', async () => {
    const client = fakeClient([manyRolesPerson(2, 350)]);
    const outcome = await fetchVoyagerProfile('max-many', client);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(client.calls.filter((c) => c.includes('profileSkills')).map((c) => /start=(\d+)/.exec(c)?.[1])).toEqual(['0', '100', '200']);
    expect(outcome.result.fragment?.skills).toHaveLength(300);
    expect(outcome.result.fragment?.totals?.skills).toBe(350);
  });

  it('keeps the capped lists and warns when the completion fails', async () => {
    const client = fakeClient([manyRolesPerson(14, 45)], { completionStatus: 500 });
    const outcome = await fetchVoyagerProfile('max-many', client);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.fragment?.experiences).toHaveLength(11);
    expect(outcome.result.fragment?.skills).toHaveLength(20);
    expect(outcome.result.warnings).toEqual([
      expect.objectContaining({ code: 'completion-failed', section: 'experiences', message: expect.stringContaining('HTTP 500') }),
      expect.objectContaining({ code: 'completion-failed', section: 'skills' }),
    ]);
  });
});

describe('fetchVoyagerProfile: retired decorations', () => {
  it('does not ask again for decorations LinkedIn retired earlier on this page, but retries server errors', async () => {
    forgetProfileDecoration();
    const first = fakeClient([ADA], { decorationStatus: { '-93': 410, '-91': 404, '-109': 400, '-107': 500 } });
    expect((await fetchVoyagerProfile(ADA.vanity, first)).ok).toBe(false);
    const second = fakeClient([ADA], { decorationStatus: { '-93': 410, '-91': 404, '-109': 400, '-107': 500 } });
    const outcome = await fetchVoyagerProfile(ADA.vanity, second);
    expect(outcome.ok).toBe(false);
    // Only the decoration that failed with a server error is asked again.
    expect(second.calls.filter((c) => c.includes('decorationId'))).toHaveLength(1);
    // Another person on the same page is asked in full: a 404 may have meant "no such member".
    const other = fakeClient([VIEWER], {});
    await fetchVoyagerProfile(VIEWER.vanity, other);
    expect(decorationOf(other.calls[0] ?? '')).toBe('FullProfileWithEntities-93');
    forgetProfileDecoration();
  });
});
