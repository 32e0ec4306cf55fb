// The outbox in the service worker: one processor over the stored jobs, woken by its alarm, the browser starting,
// the worker starting and the network coming back. A save of one person, whatever started it, goes through enqueueSave;
// a list save through enqueueList.
import { browser } from 'wxt/browser';
import type { Job, SaveOrigin } from '@/lib/outbox/job';
import { createProcessor, type Processor, type Scheduler } from '@/lib/outbox/processor';
import { createOutboxStore, type OutboxStore } from '@/lib/outbox/store';
import type { SaveInput, SaveManyInput } from '@/lib/protocol';
import { openVendor } from './vendor-service';

const ALARM = 'outbox';
/** How long a sender waits for the first attempts before it is answered with the jobs as they are. */
export const FIRST_ATTEMPT_WAIT_MS = 25_000;

let timer: ReturnType<typeof setTimeout> | undefined;

// A timer for the near term (alarms are clamped to 30 s and more), the alarm so a sleeping worker is woken.
const scheduler: Scheduler = {
  schedule(at) {
    clearTimeout(timer);
    if (at === null) {
      void browser.alarms.clear(ALARM);
      return;
    }
    timer = setTimeout(() => void outbox().run(), Math.max(0, at - Date.now()));
    void browser.alarms.create(ALARM, { when: Math.max(at, Date.now() + 1_000) });
  },
};

let processor: Processor | null = null;
let store: OutboxStore | null = null;

/** The one outbox store of this worker: every change to the jobs and to what is set aside goes through its chain. */
export function outboxStore(): OutboxStore {
  store ??= createOutboxStore();
  return store;
}

export function outbox(): Processor {
  processor ??= createProcessor({
    store: outboxStore(),
    open: openVendor,
    now: () => Date.now(),
    random: () => Math.random(),
    newId: () => crypto.randomUUID(),
    isOnline: () => navigator.onLine,
    scheduler,
    instanceId: crypto.randomUUID(),
  });
  return processor;
}

/**
 * Queues the save (one job per vendor, stored before any request) and starts sending. The popup, the in-page button,
 * the shortcut and the context menu all call this; it answers with the jobs as stored, before any attempt.
 */
export async function enqueueSave(input: SaveInput, origin: SaveOrigin): Promise<Job[]> {
  const jobs = await outbox().enqueue(input, origin);
  void outbox().run();
  return jobs;
}

/** What a list save answers at once: its group (listJobs({ groupId }) follows it) and every job as stored. */
export interface SaveManyAnswer {
  groupId: string;
  jobs: Job[];
}

/**
 * A list save: every person's jobs stored in one go (origin 'list', one groupId), then sending starts. Answers at
 * once, before any attempt: a list takes minutes at a paced vendor, and the popup follows the group.
 */
export async function enqueueList(input: SaveManyInput): Promise<SaveManyAnswer> {
  const groupId = crypto.randomUUID();
  const jobs = await outbox().enqueueMany(input.items, 'list', groupId);
  void outbox().run();
  return { groupId, jobs };
}

/** enqueueSave, answered once each job had its first attempt (or after FIRST_ATTEMPT_WAIT_MS, or at once offline). */
export async function saveAndWait(input: SaveInput, origin: SaveOrigin): Promise<Job[]> {
  const jobs = await enqueueSave(input, origin);
  return outbox().settled(
    jobs.map((j) => j.id),
    FIRST_ATTEMPT_WAIT_MS,
  );
}

/** Registers the wake-ups. Called synchronously from the background's main (a woken worker must find them). */
export function startOutbox(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void outbox().run();
  });
  browser.runtime.onStartup.addListener(() => void outbox().run());
  globalThis.addEventListener('online', () => void outbox().online());
  // Worker start: jobs left waiting (or interrupted mid-request by a stopped worker) resume now.
  void outbox().run();
}
