// @vitest-environment node
// Stardex allows 60 requests a minute per key [doc]: a list save goes one person at a time, and the client's pacer keeps
// every request, creates included, at least STARDEX_MIN_INTERVAL_MS after the one before (a fake clock measures it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveRequest, VendorContext } from '@/lib/vendors/vendor';
import { PACING_HOLD_MS } from '@/lib/http';
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

  it('counts the second from the answer: a first request slowed on its way still reaches Stardex a second before the next', async () => {
    // The first request takes 300 ms to arrive (a new connection on a busy machine), the others none; each is
    // answered 50 ms after it arrived. Spacing only the sends would land the second 700 ms after the first.
    const arrivals: number[] = [];
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const slowFirst: typeof fetch = async () => {
      await sleep(arrivals.length === 0 ? 300 : 0);
      arrivals.push(Date.now());
      await sleep(50);
      return new Response(JSON.stringify({ success: true, data: { id: `person-${arrivals.length}` } }), { status: 200 });
    };
    const http = createStardexHttp({ apiKey: 'sk_test' }, { fetch: slowFirst, now: () => Date.now() });
    const body = { name: 'A', linkedin_url: 'https://www.linkedin.com/in/a' };
    const three = Promise.all([createPerson(http, body), createPerson(http, body), createPerson(http, body)]);
    await vi.runAllTimersAsync();
    await three;
    expect(arrivals).toHaveLength(3);
    for (const gap of gaps(arrivals)) expect(gap).toBeGreaterThanOrEqual(STARDEX_MIN_INTERVAL_MS);
  });

  it('a request that never answers holds the next one for at most the hold time, not for its whole timeout', async () => {
    const sentAt: number[] = [];
    const firstHangs: typeof fetch = (_input, init) => {
      sentAt.push(Date.now());
      if (sentAt.length === 1) {
        return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      }
      return Promise.resolve(new Response(JSON.stringify({ success: true, data: { id: 'person-2' } }), { status: 200 }));
    };
    const http = createStardexHttp({ apiKey: 'sk_test' }, { fetch: firstHangs, now: () => Date.now(), timeoutMs: 30_000 });
    const body = { name: 'A', linkedin_url: 'https://www.linkedin.com/in/a' };
    const first = createPerson(http, body).catch((e: unknown) => e);
    const second = createPerson(http, body);
    await vi.advanceTimersByTimeAsync(PACING_HOLD_MS);
    await expect(second).resolves.toMatchObject({ id: 'person-2' });
    expect(gaps(sentAt)).toEqual([PACING_HOLD_MS]);
    await vi.runAllTimersAsync();
    expect(await first).toMatchObject({ code: 'timeout' });
  });
});
