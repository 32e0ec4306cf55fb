// A save job: one person to one vendor, written to storage before its first request and kept as history after.
// The job itself is small (what history shows); what is sent (the Profile and the SaveRequest, a CV included) is its
// payload, stored under its own key so the job list stays cheap to rewrite on every change.
import { z } from 'zod';
import { appErrorSchema } from '@/lib/errors';
import { SECTIONS, profileSchema } from '@/lib/profile/profile';
import { saveRequestSchema, saveResultSchema, vendorIdSchema } from '@/lib/vendors/vendor';

// 'list': a list page's save of many people at once (saveMany). Added in storage version 2 with no migration: older
// jobs never carry it, and an added enum value reads every job stored before it.
export const SAVE_ORIGINS = ['popup', 'button', 'shortcut', 'context-menu', 'list'] as const;
export const saveOriginSchema = z.enum(SAVE_ORIGINS);
export type SaveOrigin = z.infer<typeof saveOriginSchema>;

export const jobStateSchema = z.discriminatedUnion('kind', [
  /** Waiting for its turn (or for the browser to be online). */
  z.object({ kind: z.literal('pending'), nextAttemptAt: z.number() }),
  /** An attempt is under way in the worker `by` (a worker that stopped leaves this behind: see processor). */
  z.object({ kind: z.literal('running'), since: z.number(), by: z.string() }),
  /** The last attempt failed for a reason that may pass; the next one is due at nextAttemptAt. */
  z.object({ kind: z.literal('retrying'), nextAttemptAt: z.number(), error: appErrorSchema }),
  /** Stopped: waits for the user (permanent: the same request will fail again until something is fixed). */
  z.object({ kind: z.literal('failed'), at: z.number(), error: appErrorSchema, permanent: z.boolean() }),
  /** recheck: the vendor's own lookup showed the person there after an attempt without a clear answer. */
  z.object({ kind: z.literal('done'), at: z.number(), result: saveResultSchema, confirmedBy: z.enum(['response', 'recheck']) }),
]);
export type JobState = z.infer<typeof jobStateSchema>;
export type JobStateKind = JobState['kind'];

export const attemptSchema = z.object({
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  /** What the attempt did first: re-checked with the vendor's lookup, then sent or not. */
  rechecked: z.enum(['not-needed', 'found', 'not-found', 'unavailable']),
  outcome: z.enum(['done', 'error', 'interrupted']).nullable(),
  error: appErrorSchema.optional(),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const jobSchema = z.object({
  id: z.string().min(1),
  /** Jobs of one save share it: the wait for record links (a vendor's recordLinksFrom) and atsUrls work within a batch. */
  batchId: z.string().min(1),
  /**
   * Jobs of one list save share it (each person keeps their own batchId, so record-link waits stay per person). Optional,
   * so jobs stored before it read unchanged: no migration (lib/outbox/migrations.ts) is needed for an added optional field.
   */
  groupId: z.string().min(1).optional(),
  origin: saveOriginSchema,
  createdAt: z.number(),
  /**
   * When the user last sent it again (a re-send from the history or the popup, a new save of the same person while it
   * waited): the backoff and the 24 h give-up clock start over from there, not from createdAt.
   */
  resentAt: z.number().optional(),
  updatedAt: z.number(),
  vendor: vendorIdSchema,
  person: z.object({
    fullName: z.string(),
    profileUrl: z.string(),
    /**
     * Sections not loaded when the save was made: the history marks such a save "partial". Explicit since storage
     * version 2 (lib/outbox/migrations.ts): jobs stored before sections were tracked have [] (nothing recorded).
     */
    missing: z.array(z.enum(SECTIONS)),
    /** Sections read in part (fewer than LinkedIn's count) when the save was made. Explicit since version 2. */
    short: z.array(z.enum(SECTIONS)),
  }),
  target: z.object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    stageId: z.string().nullable(),
    stageName: z.string().nullable(),
  }),
  state: jobStateSchema,
  /**
   * A previous attempt may have reached the vendor (no answer, timeout, 5xx, unreadable answer, worker stopped):
   * the next attempt asks the vendor's lookup before sending anything again.
   */
  mayHaveReached: z.boolean(),
  /** Where its payload is stored (a new save of the same person replaces the payload of a waiting job). */
  payloadId: z.string().min(1),
  /** False when the payload could not be written (too large for storage): it lives only in this worker's memory. */
  payloadStored: z.boolean(),
  attempts: z.array(attemptSchema),
});
export type Job = z.infer<typeof jobSchema>;

export const jobPayloadSchema = z.object({ profile: profileSchema, request: saveRequestSchema });
export type JobPayload = z.infer<typeof jobPayloadSchema>;

/** Attempts kept per job (the count of all attempts is not needed beyond this for backoff: see policy). */
export const MAX_ATTEMPTS_KEPT = 20;

/**
 * Each vendor's job that changed last: what is known now about this person at that vendor. By last change, not by
 * creation: a failed job re-sent from the history and done after a newer save failed is the newer news.
 */
export function latestPerVendor(jobs: readonly Job[]): Job[] {
  const latest = new Map<Job['vendor'], Job>();
  for (const job of jobs) {
    const known = latest.get(job.vendor);
    if (!known || job.updatedAt > known.updatedAt) latest.set(job.vendor, job);
  }
  return [...latest.values()];
}

export function isFinished(job: Pick<Job, 'state'>): boolean {
  return job.state.kind === 'done' || job.state.kind === 'failed';
}

export function finishedAt(job: Job): number | null {
  return job.state.kind === 'done' || job.state.kind === 'failed' ? job.state.at : null;
}

/** Due now: waiting and its time has come. */
export function isDue(job: Job, now: number): boolean {
  return (job.state.kind === 'pending' || job.state.kind === 'retrying') && job.state.nextAttemptAt <= now;
}
