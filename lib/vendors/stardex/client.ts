// Stardex HTTP calls (background only). One function per documented endpoint; every answer is parsed through the
// documented shape in ./schema.
import type { z } from 'zod';
import { appError } from '@/lib/errors';
import { createHttp, isAppError, type HttpOptions, type VendorErrorBody, type VendorHttp } from '@/lib/http';
import type { VendorSettings } from '@/lib/vendors/vendor';
import {
  createPersonRequestSchema,
  createPersonResponseSchema,
  errorEnvelopeSchema,
  jobDetailResponseSchema,
  jobsSearchRequestSchema,
  jobsSearchResponseSchema,
  personResponseSchema,
  personsSearchRequestSchema,
  personsSearchResponseSchema,
  STARDEX_BASE_URL,
  STARDEX_MIN_INTERVAL_MS,
  updatePersonRequestSchema,
  updatePersonResponseSchema,
  updateStageRequestSchema,
  updateStageResponseSchema,
  type CreatePersonRequest,
  type JobsSearchRequest,
  type UpdatePersonRequest,
  type UpdateStageRequest,
} from './schema';

/** `{success:false, error:{code,message}}` [doc]. The code is kept in the message too, so the user sees both. */
export function parseStardexError(body: unknown): VendorErrorBody {
  const parsed = errorEnvelopeSchema.safeParse(body);
  if (!parsed.success) return {};
  const { code, message } = parsed.data.error;
  return { vendorCode: code, vendorMessage: message ? `${message} (${code})` : code };
}

/**
 * After a 429, nothing more is sent until Retry-After has passed: the sliding window counts refused requests too
 * [inf], so retrying early would only push the wait further. Requests made meanwhile fail at once, unsent.
 */
export function honourRetryAfter(http: VendorHttp, now: () => number): VendorHttp {
  let blockedUntil = 0;
  return {
    async request(req) {
      if (now() < blockedUntil) {
        throw appError('vendor-rate-limited', `${req.method} ${req.path} not sent: Stardex asked to wait`, {
          vendor: 'stardex',
          status: 429,
          retryable: true,
          retryAt: blockedUntil,
        });
      }
      try {
        return await http.request(req);
      } catch (err) {
        if (isAppError(err) && err.code === 'vendor-rate-limited' && err.retryAt) blockedUntil = Math.max(blockedUntil, err.retryAt);
        throw err;
      }
    },
  };
}

export type StardexHttpOverrides = Partial<Pick<HttpOptions, 'baseUrl' | 'fetch' | 'now' | 'minIntervalMs' | 'timeoutMs'>>;

export function createStardexHttp(settings: VendorSettings, overrides: StardexHttpOverrides = {}): VendorHttp {
  const now = overrides.now ?? Date.now;
  const http = createHttp({
    vendor: 'stardex',
    baseUrl: STARDEX_BASE_URL,
    headers: { authorization: `Bearer ${settings.apiKey ?? ''}` },
    parseErrorBody: parseStardexError,
    minIntervalMs: STARDEX_MIN_INTERVAL_MS,
    ...overrides,
    now,
  });
  return honourRetryAfter(http, now);
}

// The background creates a client per message; the 60/min budget is per key, so pacing and the Retry-After gate
// must outlive one message. One client is kept for the last key used (the key never leaves the background).
let shared: { key: string; http: VendorHttp } | null = null;

export function sharedStardexHttp(settings: VendorSettings): VendorHttp {
  const key = settings.apiKey ?? '';
  if (shared?.key !== key) shared = { key, http: createStardexHttp(settings) };
  return shared.http;
}

/** Our own bodies are checked against the documented request shapes before they leave: a bug, never a 400. */
function checked<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw appError('internal', `${what}: body does not match the documented shape: ${parsed.error.message}`);
  return parsed.data;
}

export async function searchJobs(http: VendorHttp, body: JobsSearchRequest) {
  return http.request({
    method: 'POST',
    path: '/v1/jobs/search',
    body: checked(jobsSearchRequestSchema, body, 'jobs/search'),
    schema: jobsSearchResponseSchema,
  });
}

export async function getJob(http: VendorHttp, jobId: string) {
  const res = await http.request({ method: 'GET', path: `/v1/jobs/${encodeURIComponent(jobId)}`, schema: jobDetailResponseSchema });
  return res.data;
}

export async function searchPersonsByLinkedInUrl(http: VendorHttp, linkedinUrl: string) {
  const res = await http.request({
    method: 'POST',
    path: '/v1/persons/search',
    body: checked(personsSearchRequestSchema, { linkedin_url: linkedinUrl, offset: 0, limit: 10 }, 'persons/search'),
    schema: personsSearchResponseSchema,
  });
  return res.data;
}

export async function getPerson(http: VendorHttp, personId: string) {
  const res = await http.request({ method: 'GET', path: `/v1/persons/${encodeURIComponent(personId)}`, schema: personResponseSchema });
  return res.data;
}

export async function createPerson(http: VendorHttp, body: CreatePersonRequest) {
  const res = await http.request({
    method: 'POST',
    path: '/v1/persons',
    body: checked(createPersonRequestSchema, body, 'persons'),
    schema: createPersonResponseSchema,
  });
  return res.data;
}

export async function updatePerson(http: VendorHttp, personId: string, body: UpdatePersonRequest) {
  await http.request({
    method: 'PATCH',
    path: `/v1/persons/${encodeURIComponent(personId)}`,
    body: checked(updatePersonRequestSchema, body, 'persons/{id}'),
    schema: updatePersonResponseSchema,
  });
}

export async function updateCandidateStage(http: VendorHttp, body: UpdateStageRequest) {
  const res = await http.request({
    method: 'POST',
    path: '/v1/candidates/update-stage',
    body: checked(updateStageRequestSchema, body, 'candidates/update-stage'),
    schema: updateStageResponseSchema,
  });
  return res.data;
}
