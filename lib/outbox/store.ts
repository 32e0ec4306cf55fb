// The outbox in chrome.storage.local: one versioned item for the jobs, one versioned key per job for its payload, and
// one item for what could not be read (set aside, never dropped). Only the background writes it, and every change
// goes through one promise chain, so two changes never interleave.
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { z } from 'zod';
import { storedVersion, upgrade, wxtVersioning, readProblemSchema, type ReadProblem } from '@/lib/versioned-storage';
import { finishedAt, isFinished, type Job, type JobPayload } from './job';
import { JOB_STORAGE, OUTBOX_LIST_MIGRATIONS, OUTBOX_VERSION, PAYLOAD_STORAGE } from './migrations';

/**
 * Finished jobs kept as history, the newest of each kind: this many done, and as many failed (a failed save waits for
 * the user to send it again, so a day of successful list saves never pushes it out). Unfinished ones are never dropped.
 */
export const MAX_FINISHED_JOBS = 1_000;

const OUTBOX_KEY = 'local:outbox' as const;
const PAYLOAD_PREFIX = 'local:outbox-payload:' as const;
/** What could not be read. Named after the list so a test store (another key) has its own. */
const asideKeyOf = (key: string) => `${key}-aside` as StorageItemKey;
export const SET_ASIDE_KEY = asideKeyOf(OUTBOX_KEY);

/**
 * A stored job (or its payload, or the whole list) this version could not read: kept as it was found, with why and
 * when, until the user exports it or sends it again (lib/outbox/quarantine.ts).
 */
export const setAsideSchema = z.object({
  /** Stable for the same raw value: setting the same thing aside twice keeps one. */
  id: z.string().min(1),
  at: z.number(),
  /** What could not be read: a job in the list, a job's payload, or the list itself (not even `{ jobs: [...] }`). */
  part: z.enum(['job', 'payload', 'list']),
  /** The outbox version the raw job was written in (its payload has its own, in the payload's metadata). */
  version: z.number().int().min(1),
  /** The job as stored (for part 'list', the whole stored value). */
  job: z.unknown(),
  /** Its payload's id when the raw job names one: the payload stays under its own key. */
  payloadId: z.string().nullable(),
  problem: readProblemSchema,
});
export type SetAside = z.infer<typeof setAsideSchema>;

/** A payload as read back: usable, absent, or present but unreadable (then it is kept where it is). */
export type PayloadRead =
  | { kind: 'ok'; payload: JobPayload }
  | { kind: 'missing' }
  | { kind: 'unreadable'; problem: ReadProblem };

export interface OutboxStore {
  read(): Promise<Job[]>;
  /** Read, change, write, as one step: `change` gets the current jobs and returns the new list and an answer. */
  mutate<T>(change: (jobs: Job[]) => { jobs: Job[]; value: T }): Promise<T>;
  /** One step over both the set-aside entries and the jobs (putting a job back, setting one aside). */
  mutateAside<T>(change: (aside: SetAside[], jobs: Job[]) => { aside: SetAside[]; jobs: Job[]; value: T }): Promise<T>;
  /** Moves what no longer parses out of the list into the set-aside entries; how many moved. */
  sweep(): Promise<number>;
  readAside(): Promise<SetAside[]>;
  /** False when storage refused it (a CV can be larger than storage.local allows). */
  writePayload(id: string, payload: JobPayload): Promise<boolean>;
  readPayload(id: string): Promise<PayloadRead>;
  /** The payload as stored and the version it was written in (for an export), or null. */
  readRawPayload(id: string): Promise<{ version: number; value: unknown } | null>;
  dropPayload(id: string): Promise<void>;
}

export interface OutboxStoreOptions {
  key?: `local:${string}`;
  maxFinished?: number;
  now?(): number;
}

/** Keeps every unfinished job, the newest `max` done ones and the newest `max` failed ones. */
export function bound(jobs: readonly Job[], max: number): { kept: Job[] } {
  const newest = (kind: 'done' | 'failed') =>
    jobs.filter((j) => isFinished(j) && j.state.kind === kind).sort((a, b) => (finishedAt(b) ?? 0) - (finishedAt(a) ?? 0));
  const drop = new Set([...newest('done').slice(max), ...newest('failed').slice(max)].map((j) => j.id));
  return { kept: jobs.filter((j) => !drop.has(j.id)) };
}

