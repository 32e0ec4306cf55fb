// Fake of Collective's public API (https://api.collective.work/{environment}/v1): the two documented talent calls,
// checked against the SAME schemas the extension builds from (lib/vendors/collective/schema.ts), a talent pool per
// environment keyed by internalUserId (so tests can prove "updated, no duplicate"), a key per environment, and
// errors on demand.
//
// Collective documents no error body, no status codes and no environment list. What this fake answers on errors
// is therefore our assumption, kept deliberately plain so the extension cannot depend on a shape: 401 "Unauthorized"
// (text) for a wrong key, 404 "Not Found" (text) for an unknown environment, 413 for a body over the documented
// 10 MB, 400 with a JSON {message} naming what the documented rules refuse.
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import {
  deleteRequestSchema,
  importRequestSchema,
  MAX_PAYLOAD_BYTES,
  type ImportRequest,
} from '@/lib/vendors/collective/schema';
import { cutMidAnswer, recordRequest, sendJson, sendText, type RecordedRequest } from '@/tests/fakes/http';
import type { VendorFake } from '@/tests/fakes/vendor-kit';

export const COLLECTIVE_HOST = 'api.collective.work';
/** Accepted in `production` (VendorFake.apiKey). */
export const COLLECTIVE_TEST_KEY = 'collective_test_key';
/** Accepted in `sandbox` only: keys are per environment [inf]. */
export const COLLECTIVE_SANDBOX_KEY = 'collective_sandbox_key';

export interface StoredTalent {
  userId: string;
  internalUserId: string;
  /** The last import body for this talent. */
  body: ImportRequest;
  imports: number;
}

/** A canned answer for the next matching request(s), before any check (as a proxy or an outage would answer). */
export interface CollectiveFault {
  status: number;
  /** Sent as JSON when an object, as text when a string; nothing when absent. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Only requests of this method (default: any). */
  method?: 'POST' | 'DELETE';
  /** How many requests it answers (default 1). */
  times?: number;
  /** Close the connection in the middle of the answer (the extension sees a network error). */
  drop?: boolean;
  /** The import is done first, then this answers instead (e.g. a 200 in another shape). */
  afterWork?: boolean;
}

export interface CollectiveFake extends VendorFake {
  /** The key each environment accepts; an environment absent here answers 404. */
  readonly keys: Map<string, string>;
  /** Talents by environment, then by internalUserId. */
  readonly pools: Map<string, Map<string, StoredTalent>>;
  talents(environment: string): StoredTalent[];
  fail(fault: CollectiveFault): void;
  /** Milliseconds each request waits before it is handled (an answer after the extension's timeout). */
  delayMs: number;
  /** The import requests that reached the talent pool (accepted ones), in order. */
  imports(environment?: string): RecordedRequest[];
}

const fakes = new WeakSet<VendorFake>();

/** The server's `vendors.collective` with its control API (server.ts types it as a plain VendorFake). */
export function asCollectiveFake(fake: VendorFake): CollectiveFake {
  if (!fakes.has(fake)) throw new Error(`${fake.name} is not the Collective fake`);
  return fake as CollectiveFake;
}

const PATH = /^\/([^/]+)\/v1\/my-talents\/import$/;

