// What the outbox could not read is set aside (lib/outbox/store.ts), never dropped. These are the verbs the history
// page's "Needs attention" uses, as plain functions of the store so the background's handlers only call them: list
// (with who and which tool, as far as the raw value tells), export (the raw JSON), and send again (migrate and parse
// once more; put back in the outbox once, or say why not).
import { z } from 'zod';
import { readProblemSchema, upgrade, type ReadProblem } from '@/lib/versioned-storage';
import { vendorIdSchema } from '@/lib/vendors/vendor';
import type { Job } from './job';
import { JOB_STORAGE, OUTBOX_VERSION } from './migrations';
import { setAsideEntry, withEntries, type OutboxStore, type SetAside } from './store';

/** One set-aside entry as the history shows it. Names are best effort: the raw value may say anything. */
export const setAsideSummarySchema = z.object({
  id: z.string(),
  at: z.number(),
  part: z.enum(['job', 'payload', 'list']),
  fullName: z.string().nullable(),
  profileUrl: z.string().nullable(),
  /** The tool's id when it is one we know, else the raw text (a tool this version does not have), else null. */
  vendor: z.string().nullable(),
  knownVendor: vendorIdSchema.nullable(),
  problem: readProblemSchema,
});
export type SetAsideSummary = z.infer<typeof setAsideSummarySchema>;

export const exportedSetAsideSchema = z.object({ fileName: z.string(), json: z.string() });
export type ExportedSetAside = z.infer<typeof exportedSetAsideSchema>;

/** What "Send again" did. */
export type ResendOutcome =
  | { kind: 'sent'; job: Job }
  /** Migrated and parsed again, still not readable: `part` says what, `problem` why. Nothing was changed. */
  | { kind: 'still-unreadable'; part: 'job' | 'payload'; problem: ReadProblem }
  /** No such entry (already sent again, or never was). */
  | { kind: 'gone' };

const MAX_TEXT = 300;

function field(value: unknown, ...path: string[]): string | null {
  let at: unknown = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return null;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'string' && at.trim().length > 0 ? at.slice(0, MAX_TEXT) : null;
}

/** Who and which tool, from the raw job, else from its payload (read only when the job does not say). */
async function summarise(store: OutboxStore, entry: SetAside): Promise<SetAsideSummary> {
  let fullName = field(entry.job, 'person', 'fullName');
  let profileUrl = field(entry.job, 'person', 'profileUrl');
  let vendor = field(entry.job, 'vendor');
  if ((!fullName || !vendor) && entry.payloadId) {
    const payload = (await store.readRawPayload(entry.payloadId))?.value;
    fullName ??= field(payload, 'profile', 'fullName');
    profileUrl ??= field(payload, 'profile', 'profileUrl');
    vendor ??= field(payload, 'request', 'vendor');
  }
  const known = vendorIdSchema.safeParse(vendor);
  return {
    id: entry.id,
    at: entry.at,
    part: entry.part,
    fullName,
    profileUrl,
    vendor,
    knownVendor: known.success ? known.data : null,
    problem: entry.problem,
  };
}

/** Everything set aside, newest first. Sweeps first, so a list stored by an older version is looked at now. */
export async function listSetAside(store: OutboxStore): Promise<SetAsideSummary[]> {
  await store.sweep();
  const entries = await store.readAside();
  const summaries = await Promise.all(entries.map((entry) => summarise(store, entry)));
  return summaries.sort((a, b) => b.at - a.at);
}

/** The raw job and payload as stored, with why they were set aside: a file the user can keep or hand to support. */
export async function exportSetAside(store: OutboxStore, id: string, now: number): Promise<ExportedSetAside | null> {
  const entry = (await store.readAside()).find((e) => e.id === id);
  if (!entry) return null;
  const payload = entry.payloadId ? await store.readRawPayload(entry.payloadId) : null;
  const file = {
    exportedAt: new Date(now).toISOString(),
    setAsideAt: new Date(entry.at).toISOString(),
    part: entry.part,
    problem: entry.problem,
    job: { storageVersion: entry.version, value: entry.job },
    payload: payload ? { id: entry.payloadId, storageVersion: payload.version, value: payload.value } : null,
  };
  const safeId = entry.id.replace(/[^A-Za-z0-9-]/g, '_').slice(0, 60);
  return { fileName: `needs-attention-${safeId}.json`, json: JSON.stringify(file, null, 2) };
}

/**
 * Migrates and parses the entry again (this version may know what an older one did not), checks its payload, and puts
 * the job back in the outbox in the same step that removes the entry. A job that is already back (the same id) is
 * never added twice. A job that was done goes back to the history as it was (nothing is sent again); any other is due
 * now, and re-checked with the vendor first when it was found mid-attempt (its request may have reached the vendor).
 */
export async function resendSetAside(store: OutboxStore, id: string, now: number): Promise<ResendOutcome> {
  const entry = (await store.readAside()).find((e) => e.id === id);
  if (!entry) return { kind: 'gone' };
  const read = upgrade(JOB_STORAGE, entry.job, entry.version);
  if (!read.ok) return { kind: 'still-unreadable', part: 'job', problem: read.problem };
  const job = read.value;
  if (job.state.kind !== 'done') {
    const payload = await store.readPayload(job.payloadId);
    if (payload.kind === 'unreadable') return { kind: 'still-unreadable', part: 'payload', problem: payload.problem };
    // A missing payload goes back too: the processor then says so on the job ("save again from the profile").
  }
  return store.mutateAside<ResendOutcome>((aside, jobs) => {
    const rest = aside.filter((e) => e.id !== id);
    const already = jobs.find((j) => j.id === job.id);
    if (already) return { aside: rest, jobs, value: { kind: 'sent', job: already } };
    if (rest.length === aside.length) return { aside, jobs, value: { kind: 'gone' } };
    const back: Job =
      job.state.kind === 'done'
        ? job
        : {
            ...job,
            updatedAt: now,
            resentAt: now,
            mayHaveReached: job.mayHaveReached || job.state.kind === 'running',
            state: { kind: 'pending', nextAttemptAt: now },
          };
    return { aside: rest, jobs: [...jobs, back], value: { kind: 'sent', job: back } };
  });
}

/**
 * The processor found a job's payload unreadable: the job leaves the outbox for the set-aside entries (its payload
 * stays under its key), in one step. False when the job was no longer in the outbox.
 */
export function setJobAside(store: OutboxStore, jobId: string, problem: ReadProblem, now: number): Promise<boolean> {
  return store.mutateAside((aside, jobs) => {
    const job = jobs.find((j) => j.id === jobId);
    if (!job) return { aside, jobs, value: false };
    return {
      aside: withEntries(aside, [setAsideEntry('payload', job, OUTBOX_VERSION, problem, now)]),
      jobs: jobs.filter((j) => j.id !== jobId),
      value: true,
    };
  });
}
