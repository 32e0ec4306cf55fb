// The outbox in chrome.storage.local: one versioned item for the jobs, one key per job for its payload. Only the
// background writes it, and every change goes through one promise chain, so two changes never interleave.
import { storage } from 'wxt/utils/storage';
import { finishedAt, isFinished, jobPayloadSchema, jobSchema, type Job, type JobPayload } from './job';

/** Finished jobs kept as history; unfinished ones are never dropped. */
export const MAX_FINISHED_JOBS = 1_000;

interface OutboxValue {
  jobs: Job[];
}

const OUTBOX_KEY = 'local:outbox' as const;
const PAYLOAD_PREFIX = 'local:outbox-payload:' as const;

export interface OutboxStore {
  read(): Promise<Job[]>;
  /** Read, change, write, as one step: `change` gets the current jobs and returns the new list and an answer. */
  mutate<T>(change: (jobs: Job[]) => { jobs: Job[]; value: T }): Promise<T>;
  /** False when storage refused it (a CV can be larger than storage.local allows). */
  writePayload(id: string, payload: JobPayload): Promise<boolean>;
  readPayload(id: string): Promise<JobPayload | null>;
  dropPayload(id: string): Promise<void>;
}

export interface OutboxStoreOptions {
  key?: `local:${string}`;
  maxFinished?: number;
}

/** Keeps every unfinished job and the newest `max` finished ones. */
export function bound(jobs: readonly Job[], max: number): { kept: Job[] } {
  const finished = jobs.filter(isFinished).sort((a, b) => (finishedAt(b) ?? 0) - (finishedAt(a) ?? 0));
  const drop = new Set(finished.slice(max).map((j) => j.id));
  return { kept: jobs.filter((j) => !drop.has(j.id)) };
}

export function createOutboxStore(options: OutboxStoreOptions = {}): OutboxStore {
  const max = options.maxFinished ?? MAX_FINISHED_JOBS;
  const item = storage.defineItem<OutboxValue>(options.key ?? OUTBOX_KEY, { fallback: { jobs: [] }, version: 1 });
  const payloadKey = (id: string) => `${PAYLOAD_PREFIX}${options.key ?? ''}${id}` as const;
  let chain: Promise<unknown> = Promise.resolve();

  async function read(): Promise<Job[]> {
    const value = await item.getValue();
    // Storage outlives versions of this code: a job that no longer parses is dropped rather than crashing the worker.
    return (Array.isArray(value?.jobs) ? value.jobs : []).flatMap((raw) => {
      const parsed = jobSchema.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
  }

  return {
    read: () => chain.then(read, read),
    mutate<T>(change: (jobs: Job[]) => { jobs: Job[]; value: T }): Promise<T> {
      const step = chain.then(async () => {
        const before = await read();
        const { jobs, value } = change(before);
        const { kept } = bound(jobs, max);
        await item.setValue({ jobs: kept });
        // Payloads of jobs that left the list (bounded out, cleared) go with them.
        const keptPayloads = new Set(kept.map((j) => j.payloadId));
        const gone = [...new Set([...before, ...jobs].map((j) => j.payloadId))].filter((id) => !keptPayloads.has(id)).map(payloadKey);
        if (gone.length > 0) await storage.removeItems(gone);
        return value;
      });
      // A failed change must not block the ones after it.
      chain = step.catch(() => undefined);
      return step;
    },
    async writePayload(id, payload) {
      try {
        await storage.setItem(payloadKey(id), payload);
        return true;
      } catch {
        return false;
      }
    },
    async readPayload(id) {
      const parsed = jobPayloadSchema.safeParse(await storage.getItem(payloadKey(id)));
      return parsed.success ? parsed.data : null;
    },
    async dropPayload(id) {
      await storage.removeItem(payloadKey(id));
    },
  };
}

/** Calls `changed` whenever the background rewrites the jobs (pages then ask listJobs again). Returns the unwatch. */
export function watchOutbox(changed: () => void): () => void {
  return storage.watch(OUTBOX_KEY, () => changed());
}
