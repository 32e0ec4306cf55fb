import { describe, expect, it } from 'vitest';
import { appError } from '@/lib/errors';
import { BACKOFF, backoffMs, isTransient, mayHaveReached, nextAfterInterruption, nextAfterUnexpected, nextStep, recheckVerdict, UNEXPECTED_TRIES } from './policy';

const NOW = 1_700_000_000_000;

describe('which errors are retried', () => {
  it('retries network, timeout, 429 and 5xx; stops on 400/401/403/404, bad answers and our own refusals', () => {
    for (const code of ['network', 'timeout', 'vendor-rate-limited', 'vendor-server'] as const) expect(isTransient(appError(code, ''))).toBe(true);
    for (const code of ['vendor-rejected', 'vendor-auth', 'vendor-forbidden', 'vendor-not-found', 'vendor-payment', 'bad-response', 'not-configured', 'invalid-settings', 'payload-too-large', 'internal'] as const) {
      expect(isTransient(appError(code, '')), code).toBe(false);
    }
  });

  it('counts a request as possibly received after no answer, a timeout, a 5xx or an unreadable answer, never after a 4xx', () => {
    expect(['network', 'timeout', 'vendor-server', 'bad-response'].every((code) => mayHaveReached(appError(code as 'network', '')))).toBe(true);
    expect(mayHaveReached(appError('vendor-rate-limited', ''))).toBe(false);
    expect(mayHaveReached(appError('vendor-rejected', ''))).toBe(false);
  });
});

describe('backoff', () => {
  it('doubles from the base, with at most ±20 % jitter, and never passes the cap', () => {
    expect(backoffMs(1, 0.5)).toBe(BACKOFF.baseMs);
    expect(backoffMs(2, 0.5)).toBe(2 * BACKOFF.baseMs);
    expect(backoffMs(3, 0.5)).toBe(4 * BACKOFF.baseMs);
    expect(backoffMs(1, 0)).toBe(BACKOFF.baseMs * 0.8);
    expect(backoffMs(1, 1)).toBe(BACKOFF.baseMs * 1.2);
    expect(backoffMs(40, 1)).toBe(BACKOFF.capMs);
  });

  it('waits for the vendor’s retryAt when it is later than the backoff', () => {
    const error = appError('vendor-rate-limited', '', { retryAt: NOW + 45_000 });
    expect(nextStep(error, 1, NOW, NOW, 0.5)).toEqual({ kind: 'retry', at: NOW + 45_000 });
    const soon = appError('vendor-rate-limited', '', { retryAt: NOW + 1_000 });
    expect(nextStep(soon, 1, NOW, NOW, 0.5)).toEqual({ kind: 'retry', at: NOW + BACKOFF.baseMs });
  });

  it('never sleeps longer than the backoff cap on one vendor header (a daily quota, a wrong reset time)', () => {
    const daily = appError('vendor-rate-limited', '', { retryAt: NOW + 6 * 60 * 60_000 });
    expect(nextStep(daily, 1, NOW, NOW, 0.5)).toEqual({ kind: 'retry', at: NOW + BACKOFF.capMs });
  });

  it('stops for the user on a permanent error, and after a day of transient ones (not permanent then)', () => {
    const auth = appError('vendor-auth', 'no');
    expect(nextStep(auth, 1, NOW, NOW, 0.5)).toEqual({ kind: 'stop', permanent: true, error: auth });
    const server = appError('vendor-server', '503');
    expect(nextStep(server, 30, NOW, NOW + BACKOFF.giveUpAfterMs, 0.5)).toEqual({ kind: 'stop', permanent: false, error: server });
  });
});

describe('re-check after an attempt that may have reached the vendor', () => {
  const NONE = { emails: [], phones: [] };
  const inTarget = { state: 'in-target', recordId: 'r1', recordUrl: null, detail: '' } as const;
  const exists = { state: 'exists', recordId: 'r1', recordUrl: null, detail: '' } as const;
  it('counts the person in the chosen target as done, and anything less as "send"', () => {
    expect(recheckVerdict(inTarget, { targetId: 'p1', stageId: null, contacts: NONE })).toBe('done');
    expect(recheckVerdict(exists, { targetId: 'p1', stageId: null, contacts: NONE })).toBe('send');
    expect(recheckVerdict({ state: 'possible-match', detail: '' }, { targetId: 'p1', stageId: null, contacts: NONE })).toBe('send');
    expect(recheckVerdict({ state: 'new', detail: '' }, { targetId: null, stageId: null, contacts: NONE })).toBe('send');
  });
  it('counts a known person as done when no target was asked; sends again when a stage was asked', () => {
    expect(recheckVerdict(exists, { targetId: null, stageId: null, contacts: NONE })).toBe('done');
    expect(recheckVerdict(inTarget, { targetId: 'job', stageId: 'stage', contacts: NONE })).toBe('send');
  });
  it('sends again when the request carries e-mails or phones: the person being there does not prove they were added', () => {
    expect(recheckVerdict(exists, { targetId: null, stageId: null, contacts: { emails: ['maya@example.com'], phones: [] } })).toBe('send');
    expect(recheckVerdict(inTarget, { targetId: 'p1', stageId: null, contacts: { emails: [], phones: ['+1 503 555 0142'] } })).toBe('send');
  });
});

describe('after an attempt cut off by the worker stopping', () => {
  it('goes again at once the first time, then backs off, and stops only when interrupted again and again for a day', () => {
    expect(nextAfterInterruption(1, NOW, NOW + 2 * BACKOFF.giveUpAfterMs, 0.5)).toEqual({ kind: 'retry', at: NOW + 2 * BACKOFF.giveUpAfterMs });
    expect(nextAfterInterruption(2, NOW, NOW + 1_000, 0.5)).toEqual({ kind: 'retry', at: NOW + 1_000 + BACKOFF.baseMs });
    expect(nextAfterInterruption(3, NOW, NOW + BACKOFF.giveUpAfterMs, 0.5)).toEqual({ kind: 'stop' });
  });
});

describe('nextAfterUnexpected (a failure on our side: storage, a bug)', () => {
  const error = appError('internal', 'QUOTA_BYTES quota exceeded');
  it('goes again after the backoff, a little later each time', () => {
    expect(nextAfterUnexpected(error, 1, 1_000, 0.5)).toEqual({ kind: 'retry', at: 1_000 + BACKOFF.baseMs });
    expect(nextAfterUnexpected(error, 2, 1_000, 0.5)).toEqual({ kind: 'retry', at: 1_000 + 2 * BACKOFF.baseMs });
  });
  it('stops for the user after UNEXPECTED_TRIES in a row, rather than loop on a bug', () => {
    expect(UNEXPECTED_TRIES).toBe(3);
    expect(nextAfterUnexpected(error, UNEXPECTED_TRIES, 1_000, 0.5)).toEqual({ kind: 'stop', permanent: true, error });
  });
});
