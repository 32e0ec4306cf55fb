// What the outbox does after an attempt, as pure functions: retry or stop, when, and whether to ask the vendor's lookup
// before sending again.
import type { AppError, ErrorCode } from '@/lib/errors';
import type { DuplicateStatus, SaveRequest } from '@/lib/vendors/vendor';

/** Errors that may pass by themselves: retried automatically. Everything else waits for the user. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['network', 'timeout', 'vendor-rate-limited', 'vendor-server']);

/**
 * Errors after which the vendor may have done the work without us knowing: no answer, no answer in time, a 5xx (a
 * proxy may fail after the backend wrote), an answer we could not read. A 4xx (429 included) means it refused.
 */
const MAY_HAVE_REACHED: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['network', 'timeout', 'vendor-server', 'bad-response']);

export const BACKOFF = {
  /** First retry after about this long; then doubling. */
  baseMs: 5_000,
  capMs: 30 * 60_000,
  /** ± this fraction, so that many jobs failing together do not come back together. */
  jitter: 0.2,
  /** A job still failing this long after it was created (or last sent again by the user) stops and waits for the user. */
  giveUpAfterMs: 24 * 60 * 60_000,
} as const;

export function isTransient(error: AppError): boolean {
  return TRANSIENT.has(error.code);
}

export function mayHaveReached(error: AppError): boolean {
  return MAY_HAVE_REACHED.has(error.code);
}

/** Delay before retry number `failures` (1 = after the first failure): capped exponential with jitter. */
export function backoffMs(failures: number, random: number): number {
  const exponent = Math.max(0, Math.min(failures - 1, 20));
  const base = Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** exponent);
  const spread = 1 - BACKOFF.jitter + 2 * BACKOFF.jitter * Math.min(Math.max(random, 0), 1);
  return Math.round(Math.min(BACKOFF.capMs, base * spread));
}

export type NextStep = { kind: 'retry'; at: number } | { kind: 'stop'; permanent: boolean; error: AppError };

/**
 * After a failed attempt: retry at a time that honours the vendor's retryAt (Retry-After / X-RateLimit-Reset) and
 * the backoff, or stop. `failures` counts this one; `since` is when the job was created or last sent again by the user.
 * A vendor's wait longer than the backoff cap (a daily quota, a wrong header) is cut to the cap: the job looks
 * again then, rather than sleeping for hours on one header.
 */
export function nextStep(error: AppError, failures: number, since: number, now: number, random: number): NextStep {
  if (!isTransient(error)) return { kind: 'stop', permanent: true, error };
  if (now - since >= BACKOFF.giveUpAfterMs) {
    return { kind: 'stop', permanent: false, error };
  }
  const vendorWait = Math.min(error.retryAt ?? 0, now + BACKOFF.capMs);
  const at = Math.max(now + backoffMs(failures, random), vendorWait);
  return { kind: 'retry', at };
}

/**
 * After an attempt cut off by the worker stopping (`failures` counts it): the first goes again at once (Chrome restarts
 * workers); again and again (a call that always outlives the worker), it backs off like a failure and stops once it
 * has been so for a day since `since`, never for one interruption after a long wait (a browser closed mid-save).
 */
export function nextAfterInterruption(failures: number, since: number, now: number, random: number): { kind: 'retry'; at: number } | { kind: 'stop' } {
  if (failures > 1 && now - since >= BACKOFF.giveUpAfterMs) return { kind: 'stop' };
  return { kind: 'retry', at: failures <= 1 ? now : now + backoffMs(failures - 1, random) };
}

/** Failures on our side in a row (storage refused a read or write, a bug of ours) that a job retries by itself. */
export const UNEXPECTED_TRIES = 3;

/**
 * After an attempt that failed on our side, not the vendor's: storage trouble passes (a full disk freed, a worker
 * restarted), so the job goes again after the backoff, with the vendor's lookup first when the call may have gone out;
 * after UNEXPECTED_TRIES such failures in a row it stops and waits in the history for the user, rather than loop on a
 * bug. `inARow` counts this one.
 */
export function nextAfterUnexpected(error: AppError, inARow: number, now: number, random: number): NextStep {
  if (inARow >= UNEXPECTED_TRIES) return { kind: 'stop', permanent: true, error };
  return { kind: 'retry', at: now + backoffMs(inARow, random) };
}

/**
 * After an attempt that may have reached the vendor, its lookup decides: the person is where this request puts them
 * → done, nothing sent again; anything else (new, a name-only match, no lookup) → send. A lookup proves where the
 * person is, not what else the request carried: one that also moves the person to a stage, or adds e-mails or phones
 * the user typed, is sent again (a vendor's save looks the person up by LinkedIn URL first, merges contacts and only
 * moves the stage; it never creates a second person). The person may have been there before this save: "there" alone
 * would drop what the user typed.
 */
export function recheckVerdict(status: DuplicateStatus, request: Pick<SaveRequest, 'targetId' | 'stageId' | 'contacts'>): 'done' | 'send' {
  if (request.stageId) return 'send';
  if (request.contacts.emails.length > 0 || request.contacts.phones.length > 0) return 'send';
  if (request.targetId) return status.state === 'in-target' ? 'done' : 'send';
  return status.state === 'in-target' || status.state === 'exists' ? 'done' : 'send';
}
