// Every vendor call goes through here: timeout, JSON parsed through a zod schema, HTTP status → AppError.
import type { z } from 'zod';
import { appError, type AppError, type ErrorCode } from '@/lib/errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest<T> {
  method: HttpMethod;
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** The documented response shape. A 2xx that does not match is a 'bad-response', never a silent success. */
  schema: z.ZodType<T>;
  timeoutMs?: number;
}

export interface VendorHttp {
  request<T>(req: HttpRequest<T>): Promise<T>;
}

/** What a vendor's error body says, in its own words. */
export interface VendorErrorBody {
  vendorCode?: string;
  vendorMessage?: string;
}

export interface HttpOptions {
  vendor: string;
  baseUrl: string;
  headers: Record<string, string>;
  /** Reads the vendor's documented error body (it may be absent, HTML or anything). */
  parseErrorBody(body: unknown): VendorErrorBody;
  timeoutMs?: number;
  /** Spacing between requests for vendors with tight per-minute limits: from one answer to the next request. */
  minIntervalMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'vendor-rejected',
  401: 'vendor-auth',
  402: 'vendor-payment',
  403: 'vendor-forbidden',
  404: 'vendor-not-found',
  // Request Timeout: the server gave up waiting for our request; it may pass.
  408: 'timeout',
  409: 'vendor-rejected',
  413: 'payload-too-large',
  422: 'vendor-rejected',
  429: 'vendor-rate-limited',
};

export function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && 'code' in value && 'retryable' in value && 'message' in value;
}

/**
 * Retry-After (seconds or HTTP date) and X-RateLimit-Reset (Unix seconds) → epoch ms; the later when both are sent.
 * `rateWindow: false` reads Retry-After only: some vendors send X-RateLimit-Reset on every answer (the end of
 * the current window), which says nothing about when a 5xx may pass.
 */
export function retryAtFrom(headers: Headers, now: number, options: { rateWindow?: boolean } = {}): number | undefined {
  const times: number[] = [];
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) times.push(now + Math.max(0, seconds) * 1000);
    else {
      const date = Date.parse(retryAfter);
      if (Number.isFinite(date)) times.push(date);
    }
  }
  const reset = options.rateWindow === false ? NaN : Number(headers.get('x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) times.push(reset * 1000);
  return times.length > 0 ? Math.max(...times) : undefined;
}

/** How long an unanswered paced request holds the next ones (a vendor's own timeout is longer: a call may hang). */
export const PACING_HOLD_MS = 5_000;

export function createHttp(options: HttpOptions): VendorHttp {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  // Pacing (vendors with a per-minute limit): one request at a time, each sent at least `minIntervalMs` after the one
  // before it answered. Spacing the sends alone is not enough: a first request slowed on its way (a new TLS
  // connection, a busy machine) reaches the vendor late, and the next, sent on time, lands less than the interval
  // after it. The vendor has read a request before it answers, so counting from the answer holds at the vendor's end.
  // A request that has not answered within PACING_HOLD_MS stops holding the ones after it.
  let previous: Promise<void> = Promise.resolve();

  async function paced<T>(send: () => Promise<T>): Promise<T> {
    const interval = options.minIntervalMs;
    if (!interval) return send();
    const before = previous;
    let release!: () => void;
    previous = new Promise<void>((resolve) => (release = resolve));
    await before;
    const hold = setTimeout(release, Math.max(interval, PACING_HOLD_MS));
    try {
      return await send();
    } finally {
      clearTimeout(hold);
      setTimeout(release, interval);
    }
  }

  return {
    async request<T>(req: HttpRequest<T>): Promise<T> {
      const url = new URL(options.baseUrl.replace(/\/$/, '') + req.path);
      for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
      const fail = (code: ErrorCode, message: string, extra: Partial<AppError> = {}): AppError =>
        appError(code, message, { vendor: options.vendor, ...extra });

      const timeoutMs = req.timeoutMs ?? options.timeoutMs ?? 15_000;
      const exchange = async (): Promise<{ response: Response; text: string }> => {
        // The timeout counts from the send, not from the wait for a pacing slot.
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        try {
          const response = await doFetch(url, {
            method: req.method,
            headers: {
              accept: 'application/json',
              ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}),
              ...options.headers,
            },
            body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
            signal: controller.signal,
            credentials: 'omit',
            cache: 'no-store',
          });
          return { response, text: await response.text() };
        } catch (err) {
          if (controller.signal.aborted) {
            throw fail('timeout', `No answer from ${url.host} within ${Math.round(timeoutMs / 1000)} s`, { retryable: true });
          }
          throw fail('network', `${req.method} ${url.pathname}: ${err instanceof Error ? err.message : String(err)}`, {
            retryable: true,
          });
        } finally {
          clearTimeout(timer);
        }
      };
      const { response, text } = await paced(exchange);

      let body: unknown = undefined;
      let isJson = false;
      if (text.length > 0) {
        try {
          body = JSON.parse(text);
          isJson = true;
        } catch {
          body = text;
        }
      }

      if (!response.ok) {
        const said = isJson ? options.parseErrorBody(body) : { vendorMessage: snippet(text) };
        const code: ErrorCode = STATUS_CODES[response.status] ?? (response.status >= 500 ? 'vendor-server' : 'vendor-rejected');
        const retryable = code === 'vendor-rate-limited' || code === 'vendor-server' || code === 'timeout';
        // A 429 always says when (in a minute when its headers do not); a 5xx or a 408 may, with Retry-After only.
        const told = retryable ? retryAtFrom(response.headers, now(), { rateWindow: code === 'vendor-rate-limited' }) : undefined;
        const retryAt = code === 'vendor-rate-limited' ? (told ?? now() + 60_000) : told;
        throw fail(code, `${req.method} ${url.pathname} → ${response.status}${said.vendorCode ? ` ${said.vendorCode}` : ''}`, {
          status: response.status,
          retryable,
          ...(said.vendorCode ? { vendorCode: said.vendorCode } : {}),
          ...(said.vendorMessage ? { vendorMessage: said.vendorMessage } : {}),
          ...(retryAt !== undefined ? { retryAt } : {}),
        });
      }
      if (!isJson) {
        throw fail('bad-response', `${req.method} ${url.pathname} answered ${response.status} without JSON: ${snippet(text) || '(empty body)'}`, {
          status: response.status,
        });
      }
      const parsed = req.schema.safeParse(body);
      if (!parsed.success) {
        const where = parsed.error.issues[0];
        throw fail(
          'bad-response',
          `${req.method} ${url.pathname}: unexpected answer (${where ? `${where.path.join('.') || 'body'}: ${where.message}` : 'shape'})`,
          { status: response.status },
        );
      }
      return parsed.data;
    },
  };
}

function snippet(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}
