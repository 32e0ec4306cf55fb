import { toAppError } from '@/lib/errors';
import { createPageDetailsLoader } from '@/lib/linkedin/details/page-loader';
import { readList } from '@/lib/linkedin/list/read-list';
import type { ReadListResult } from '@/lib/linkedin/list/types';
import { readProfile } from '@/lib/linkedin/read-profile';
import type { ReadOutcome, ReadRequest } from '@/lib/linkedin/read-outcome';
import { createPageVoyagerClient } from '@/lib/linkedin/voyager/page-client';

export async function readCurrentPage(request: ReadRequest): Promise<ReadOutcome> {
  const started = performance.now();
  // The deadline ends the chain; what it gathered is used and the rest reported missing ("did not answer in time").
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), request.deadlineMs);
  try {
    const outcome = await readProfile({
      url: location.href,
      document,
      depth: request.depth,
      memo: request.memo,
      signal: deadline.signal,
      ...(request.depth === 'full' ? { voyager: createPageVoyagerClient(), details: createPageDetailsLoader() } : {}),
    });
    if (!outcome.ok) return outcome;
    return { ...outcome, depth: request.depth, readMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, error: toAppError(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** The people the list page on screen shows now (search results, a Sales Navigator search or lead list). */
export function readCurrentList(): ReadListResult {
  try {
    return readList({ document, url: location.href });
  } catch (err) {
    // The readers are pure and should not throw; if one does, the popup gets words, not a dead message.
    return { ok: false, error: { code: 'layout-not-recognised', message: `The list reader failed on this page: ${toAppError(err).message}` } };
  }
}
