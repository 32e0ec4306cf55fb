// The dash profile resource (FullProfileWithEntities-N) through any VoyagerClient (the page's own session in the
// extension, a fake in tests), walking the decoration chain with what this browser learnt before (json-memo.ts).
// The sections it caps are completed by section-lists.ts.
import type { ReaderResult } from '@/lib/linkedin/types';
import type { Gap } from '@/lib/profile/profile';
import { answerDetail, ask, gapOf, type JsonAnswer, type VoyagerClient } from './ask';
import { DAY_MS, QUIET_AFTER_QUOTA_MS, decorationChain, isQuiet, profileRetired, type JsonMemo, type ProfileDecoration } from './json-memo';
import { parseDashProfile } from './parse-profile';

export type { VoyagerClient } from './ask';

const DECORATION_PREFIX = 'com.linkedin.voyager.dash.deco.identity.profile.';

export function profilePath(vanity: string, decorationId: string): string {
  return (
    `/identity/dash/profiles?q=memberIdentity&memberIdentity=${encodeURIComponent(vanity)}` +
    `&decorationId=${encodeURIComponent(DECORATION_PREFIX + decorationId)}`
  );
}

export type DashFailure =
  /** LinkedIn said stop (401/403/429/999), or did not answer: nothing more is asked of its JSON in this read. */
  | 'stop'
  /** The resource is retired (410), now or earlier today: the per-section lists may still answer. */
  | 'retired'
  /** Every decoration drifted (400), was unknown (404) or failed (5xx). */
  | 'exhausted'
  /** A 200 that is not LinkedIn's JSON, or names only other people: not used. */
  | 'bad-shape'
  | 'identity-mismatch';

export type DashOutcome =
  | { ok: true; result: ReaderResult; profileUrn: string; decoration: ProfileDecoration }
  | { ok: false; failure: DashFailure; gap: Gap; message: string };

export interface DashRead {
  outcome: DashOutcome;
  memo: JsonMemo;
}

/** A stop LinkedIn asked for in an earlier read (429/999) that still holds. */
export function quietGap(memo: JsonMemo, now: number): Gap | null {
  return memo.quiet && isQuiet(memo, now) ? { reason: 'refused', status: memo.quiet.status } : null;
}

/** The memo after LinkedIn refused (429/999 keep it quiet for a while; 401/403 are this session's business). */
export function noteRefusal(memo: JsonMemo, status: number, now: number): JsonMemo {
  return status === 429 || status === 999 ? { ...memo, quiet: { until: now + QUIET_AFTER_QUOTA_MS, status } } : memo;
}

export async function fetchDashProfile(
  vanity: string,
  client: VoyagerClient,
  memoIn: JsonMemo,
  now: number,
  signal?: AbortSignal,
): Promise<DashRead> {
  let memo = memoIn;
  const quiet = quietGap(memo, now);
  if (quiet) {
    return { memo, outcome: { ok: false, failure: 'stop', gap: quiet, message: `LinkedIn refused its JSON a few minutes ago (HTTP ${quiet.status}): not asked again yet` } };
  }
  if (profileRetired(memo, now)) {
    return { memo, outcome: { ok: false, failure: 'retired', gap: { reason: 'retired', status: 410 }, message: 'LinkedIn retired its profile JSON (HTTP 410): not asked again today' } };
  }

  const tried: string[] = [];
  let last: Exclude<JsonAnswer, { kind: 'ok' }> | null = null;
  for (const decoration of decorationChain(memo)) {
    if (signal?.aborted) break;
    const answer = await ask(client, profilePath(vanity, decoration), signal);
    if (answer.kind === 'ok') {
      const parsed = parseDashProfile(answer.body, vanity);
      if (!parsed.ok) {
        const failure = parsed.problem === 'no-matching-profile' ? 'identity-mismatch' : 'bad-shape';
        return { memo, outcome: { ok: false, failure, gap: { reason: 'failed', status: answer.status }, message: parsed.message } };
      }
      memo = { ...memo, decoration };
      return { memo, outcome: { ok: true, result: parsed.result, profileUrn: parsed.profileUrn, decoration } };
    }
    last = answer;
    tried.push(`-${decoration.replace(/^.*-/, '')}: ${answerDetail(answer)}`);
    switch (answer.kind) {
      case 'refused':
        memo = noteRefusal(memo, answer.status, now);
        return { memo, outcome: { ok: false, failure: 'stop', gap: gapOf(answer), message: `LinkedIn refused its JSON (HTTP ${answer.status})` } };
      case 'timeout':
      case 'network':
        // A dead network or a hung server will not get better with another decoration number.
        return { memo, outcome: { ok: false, failure: 'stop', gap: gapOf(answer), message: `LinkedIn’s JSON did not answer (${answerDetail(answer)})` } };
      case 'retired':
        // 410 is about the resource, not one decoration: the others would answer the same.
        memo = { ...memo, profileRetiredUntil: now + DAY_MS, decoration: null };
        return { memo, outcome: { ok: false, failure: 'retired', gap: gapOf(answer), message: 'LinkedIn retired its profile JSON (HTTP 410)' } };
      default:
        continue; // drift (400), unknown decoration (404), server error: the next decoration may answer
    }
  }
  return {
    memo,
    outcome: {
      ok: false,
      failure: 'exhausted',
      gap: last ? gapOf(last) : { reason: 'timeout' },
      message: `LinkedIn’s JSON answered errors for every profile decoration (${tried.join(', ')})`,
    },
  };
}
