// @vitest-environment node
// Stardex allows 60 requests a minute per key [doc]: a list save goes one person at a time, and the client's pacer keeps
// every request, creates included, at least STARDEX_MIN_INTERVAL_MS after the one before (a fake clock measures it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveRequest, VendorContext } from '@/lib/vendors/vendor';
import { createPerson, createStardexHttp } from './client';
import { stardex } from './index';
import { STARDEX_MIN_INTERVAL_MS } from './schema';
import { makeProfile } from './test-profiles';

const sent: { method: string; path: string; at: number }[] = [];

/** Stardex's documented answers, as far as a create with no job needs them: nobody found, then a new person. */
const fakeFetch: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  sent.push({ method: init?.method ?? 'GET', path: url.pathname, at: Date.now() });
  const body =
    url.pathname === '/v1/persons/search'
      ? { success: true, data: [], meta: { total: 0, offset: 0, limit: 10 } }
      : { success: true, data: { id: `person-${sent.length}` } };
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
};

function ctx(): VendorContext {
  const settings = { apiKey: 'sk_test' };
  return { http: createStardexHttp(settings, { fetch: fakeFetch, now: () => Date.now() }), settings, now: () => new Date() };
}

const request: SaveRequest = { vendor: 'stardex', targetId: null, stageId: null, note: null, contacts: { emails: [], phones: [] }, atsUrls: [], options: {} };
const creates = () => sent.filter((r) => r.method === 'POST' && r.path === '/v1/persons').map((r) => r.at);
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] ?? 0));

beforeEach(() => {
  sent.length = 0;
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => vi.useRealTimers());

describe('Stardex pacing', () => {
  it('consecutive creates of a list save (one person after another) are at least a second apart', async () => {
    const c = ctx();
    const people = [1, 2, 3, 4].map((i) => makeProfile({ fullName: `Person ${i}`, publicIdentifier: `person-${i}`, profileUrl: `https://www.linkedin.com/in/person-${i}/` }));
    const run = (async () => {
      for (const profile of people) await stardex.save(c, profile, request, { enrichRecord: false });
    })();
    await vi.runAllTimersAsync();
    await run;
    expect(creates()).toHaveLength(4);
    for (const gap of gaps(creates())) expect(gap).toBeGreaterThanOrEqual(STARDEX_MIN_INTERVAL_MS);
    // Every request, not only the creates, keeps the interval (the 60/min budget counts them all).
    for (const gap of gaps(sent.map((r) => r.at))) expect(gap).toBeGreaterThanOrEqual(STARDEX_MIN_INTERVAL_MS);
  });

  it('two creates sent back to back by one client still leave a second between them', async () => {
    const c = ctx();
    const body = { name: 'A', linkedin_url: 'https://www.linkedin.com/in/a' };
    const both = Promise.all([createPerson(c.http, body), createPerson(c.http, { ...body, linkedin_url: 'https://www.linkedin.com/in/b' })]);
    await vi.runAllTimersAsync();
    await both;
    expect(gaps(creates())).toEqual([STARDEX_MIN_INTERVAL_MS]);
  });
});
