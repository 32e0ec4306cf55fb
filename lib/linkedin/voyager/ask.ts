// One request to LinkedIn's JSON, and what its answer means for the chain of sources: go on, try the next decoration,
// skip a retired resource, or stop asking LinkedIn for this read.
import type { Gap } from '@/lib/profile/profile';
import { isRecord } from './normalized';

/** `pathAndQuery` is relative to `/voyager/api`, e.g. `/identity/dash/profiles?q=memberIdentity&…`. */
export interface VoyagerClient {
  get(pathAndQuery: string, signal?: AbortSignal): Promise<{ status: number; body: unknown }>;
}

export type JsonAnswer =
  | { kind: 'ok'; status: number; body: unknown }
  /** 400: this decoration or query no longer fits (drift): the next one may. */
  | { kind: 'drift'; status: number }
  /** 404: no such member, or a decoration LinkedIn does not know. */
  | { kind: 'missing'; status: number }
  /** 410, or a 200 whose body is `{"data":{"status":410}}`: the resource is retired. */
  | { kind: 'retired'; status: number }
  /** 401/403 (session, csrf), 429 (quota), 999 (LinkedIn's refusal of automated use): stop asking for this read. */
  | { kind: 'refused'; status: number }
  /** Any other status (5xx…). */
  | { kind: 'failed'; status: number }
  | { kind: 'timeout' | 'network'; message: string };

const REFUSALS = new Set([401, 403, 429, 999]);

/** A 200 whose body is only LinkedIn's status envelope (`{"data":{"status":410}}`): the status inside counts. */
function envelopeStatus(body: unknown): number | null {
  if (!isRecord(body) || !isRecord(body['data'])) return null;
  const data = body['data'];
  const status = data['status'];
  if (typeof status !== 'number' || status < 400) return null;
  const hasContent = '*elements' in data || 'elements' in data || (Array.isArray(body['included']) && body['included'].length > 0);
  return hasContent ? null : status;
}

export function classify(status: number, body: unknown): JsonAnswer {
  const effective = status >= 200 && status < 300 ? (envelopeStatus(body) ?? status) : status;
  if (effective >= 200 && effective < 300) return { kind: 'ok', status: effective, body };
  if (effective === 400) return { kind: 'drift', status: effective };
  if (effective === 404) return { kind: 'missing', status: effective };
  if (effective === 410) return { kind: 'retired', status: effective };
  if (REFUSALS.has(effective)) return { kind: 'refused', status: effective };
  return { kind: 'failed', status: effective };
}

export async function ask(client: VoyagerClient, path: string, signal?: AbortSignal): Promise<JsonAnswer> {
  try {
    const r = await client.get(path, signal);
    return classify(r.status, r.body);
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    const message = err instanceof Error ? err.message : String(err);
    const timeout = name === 'TimeoutError' || name === 'AbortError' || /time(d)?\s?out/i.test(message);
    return { kind: timeout ? 'timeout' : 'network', message };
  }
}

/** The gap a failed answer leaves in a section. */
export function gapOf(answer: Exclude<JsonAnswer, { kind: 'ok' }>): Gap {
  switch (answer.kind) {
    case 'refused':
      return { reason: 'refused', status: answer.status };
    case 'retired':
      return { reason: 'retired', status: answer.status };
    case 'timeout':
    case 'network':
      return { reason: answer.kind };
    default:
      return { reason: 'failed', status: answer.status };
  }
}

/** "HTTP 429", "timeout: …": the technical part of a message. */
export function answerDetail(answer: Exclude<JsonAnswer, { kind: 'ok' }>): string {
  return 'status' in answer ? `HTTP ${answer.status}` : `${answer.kind}: ${answer.message}`;
}
