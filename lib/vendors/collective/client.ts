// The two documented calls, through lib/http.ts. Collective documents no error body and no error codes: what came
// back is kept as the message, and the status becomes the code the error texts are keyed on.
import { isAppError, createHttp, type VendorErrorBody, type VendorHttp } from '@/lib/http';
import type { AppError } from '@/lib/errors';
import {
  baseUrlFor,
  deleteResponseSchema,
  importResponseSchema,
  type DeleteRequest,
  type DeleteResponse,
  type ImportRequest,
  type ImportResponse,
} from './schema';

export const API_KEY_FIELD = 'apiKey';
export const ENVIRONMENT_FIELD = 'environment';

export interface CollectiveClientSettings {
  apiKey: string;
  environment: string;
  fetch?: typeof fetch;
}

export function createCollectiveHttp(settings: CollectiveClientSettings): VendorHttp {
  return createHttp({
    vendor: 'collective',
    baseUrl: baseUrlFor(settings.environment),
    headers: { authorization: `Bearer ${settings.apiKey}` },
    parseErrorBody,
    timeoutMs: 20_000,
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
  });
}

/** Whatever came back, in a few words: `message` / `error` / `error.message` when JSON has them, else the JSON. */
export function parseErrorBody(body: unknown): VendorErrorBody {
  const said = pickMessage(body);
  return said ? { vendorMessage: said.slice(0, 300) } : {};
}

function pickMessage(body: unknown): string | null {
  if (typeof body === 'string') return body.trim() || null;
  if (typeof body !== 'object' || body === null) return body === null || body === undefined ? null : String(body);
  const record = body as Record<string, unknown>;
  for (const key of ['message', 'error', 'detail']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('; ');
    if (typeof value === 'object' && value !== null) {
      const inner = pickMessage(value);
      if (inner) return inner;
    }
  }
  return JSON.stringify(body);
}

/** Collective's status as the error's code, so error-text.ts can speak of the key and the environment. */
function withStatusCode(err: unknown): unknown {
  if (!isAppError(err) || err.status === undefined) return err;
  const tagged: AppError = { ...err, vendorCode: `status-${err.status}` };
  return tagged;
}

const IMPORT_BASE_TIMEOUT_MS = 30_000;
const IMPORT_TIMEOUT_PER_MB_MS = 10_000;
const IMPORT_MAX_TIMEOUT_MS = 120_000;

/**
 * How long an import may take before it is called a timeout: 30 s for a profile alone (a few KB of JSON), plus 10 s
 * per MB of attached CV (about 1 Mbit/s of upload), at most 120 s for the documented 10 MB. A hung call without a CV
 * is reported (and retried) after 30 s instead of keeping the recruiter waiting two minutes.
 */
export function importTimeoutMs(bodyBytes: number): number {
  const perMb = (Math.max(0, bodyBytes) / 1_000_000) * IMPORT_TIMEOUT_PER_MB_MS;
  return Math.min(IMPORT_MAX_TIMEOUT_MS, Math.round(IMPORT_BASE_TIMEOUT_MS + perMb));
}

export async function importTalent(http: VendorHttp, body: ImportRequest): Promise<ImportResponse> {
  // The body is ASCII JSON apart from names and notes, and the CV (the bulk) is base64: its length is its size.
  const timeoutMs = importTimeoutMs(JSON.stringify(body).length);
  try {
    return await http.request({ method: 'POST', path: '/my-talents/import', body, schema: importResponseSchema, timeoutMs });
  } catch (err) {
    throw withStatusCode(err);
  }
}

export async function deleteTalents(http: VendorHttp, body: DeleteRequest): Promise<DeleteResponse> {
  try {
    return await http.request({ method: 'DELETE', path: '/my-talents/import', body, schema: deleteResponseSchema });
  } catch (err) {
    throw withStatusCode(err);
  }
}
