import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createHttp, retryAtFrom } from './http';

const okSchema = z.object({ data: z.object({ id: z.string() }) });

function httpWith(fetchImpl: typeof fetch, extra: { timeoutMs?: number } = {}) {
  return createHttp({
    vendor: 'leonar',
    baseUrl: 'https://api.example.test/v1/',
    headers: { authorization: 'Bearer k' },
    parseErrorBody: (body) => {
      const parsed = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).safeParse(body);
      return parsed.success ? { vendorCode: parsed.data.error.code, vendorMessage: parsed.data.error.message } : {};
    },
    fetch: fetchImpl,
    now: () => 1_000_000,
    ...extra,
  });
}

const respond = (status: number, body: string, headers: Record<string, string> = {}) =>
  vi.fn(async () => new Response(body, { status, headers }));

describe('createHttp', () => {
  it('sends JSON with the auth header and parses the documented shape', async () => {
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response('{"data":{"id":"p1"}}', { status: 200 }));
    const http = httpWith(fetchImpl);
    const out = await http.request({ method: 'POST', path: '/things', query: { limit: 1, skip: undefined }, body: { a: 1 }, schema: okSchema });
    expect(out.data.id).toBe('p1');
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(String(url)).toBe('https://api.example.test/v1/things?limit=1');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"a":1}');
    expect((init?.headers as Record<string, string>).authorization).toBe('Bearer k');
  });

  it('turns a documented error body into the vendor code and message', async () => {
    const http = httpWith(respond(403, '{"error":{"code":"insufficient_scope","message":"Missing scope sourcing:write"}}'));
    await expect(http.request({ method: 'GET', path: '/projects', schema: okSchema })).rejects.toMatchObject({
      code: 'vendor-forbidden',
      status: 403,
      vendor: 'leonar',
      vendorCode: 'insufficient_scope',
      vendorMessage: 'Missing scope sourcing:write',
      retryable: false,
    });
  });

  it('says when to retry a 429 from Retry-After or X-RateLimit-Reset', async () => {
    await expect(
      httpWith(respond(429, '{}', { 'retry-after': '30' })).request({ method: 'GET', path: '/x', schema: okSchema }),
    ).rejects.toMatchObject({ code: 'vendor-rate-limited', retryable: true, retryAt: 1_000_000 + 30_000 });
    await expect(
      httpWith(respond(429, '{}', { 'x-ratelimit-reset': '2000' })).request({ method: 'GET', path: '/x', schema: okSchema }),
    ).rejects.toMatchObject({ retryAt: 2_000_000 });
  });

  it('takes the later time when a 429 carries both Retry-After and X-RateLimit-Reset', async () => {
    await expect(
      httpWith(respond(429, '{}', { 'retry-after': '5', 'x-ratelimit-reset': '1060' })).request({ method: 'GET', path: '/x', schema: okSchema }),
    ).rejects.toMatchObject({ retryAt: 1_060_000 });
    await expect(
      httpWith(respond(429, '{}', { 'retry-after': '90', 'x-ratelimit-reset': '1010' })).request({ method: 'GET', path: '/x', schema: okSchema }),
    ).rejects.toMatchObject({ retryAt: 1_000_000 + 90_000 });
  });

  it('honours Retry-After on a 503, and retries a 408 as a timeout', async () => {
    await expect(
      httpWith(respond(503, 'Service Unavailable', { 'retry-after': '120' })).request({ method: 'GET', path: '/x', schema: okSchema }),
    ).rejects.toMatchObject({ code: 'vendor-server', retryable: true, retryAt: 1_000_000 + 120_000 });
    // X-RateLimit-Reset comes with every answer (the window's end): it does not delay the retry of a 500.
    const windowed = await httpWith(respond(500, 'oops', { 'x-ratelimit-reset': '4600' }))
      .request({ method: 'GET', path: '/x', schema: okSchema })
      .catch((e: unknown) => e);
    expect(windowed).toMatchObject({ code: 'vendor-server', retryable: true });
    expect(windowed).not.toHaveProperty('retryAt');
    const plain = await httpWith(respond(503, 'Service Unavailable'))
      .request({ method: 'GET', path: '/x', schema: okSchema })
      .catch((e: unknown) => e);
    expect(plain).not.toHaveProperty('retryAt');
    await expect(httpWith(respond(408, '')).request({ method: 'POST', path: '/x', schema: okSchema })).rejects.toMatchObject({
      code: 'timeout',
      retryable: true,
      status: 408,
    });
  });

  it('marks 5xx retryable and reports an HTML error page as the vendor text, not a crash', async () => {
    await expect(
      httpWith(respond(502, '<html><body><h1>Bad gateway</h1></body></html>')).request({ method: 'GET', path: '/x', schema: okSchema }),
    ).rejects.toMatchObject({ code: 'vendor-server', retryable: true, vendorMessage: 'Bad gateway' });
  });

  it('refuses a 200 that is not JSON or not the documented shape', async () => {
    await expect(httpWith(respond(200, '<html>maintenance</html>')).request({ method: 'GET', path: '/x', schema: okSchema })).rejects.toMatchObject({
      code: 'bad-response',
    });
    await expect(httpWith(respond(200, '{"data":{"uuid":"p1"}}')).request({ method: 'GET', path: '/x', schema: okSchema })).rejects.toMatchObject({
      code: 'bad-response',
      message: expect.stringContaining('data.id'),
    });
  });

  it('reports a dropped connection as a retryable network error', async () => {
    const http = httpWith(vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(http.request({ method: 'GET', path: '/x', schema: okSchema })).rejects.toMatchObject({ code: 'network', retryable: true });
  });

  it('gives up after the timeout with a retryable timeout error', async () => {
    const hang = vi.fn(
      (_url: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const http = httpWith(hang, { timeoutMs: 20 });
    await expect(http.request({ method: 'GET', path: '/x', schema: okSchema })).rejects.toMatchObject({ code: 'timeout', retryable: true });
  });
});

describe('retryAtFrom', () => {
  it('reads an HTTP date', () => {
    const headers = new Headers({ 'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT' });
    expect(retryAtFrom(headers, 0)).toBe(Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'));
  });
});
