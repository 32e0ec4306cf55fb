// What every fake vendor API shares: the VendorFake shape (a request log the tests can read, the key it accepts).
// Each vendor's fake (lib/vendors/<id>/fake.ts) implements it with its own routes and key check; none of them uses
// createVendorFake below (routes with a plain Bearer key check).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { recordRequest, sendJson, type RecordedRequest, type Router } from './http';

export interface VendorRoute {
  method: string;
  /** Exact path, or a pattern whose groups are handed to the handler. */
  path: string | RegExp;
  handle: (ctx: VendorRequest) => void | Promise<void>;
}

export interface VendorRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  record: RecordedRequest;
  params: string[];
}

export interface VendorFake {
  readonly name: string;
  readonly router: Router;
  /** Every request that reached this host, in order (including rejected ones). */
  readonly requests: RecordedRequest[];
  /** The API key the fake accepts (`Authorization: Bearer <key>`). */
  apiKey: string;
  reset(): void;
}

export function createVendorFake(name: string, defaultKey: string, routes: VendorRoute[]): VendorFake {
  const fake: VendorFake = {
    name,
    requests: [],
    apiKey: defaultKey,
    reset() {
      fake.requests.length = 0;
      fake.apiKey = defaultKey;
    },
    router: async (req, res, url) => {
      const record = await recordRequest(req, url);
      fake.requests.push(record);
      if (record.headers.authorization !== `Bearer ${fake.apiKey}`) {
        sendJson(res, 401, { error: { code: 'unauthorized', message: 'Invalid or missing API key' } });
        return;
      }
      for (const route of routes) {
        if (route.method !== record.method) continue;
        const params = matchPath(route.path, url.pathname);
        if (params) {
          await route.handle({ req, res, url, record, params });
          return;
        }
      }
      sendJson(res, 404, { error: { code: 'not_found', message: `${record.method} ${url.pathname} is not served by the ${name} fake` } });
    },
  };
  return fake;
}

function matchPath(pattern: string | RegExp, path: string): string[] | null {
  if (typeof pattern === 'string') return pattern === path ? [] : null;
  const m = pattern.exec(path);
  return m ? m.slice(1) : null;
}
