import { toAppError } from '@/lib/errors';
import { readProfile } from '@/lib/linkedin/read-profile';
import type { ReadOutcome } from '@/lib/linkedin/read-outcome';
import { createPageVoyagerClient } from '@/lib/linkedin/voyager/page-client';

export async function readCurrentPage(): Promise<ReadOutcome> {
  const started = performance.now();
  try {
    const outcome = await readProfile({
      url: location.href,
      document,
      voyager: createPageVoyagerClient(),
    });
    if (!outcome.ok) return outcome;
    return { ...outcome, readMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, error: toAppError(err) };
  }
}
