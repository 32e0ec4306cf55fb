// The VoyagerClient of the content script: LinkedIn's JSON fetched from the page's own origin with the user's own
// session, as LinkedIn's web app does. Nothing leaves the tab: the request goes to www.linkedin.com only.
import type { VoyagerClient } from './ask';

export const VOYAGER_TIMEOUT_MS = 6000;

export interface PageClientOptions {
  timeoutMs?: number;
  /** Injected in tests; defaults to the page's. */
  fetch?: typeof fetch;
  cookie?: () => string;
  origin?: string;
}

/** JSESSIONID is stored quoted ("ajax:123…"); LinkedIn expects the bare value as csrf-token. */
export function csrfTokenFromCookie(cookie: string): string | null {
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== 'JSESSIONID') continue;
    const value = part.slice(eq + 1).trim().replace(/^"|"$/g, '');
    return value || null;
  }
  return null;
}

export function createPageVoyagerClient(options: PageClientOptions = {}): VoyagerClient {
  const timeoutMs = options.timeoutMs ?? VOYAGER_TIMEOUT_MS;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const readCookie = options.cookie ?? (() => document.cookie);
  const origin = options.origin ?? location.origin;

  return {
    async get(pathAndQuery, signal) {
      const csrf = csrfTokenFromCookie(readCookie());
      if (!csrf) throw new Error('no JSESSIONID cookie (signed out?)');
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      // The read's own deadline ends this request too.
      const onAbort = () => controller.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const response = await doFetch(new URL(`/voyager/api${pathAndQuery}`, origin), {
          method: 'GET',
          credentials: 'include',
          headers: {
            'csrf-token': csrf,
            'x-restli-protocol-version': '2.0.0',
            accept: 'application/vnd.linkedin.normalized+json+2.1',
          },
          signal: controller.signal,
        });
        const text = await response.text();
        let body: unknown = null;
        try {
          body = text ? JSON.parse(text) : null;
        } catch {
          body = null;
        }
        return { status: response.status, body };
      } catch (err) {
        if (controller.signal.aborted) {
          const timeout = new Error(`no answer within ${timeoutMs} ms`);
          timeout.name = 'TimeoutError';
          throw timeout;
        }
        throw err;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