export function createCollectiveFake(): CollectiveFake {
  const faults: CollectiveFault[] = [];
  const accepted: { environment: string; record: RecordedRequest }[] = [];
  let nextUser = 1;

  function defaultKeys(): [string, string][] {
    return [
      ['production', COLLECTIVE_TEST_KEY],
      ['sandbox', COLLECTIVE_SANDBOX_KEY],
    ];
  }

  const fake: CollectiveFake = {
    name: 'collective',
    requests: [],
    keys: new Map(defaultKeys()),
    pools: new Map(),
    delayMs: 0,
    get apiKey() {
      return fake.keys.get('production') ?? '';
    },
    set apiKey(key: string) {
      fake.keys.set('production', key);
    },
    reset() {
      fake.requests.length = 0;
      faults.length = 0;
      accepted.length = 0;
      fake.pools.clear();
      fake.keys.clear();
      for (const [env, key] of defaultKeys()) fake.keys.set(env, key);
      nextUser = 1;
      fake.delayMs = 0;
    },
    talents(environment) {
      return [...(fake.pools.get(environment)?.values() ?? [])];
    },
    fail(fault) {
      faults.push({ ...fault });
    },
    imports(environment) {
      return accepted.filter((a) => environment === undefined || a.environment === environment).map((a) => a.record);
    },
    router: async (req, res, url) => {
      const record = await recordRequest(req, url);
      fake.requests.push(record);
      if (fake.delayMs) await new Promise((r) => setTimeout(r, fake.delayMs));

      const faultIndex = faults.findIndex((f) => !f.method || f.method === record.method);
      const fault = faultIndex >= 0 ? faults[faultIndex] : undefined;
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.times <= 0) faults.splice(faultIndex, 1);
        if (!fault.afterWork) {
          answerFault(res, fault);
          return;
        }
      }
      const answer = (status: number, body: unknown) => (fault ? answerFault(res, fault) : sendJson(res, status, body));

      const match = PATH.exec(url.pathname);
      const environment = match?.[1] ?? '';
      const key = fake.keys.get(environment);
      if (!match || key === undefined || (record.method !== 'POST' && record.method !== 'DELETE')) {
        sendText(res, 404, 'Not Found');
        return;
      }
      if (record.headers.authorization !== `Bearer ${key}`) {
        sendText(res, 401, 'Unauthorized');
        return;
      }
      const size = Number(record.headers['content-length'] ?? Buffer.byteLength(JSON.stringify(record.body)));
      if (size > MAX_PAYLOAD_BYTES) {
        sendText(res, 413, 'Payload Too Large');
        return;
      }
      if (!String(record.headers['content-type'] ?? '').startsWith('application/json')) {
        sendJson(res, 400, { message: 'Content-Type must be application/json' });
        return;
      }
      const pool = fake.pools.get(environment) ?? new Map<string, StoredTalent>();
      fake.pools.set(environment, pool);

      if (record.method === 'DELETE') {
        const parsed = deleteRequestSchema.safeParse(record.body);
        if (!parsed.success) return refuse(res, parsed.error);
        const deleted: string[] = [];
        const notFound: string[] = [];
        for (const id of parsed.data.internalUserIds) {
          if (pool.delete(id)) deleted.push(id);
          else notFound.push(id);
        }
        sendJson(res, 200, { deleted, notFound });
        return;
      }

      const parsed = importRequestSchema.safeParse(record.body);
      if (!parsed.success) return refuse(res, parsed.error);
      accepted.push({ environment, record });
      const existing = pool.get(parsed.data.internalUserId);
      if (existing) {
        existing.body = parsed.data;
        existing.imports += 1;
        answer(200, { userId: existing.userId, status: 'updated' });
        return;
      }
      const talent: StoredTalent = {
        userId: `cmfake${String(nextUser++).padStart(19, '0')}`,
        internalUserId: parsed.data.internalUserId,
        body: parsed.data,
        imports: 1,
      };
      pool.set(talent.internalUserId, talent);
      answer(200, { userId: talent.userId, status: 'created' });
    },
  };
  fakes.add(fake);
  return fake;
}

function refuse(res: ServerResponse, error: z.ZodError): void {
  sendJson(res, 400, {
    message: error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
  });
}

function answerFault(res: ServerResponse, fault: CollectiveFault): void {
  if (fault.drop) {
    cutMidAnswer(res);
    return;
  }
  if (fault.body === undefined) {
    res.writeHead(fault.status, { 'content-length': 0, ...fault.headers });
    res.end();
  } else if (typeof fault.body === 'string') {
    res.writeHead(fault.status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(fault.body), ...fault.headers });
    res.end(fault.body);
  } else {
    sendJson(res, fault.status, fault.body, fault.headers);
  }
}

/** What the sandbox server starts for this vendor (tests/fakes/server.ts finds it by this name in every vendor folder). */
export const createFake = createCollectiveFake;