/** A short stable fingerprint of a raw value (FNV-1a over its JSON): the same thing set aside twice is one entry. */
export function fingerprint(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function rawString(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === 'string' && field.length > 0 ? field.slice(0, 200) : null;
}

export function setAsideEntry(part: SetAside['part'], job: unknown, version: number, problem: ReadProblem, at: number): SetAside {
  return { id: `${rawString(job, 'id') ?? part}:${fingerprint(job)}`, at, part, version, job, payloadId: rawString(job, 'payloadId'), problem };
}

/**
 * The same thing set aside: the same entry id, or two jobs with the same id (one job seen before and after a
 * migration rewrote it: a worker stopped between its two writes, and the next one migrated the list first).
 */
function sameEntry(a: SetAside, b: SetAside): boolean {
  if (a.id === b.id) return true;
  const jobId = a.part === 'job' && b.part === 'job' ? rawString(a.job, 'id') : null;
  return jobId !== null && jobId === rawString(b.job, 'id');
}

/** Adds entries not already there, keeping the first (the value as it was first found, with its version). */
export function withEntries(aside: readonly SetAside[], added: readonly SetAside[]): SetAside[] {
  const out = [...aside];
  for (const entry of added) if (!out.some((e) => sameEntry(e, entry))) out.push(entry);
  return out;
}

interface Snapshot {
  jobs: Job[];
  /** What did not parse, as entries to set aside. */
  unreadable: SetAside[];
  /** The stored list was written by another version: rewrite it (and its version) even if nothing else changes. */
  stale: boolean;
}

export function createOutboxStore(options: OutboxStoreOptions = {}): OutboxStore {
  const max = options.maxFinished ?? MAX_FINISHED_JOBS;
  const now = options.now ?? (() => Date.now());
  const key = options.key ?? OUTBOX_KEY;
  // WXT migrates the stored list once, here; reads below still check its version (a migration that threw, or a list
  // written by a newer version after a rollback).
  const item = storage.defineItem<unknown>(key, { fallback: null, ...wxtVersioning({ ...JOB_STORAGE, migrations: OUTBOX_LIST_MIGRATIONS }) });
  const asideKey = asideKeyOf(key);
  const asideItem = storage.defineItem<unknown>(asideKey, { fallback: null, version: 1, migrations: {} });
  const payloadKey = (id: string) => `${PAYLOAD_PREFIX}${options.key ?? ''}${id}` as const;
  const payloadItem = (id: string) => storage.defineItem<unknown>(payloadKey(id), { fallback: null, ...wxtVersioning(PAYLOAD_STORAGE) });
  let chain: Promise<unknown> = Promise.resolve();

  async function snapshot(): Promise<Snapshot> {
    const value = await item.getValue();
    const version = storedVersion(await item.getMeta());
    if (value === null || value === undefined) return { jobs: [], unreadable: [], stale: false };
    const rawJobs = typeof value === 'object' && 'jobs' in value && Array.isArray(value.jobs) ? (value.jobs as unknown[]) : null;
    if (!rawJobs) {
      const problem: ReadProblem = { kind: 'invalid', detail: 'the stored outbox is not a list of jobs' };
      return { jobs: [], unreadable: [setAsideEntry('list', value, version, problem, now())], stale: true };
    }
    const jobs: Job[] = [];
    const unreadable: SetAside[] = [];
    for (const raw of rawJobs) {
      const read = upgrade(JOB_STORAGE, raw, version);
      if (read.ok) jobs.push(read.value);
      else unreadable.push(setAsideEntry('job', raw, version, read.problem, now()));
    }
    return { jobs, unreadable, stale: version !== OUTBOX_VERSION };
  }

  /** The stored entries: the parsed ones, and raw ones this code cannot read (kept untouched on every write). */
  async function asideSnapshot(): Promise<{ entries: SetAside[]; foreign: unknown[] }> {
    const value = await asideItem.getValue();
    const raw = Array.isArray(value) ? (value as unknown[]) : value === null || value === undefined ? [] : [value];
    const entries: SetAside[] = [];
    const foreign: unknown[] = [];
    for (const r of raw) {
      const parsed = setAsideSchema.safeParse(r);
      if (parsed.success) entries.push(parsed.data);
      else foreign.push(r);
    }
    return { entries, foreign };
  }

  /** WXT migrates an old payload when its item is defined, here on each read; the version is checked again after. */
  async function readRawPayload(id: string): Promise<{ version: number; value: unknown } | null> {
    const one = payloadItem(id);
    const value = await one.getValue();
    if (value === null || value === undefined) return null;
    return { version: storedVersion(await one.getMeta()), value };
  }

  async function read(): Promise<Job[]> {
    return (await snapshot()).jobs;
  }

  async function writeAside(entries: SetAside[], foreign: unknown[]): Promise<void> {
    await asideItem.setValue([...entries, ...foreign]);
  }

  async function writeJobs(jobs: Job[], stale: boolean): Promise<void> {
    await item.setValue({ jobs });
    // What this code writes is its own shape, whatever version wrote the list before.
    if (stale) await storage.setMeta(key, { v: OUTBOX_VERSION });
  }

  /** One step: reads both, sets aside what does not parse, applies `change`, writes what gains before what loses. */
  function step<T>(change: (aside: SetAside[], jobs: Job[]) => { aside: SetAside[]; jobs: Job[]; value: T }): Promise<T> {
    const run = chain.then(async () => {
      const before = await snapshot();
      const { entries, foreign } = await asideSnapshot();
      const asideBefore = withEntries(entries, before.unreadable);
      const out = change(asideBefore, before.jobs);
      const { kept } = bound(out.jobs, max);
      // Entries first with only additions, then the jobs, then the entries' removals: a stop between two writes
      // leaves something in both places (set aside again by id, or put back once: see quarantine), never in neither.
      const grown = withEntries(asideBefore, out.aside);
      if (grown.length !== entries.length) await writeAside(grown, foreign);
      await writeJobs(kept, before.stale);
      if (out.aside.length !== grown.length || out.aside.some((e, i) => grown[i]?.id !== e.id)) await writeAside(out.aside, foreign);
      // Payloads of jobs that left the list (bounded out, cleared) go with them; those of set-aside jobs stay.
      const keep = new Set([...kept.map((j) => j.payloadId), ...out.aside.flatMap((e) => (e.payloadId ? [e.payloadId] : []))]);
      const gone = [...new Set([...before.jobs, ...out.jobs].map((j) => j.payloadId))].filter((id) => !keep.has(id));
      if (gone.length > 0) await storage.removeItems(gone.map((id) => ({ key: payloadKey(id), options: { removeMeta: true } })));
      return out.value;
    });
    // A failed change must not block the ones after it.
    chain = run.catch(() => undefined);
    return run;
  }

  return {
    read: () => chain.then(read, read),
    mutate: (change) => step((aside, jobs) => ({ aside, ...change(jobs) })),
    mutateAside: step,
    async sweep() {
      const first = await chain.then(snapshot, snapshot);
      if (first.unreadable.length === 0 && !first.stale) return 0;
      return step((aside, jobs) => ({ aside, jobs, value: first.unreadable.length }));
    },
    async readAside() {
      const read = async () => (await asideSnapshot()).entries;
      return chain.then(read, read);
    },
    async writePayload(id, payload) {
      try {
        await payloadItem(id).setValue(payload);
        return true;
      } catch {
        await storage.removeItem(payloadKey(id), { removeMeta: true }).catch(() => undefined);
        return false;
      }
    },
    async readPayload(id) {
      const stored = await readRawPayload(id);
      if (!stored) return { kind: 'missing' };
      const read = upgrade(PAYLOAD_STORAGE, stored.value, stored.version);
      return read.ok ? { kind: 'ok', payload: read.value } : { kind: 'unreadable', problem: read.problem };
    },
    readRawPayload,
    async dropPayload(id) {
      await storage.removeItem(payloadKey(id), { removeMeta: true });
    },
  };
}

/** Calls `changed` whenever the background rewrites the jobs (pages then ask listJobs again). Returns the unwatch. */
export function watchOutbox(changed: () => void): () => void {
  return storage.watch(OUTBOX_KEY, () => changed());
}

/** Calls `changed` whenever what is set aside changes (the history's "Needs attention"). Returns the unwatch. */
export function watchSetAside(changed: () => void): () => void {
  return storage.watch(SET_ASIDE_KEY, () => changed());
}
