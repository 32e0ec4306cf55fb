import { describe, expect, it } from 'vitest';
import { createPageVoyagerClient, csrfTokenFromCookie } from './page-client';

describe('csrfTokenFromCookie', () => {
  it('takes JSESSIONID without its quotes', () => {
    expect(csrfTokenFromCookie('lang=v=2&lang=en-us; JSESSIONID="ajax:1234567890"; bcookie="v=2"')).toBe('ajax:1234567890');
    expect(csrfTokenFromCookie('JSESSIONID=ajax:42')).toBe('ajax:42');
  });
  it('returns null without a session', () => {
    expect(csrfTokenFromCookie('lang=en; XJSESSIONID="ajax:1"')).toBeNull();
    expect(csrfTokenFromCookie('')).toBeNull();
  });
});

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

function recordingFetch(respond: () => Response | Promise<Response>, seen: Seen[]): typeof fetch {
  return async (input, init) => {
    seen.push({ url: String(input), init });
    return respond();
  };
}

describe('createPageVoyagerClient', () => {
  const cookie = () => 'JSESSIONID="ajax:99"; li_theme=light';

  it('sends a same-origin request with the session, the csrf token and LinkedIn’s headers', async () => {
    const seen: Seen[] = [];
    const client = createPageVoyagerClient({
      origin: 'https://www.linkedin.com',
      cookie,
      fetch: recordingFetch(() => new Response(JSON.stringify({ data: {}, included: [] }), { status: 200 }), seen),
    });
    const answer = await client.get('/identity/dash/profiles?q=memberIdentity&memberIdentity=a');
    expect(answer).toEqual({ status: 200, body: { data: {}, included: [] } });
    expect(seen[0]?.url).toBe('https://www.linkedin.com/voyager/api/identity/dash/profiles?q=memberIdentity&memberIdentity=a');
    expect(seen[0]?.init).toMatchObject({
      method: 'GET',
      credentials: 'include',
      headers: {
        'csrf-token': 'ajax:99',
        'x-restli-protocol-version': '2.0.0',
        accept: 'application/vnd.linkedin.normalized+json+2.1',
      },
    });
  });

  it('returns the status with a null body when the answer is not JSON', async () => {
    const client = createPageVoyagerClient({
      origin: 'https://www.linkedin.com',
      cookie,
      fetch: recordingFetch(() => new Response('<html>login</html>', { status: 200 }), []),
    });
    expect(await client.get('/x')).toEqual({ status: 200, body: null });
    const gone = createPageVoyagerClient({ origin: 'https://www.linkedin.com', cookie, fetch: recordingFetch(() => new Response('', { status: 410 }), []) });
    expect(await gone.get('/x')).toEqual({ status: 410, body: null });
  });

  it('gives up after the timeout with a TimeoutError', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const client = createPageVoyagerClient({ origin: 'https://www.linkedin.com', cookie, fetch: hanging, timeoutMs: 30 });
    await expect(client.get('/x')).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('does not call LinkedIn without a session cookie', async () => {
    const seen: Seen[] = [];
    const client = createPageVoyagerClient({ origin: 'https://www.linkedin.com', cookie: () => '', fetch: recordingFetch(() => new Response('{}'), seen) });
    await expect(client.get('/x')).rejects.toThrow(/JSESSIONID/);
    expect(seen).toEqual([]);
  });
});
