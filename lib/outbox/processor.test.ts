import type { AnyVendor } from '@/lib/vendors';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { appError, type AppError } from '@/lib/errors';
import { sampleProfile } from '@/lib/vendors/leonar/sample-profile';
import type { Profile } from '@/lib/profile/profile';
import type { DuplicateStatus, SaveManyItem, SaveRequest, SaveResult, VendorId } from '@/lib/vendors/vendor';
import type { Job } from './job';
import { BACKOFF, UNEXPECTED_TRIES } from './policy';
import { ATTEMPT_WATCH_MS, createProcessor, LINK_WAIT_MS, OFFLINE_RECHECK_MS, type ProcessorDeps } from './processor';
import { createOutboxStore, type OutboxStore } from './store';

const T0 = 1_700_000_000_000;
const profile = sampleProfile();

/** What a scripted save answers: a result, an error, or a promise the test settles later (a call that hangs). */
type Step = SaveResult | AppError | Promise<SaveResult>;

/** A vendor whose answers the test scripts, and which records what it was asked. */
function fakeVendor(id: VendorId, opts: { lookup?: boolean; batchLimit?: number; cannotSave?: (p: Profile) => string | null } = {}) {
  const saves: Step[] = [];
  const lookups: DuplicateStatus[] = [];
  /** Scripted saveMany answers: per-item results (missing ones default to ok), or an error the whole call throws. */
  const batches: ((SaveResult | AppError)[] | AppError)[] = [];
  const calls: { kind: 'save' | 'lookup' | 'saveMany'; request?: SaveRequest; jobsAtCall?: Job[]; items?: SaveManyItem<unknown>[] }[] = [];
  let store: OutboxStore | null = null;
  const vendor: AnyVendor = {
    id,
    label: id.toUpperCase(),
    hosts: [],
    // As the registry's: this test's "collective" carries the others' record links.
    recordLinksFrom: id === 'collective' ? 'others' : [],
    keyPage: 'https://docs.example/keys',
    sampleSettings: {},
    sampleTargetId: null,
    errorTexts: {},
    saveBodySchema: z.unknown(),
    keyHelp: '',
    settingFields: [],
    validateSettings: () => null,
    target: { noun: 'project', required: false },
    optionsSchema: z.record(z.string(), z.unknown()),
    defaultOptions: () => ({}),
    buildPayload: () => ({}),
    createHttp: () => ({ request: () => Promise.reject(new Error('no http in this test')) }),
    check: async () => undefined,
    async save(_ctx, _profile, request) {
      calls.push({ kind: 'save', request, jobsAtCall: store ? await store.read() : [] });
      const next = saves.shift() ?? ok(id);
      if (next instanceof Promise) return next;
      if ('code' in next) throw next;
      return next;
    },
    ...(opts.cannotSave ? { cannotSave: opts.cannotSave } : {}),
    ...(opts.batchLimit === undefined
      ? {}
      : {
          batchLimit: opts.batchLimit,
          async saveMany(_ctx, items) {
            calls.push({ kind: 'saveMany', items: [...items], jobsAtCall: store ? await store.read() : [] });
            const next = batches.shift();
            if (next && !Array.isArray(next)) throw next;
            return items.map((item, i) => next?.[i] ?? ok(id, { recordId: `${id}-${item.profile.publicIdentifier}` }));
          },
        }),
    ...(opts.lookup === false
      ? {}
      : {
          async lookup() {
            calls.push({ kind: 'lookup' });
            return lookups.shift() ?? { state: 'new' as const, detail: '' };
          },
        }),
  };
  return { vendor, saves, lookups, batches, calls, attach: (s: OutboxStore) => (store = s) };
}

function ok(vendor: VendorId, extra: Partial<SaveResult> = {}): SaveResult {
  return { vendor, status: 'created', recordId: `${vendor}-1`, recordUrl: null, message: 'saved', ...extra };
}

function request(vendor: VendorId, targetId: string | null = 'project-1'): SaveRequest {
  return { vendor, targetId, stageId: null, note: null, contacts: { emails: [], phones: [] }, atsUrls: [], options: {} };
}

function setup(vendors: ReturnType<typeof fakeVendor>[], over: Partial<ProcessorDeps> = {}) {
  const store = createOutboxStore();
  for (const v of vendors) v.attach(store);
  const clock = { now: T0 };
  const scheduled: (number | null)[] = [];
  let online = true;
  let n = 0;
  const deps: ProcessorDeps = {
    store,
    async open(id) {
      const found = vendors.find((v) => v.vendor.id === id);
      if (!found) return appError('not-configured', `${id} has no key`, { vendor: id });
      return { vendor: found.vendor, ctx: { http: found.vendor.createHttp({}), settings: {}, now: () => new Date(clock.now) } };
    },
    now: () => clock.now,
    random: () => 0.5,
    newId: () => `id-${++n}`,
    isOnline: () => online,
    scheduler: { schedule: (at) => scheduled.push(at) },
    instanceId: 'worker-1',
    ...over,
  };
  const processor = createProcessor(deps);
  return { processor, store, clock, scheduled, deps: () => deps, setOnline: (v: boolean) => (online = v) };
}

beforeEach(() => fakeBrowser.reset());

describe('outbox processor', () => {
  it('writes the job and its payload before the first request, and ends done with the vendor’s answer', async () => {
    const leonar = fakeVendor('leonar');
    const { processor, store } = setup([leonar]);
    const [job] = await processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    expect(job?.state.kind).toBe('pending');
    await processor.run();
    expect(leonar.calls[0]?.jobsAtCall?.map((j) => [j.id, j.state.kind])).toEqual([[job!.id, 'running']]);
    const [after] = await store.read();
    expect(after?.state).toMatchObject({ kind: 'done', confirmedBy: 'response', result: { recordId: 'leonar-1' } });
    // Done: what was sent is no longer kept, the history line is.
    expect(await store.readPayload(after!.payloadId)).toEqual({ kind: 'missing' });
  });

  it('a payload that no longer reads is set aside with its job, not sent, failed or dropped', async () => {
    const leonar = fakeVendor('leonar');
    const { processor, store } = setup([leonar]);
    const [job] = await processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    // Written meanwhile in a shape this version cannot read (a newer version's, a torn write).
    await storage.setItem(`local:outbox-payload:${job!.payloadId}`, { profile: { name: 'v3' } });
    await processor.run();
    expect(leonar.calls).toEqual([]);
    expect(await store.read()).toEqual([]);
    const [aside] = await store.readAside();
    expect(aside).toMatchObject({ part: 'payload', payloadId: job!.payloadId, job: { id: job!.id }, problem: { kind: 'invalid' } });
    expect(await storage.getItem(`local:outbox-payload:${job!.payloadId}`)).toEqual({ profile: { name: 'v3' } });
  });

  it('a 503 is retried after the backoff; the retry asks the lookup first and sends once more only when the person is not there', async () => {
    const leonar = fakeVendor('leonar');
    leonar.saves.push(appError('vendor-server', 'POST → 503', { status: 503, retryable: true }));
    const { processor, store, clock, scheduled } = setup([leonar]);
    await processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    await processor.run();
    const [retrying] = await store.read();
    expect(retrying?.state).toMatchObject({ kind: 'retrying', nextAttemptAt: T0 + BACKOFF.baseMs, error: { code: 'vendor-server' } });
    expect(scheduled.at(-1)).toBe(T0 + BACKOFF.baseMs);

    await processor.run();
    expect(leonar.calls.map((c) => c.kind)).toEqual(['save']);

    clock.now += BACKOFF.baseMs;
    await processor.run();
    expect(leonar.calls.map((c) => c.kind)).toEqual(['save', 'lookup', 'save']);
    const [done] = await store.read();
    expect(done?.state).toMatchObject({ kind: 'done', confirmedBy: 'response' });
    expect(done?.attempts.map((a) => [a.outcome, a.rechecked])).toEqual([['error', 'not-needed'], ['done', 'not-found']]);
    expect(scheduled.at(-1)).toBeNull();
  });

  it('after a timeout, a person the lookup finds in the target is done without sending again', async () => {
    const leonar = fakeVendor('leonar');
    leonar.saves.push(appError('timeout', 'no answer', { retryable: true }));
    leonar.lookups.push({ state: 'in-target', recordId: 'contact-9', recordUrl: null, detail: '' });
    const { processor, store, clock } = setup([leonar]);
    await processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    await processor.run();
    clock.now += BACKOFF.capMs;
    await processor.run();
    expect(leonar.calls.map((c) => c.kind)).toEqual(['save', 'lookup']);
    const [job] = await store.read();
    expect(job?.state).toMatchObject({ kind: 'done', confirmedBy: 'recheck', result: { status: 'added', recordId: 'contact-9' } });
    expect(job?.state.kind === 'done' && job.state.result.message).toContain('not sent again');
  });

  it('a 429 waits for its retryAt and is not re-checked (the vendor refused it)', async () => {
    const stardex = fakeVendor('stardex');
    stardex.saves.push(appError('vendor-rate-limited', '429', { retryAt: T0 + 45_000, retryable: true }));
    const { processor, store, clock } = setup([stardex]);
    await processor.enqueue({ profile, requests: [request('stardex')] }, 'popup');
    await processor.run();
    expect((await store.read())[0]?.state).toMatchObject({ kind: 'retrying', nextAttemptAt: T0 + 45_000 });
    clock.now = T0 + 44_000;
    await processor.run();
    expect(stardex.calls).toHaveLength(1);
    clock.now = T0 + 45_000;
    await processor.run();
    expect(stardex.calls.map((c) => c.kind)).toEqual(['save', 'save']);
  });

  it('storage refusing the write of a done save: retried by itself, the lookup finds the person, nothing sent twice', async () => {
    const leonar = fakeVendor('leonar');
    leonar.lookups.push({ state: 'in-target', recordId: 'contact-7', recordUrl: null, detail: '' });
    const { processor, store, clock } = setup([leonar]);
    await processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    // The vendor saves; then storage refuses the one write that would mark the job done (a full disk, say).
    const mutate = store.mutate.bind(store);
    let refusals = 1;
    vi.spyOn(store, 'mutate').mockImplementation(<T,>(change: (jobs: Job[]) => { jobs: Job[]; value: T }) =>
      mutate((jobs) => {
        const out = change(jobs);
        if (refusals > 0 && out.jobs.some((j) => j.state.kind === 'done')) {
          refusals--;
          throw new Error('QUOTA_BYTES quota exceeded');
        }
        return out;
      }),
    );
    await processor.run();
    const [retrying] = await store.read();
    expect(retrying?.state).toMatchObject({ kind: 'retrying', nextAttemptAt: T0 + BACKOFF.baseMs, error: { code: 'internal' } });
    expect(retrying?.mayHaveReached).toBe(true);
    clock.now += BACKOFF.baseMs;
    await processor.run();
    expect(leonar.calls.map((c) => c.kind)).toEqual(['save', 'lookup']);
    expect((await store.read())[0]?.state).toMatchObject({ kind: 'done', confirmedBy: 'recheck', result: { recordId: 'contact-7' } });
  });

  it('a failure of ours that comes back every time stops after UNEXPECTED_TRIES attempts and waits for the user', async () => {
    const leonar = fakeVendor('leonar', { lookup: false });
    const { processor, store, clock } = setup([leonar]);
    await processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    vi.spyOn(store, 'readPayload').mockRejectedValue(new Error('storage is broken'));
    for (let i = 0; i < UNEXPECTED_TRIES; i++) {
      await processor.run();
      clock.now += BACKOFF.capMs;
    }
    const [job] = await store.read();
    expect(job?.attempts).toHaveLength(UNEXPECTED_TRIES);
    expect(job?.state).toMatchObject({ kind: 'failed', permanent: true, error: { code: 'internal' } });
    await processor.run();
    expect((await store.read())[0]?.attempts).toHaveLength(UNEXPECTED_TRIES);
    expect(leonar.calls).toEqual([]);
  });

  it('a 401 stops for the user; re-sent after the key is fixed, it ends done', async () => {
    const leonar = fakeVendor('leonar');
    leonar.saves.push(appError('vendor-auth', '401', { status: 401 }));
    const { processor, store, scheduled } = setup([leonar]);
    const [job] = await processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    await processor.run();
    expect((await store.read())[0]?.state).toMatchObject({ kind: 'failed', permanent: true, error: { code: 'vendor-auth', vendor: 'leonar' } });
    expect(scheduled.at(-1)).toBeNull();
    expect((await store.readPayload((await store.read())[0]!.payloadId)).kind).toBe('ok');

    expect(await processor.retry(job!.id)).toMatchObject({ state: { kind: 'pending' } });
    await processor.run();
    expect((await store.read())[0]?.state.kind).toBe('done');
    // A 401 proves nothing reached the vendor: no lookup before the re-send.
    expect(leonar.calls.map((c) => c.kind)).toEqual(['save', 'save']);
  });

  it('a re-send by the user starts the backoff and the one-day limit over', async () => {
    const leonar = fakeVendor('leonar');
    const outage = () => appError('vendor-server', 'POST → 503', { status: 503, retryable: true });
    leonar.saves.push(...Array.from({ length: 8 }, outage));
    const { processor, store, clock } = setup([leonar]);
    const [job] = await processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    // Seven failures in a row: the next try is far off.
    for (let i = 0; i < 7; i += 1) {
      await processor.run();
      const state = (await store.read())[0]!.state;
      if (state.kind === 'retrying') clock.now = state.nextAttemptAt;
    }
    clock.now = T0 + BACKOFF.giveUpAfterMs + 60_000;
    await processor.retry(job!.id);
    await processor.run();
    // A day and a minute after the first save: the re-sent job is retried, 5 s after its first failure since.
    expect((await store.read())[0]?.state).toMatchObject({ kind: 'retrying', nextAttemptAt: clock.now + BACKOFF.baseMs });
  });

  it('a job left running by a stopped worker is re-checked before anything is sent again', async () => {
    const leonar = fakeVendor('leonar');
    leonar.lookups.push({ state: 'in-target', recordId: 'contact-1', recordUrl: null, detail: '' });
    const first = setup([leonar], { instanceId: 'worker-1' });
    await first.processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    await first.store.mutate((jobs) => ({
      jobs: jobs.map((j) => ({ ...j, state: { kind: 'running' as const, since: T0, by: 'worker-1' }, attempts: [{ startedAt: T0, endedAt: null, rechecked: 'not-needed' as const, outcome: null }] })),
      value: null,
    }));
    // A new worker: same storage, another instance id.
    const second = createProcessor({ ...first.deps(), instanceId: 'worker-2' });
    await second.run();
    expect(leonar.calls.map((c) => c.kind)).toEqual(['lookup']);
    const [job] = await first.store.read();
    expect(job?.state).toMatchObject({ kind: 'done', confirmedBy: 'recheck' });
    expect(job?.attempts.map((a) => a.outcome)).toEqual(['interrupted', 'done']);
  });

  it('runs Leonar and Stardex before Collective, passes their record URL on, and one failing blocks no other', async () => {
    const leonar = fakeVendor('leonar');
    const stardex = fakeVendor('stardex');
    const collective = fakeVendor('collective', { lookup: false });
    leonar.saves.push(appError('vendor-forbidden', '403', { status: 403 }));
    stardex.saves.push(ok('stardex', { recordUrl: 'https://app.stardex.ai/person/1' }));
    const { processor, store } = setup([leonar, stardex, collective]);
    await processor.enqueue({ profile, requests: [request('collective', null), request('stardex'), request('leonar')] }, 'popup');
    await processor.run();
    const byVendor = Object.fromEntries((await store.read()).map((j) => [j.vendor, j.state.kind]));
    expect(byVendor).toEqual({ leonar: 'failed', stardex: 'done', collective: 'done' });
    expect(collective.calls[0]?.request?.atsUrls).toEqual([{ vendor: 'stardex', url: 'https://app.stardex.ai/person/1' }]);
  });

  it('tools that do not need each other save side by side: a call hanging at one holds no other', async () => {
    const leonar = fakeVendor('leonar');
    const stardex = fakeVendor('stardex');
    let answerLeonar: (r: SaveResult) => void = () => undefined;
    leonar.saves.push(new Promise<SaveResult>((resolve) => (answerLeonar = resolve)));
    const { processor, store } = setup([leonar, stardex]);
    await processor.enqueue({ profile, requests: [request('leonar'), request('stardex')] }, 'popup');
    const running = processor.run();
    await vi.waitFor(async () => expect((await store.read()).find((j) => j.vendor === 'stardex')?.state.kind).toBe('done'));
    expect((await store.read()).find((j) => j.vendor === 'leonar')?.state.kind).toBe('running');
    answerLeonar(ok('leonar'));
    await running;
    expect((await store.read()).map((j) => j.state.kind)).toEqual(['done', 'done']);
  });

  it('the tool that carries the others’ record links waits for them only briefly (LINK_WAIT_MS)', async () => {
    const leonar = fakeVendor('leonar');
    const stardex = fakeVendor('stardex');
    const collective = fakeVendor('collective', { lookup: false });
    let answerLeonar: (r: SaveResult) => void = () => undefined;
    leonar.saves.push(new Promise<SaveResult>((resolve) => (answerLeonar = resolve)));
    stardex.saves.push(ok('stardex', { recordUrl: 'https://app.stardex.ai/person/1' }));
    const slept: number[] = [];
    const clockRef: { now: number } = { now: T0 };
    const store = createOutboxStore();
    const { processor } = setup([leonar, stardex, collective], {
      store,
      now: () => clockRef.now,
      async sleep(ms) {
        // The wait lasts long enough for the tool that answers to answer (in real time it does).
        await vi.waitFor(async () => expect((await store.read()).find((j) => j.vendor === 'stardex')?.state.kind).toBe('done'));
        slept.push(ms);
        clockRef.now += ms;
      },
    });
    await processor.enqueue({ profile, requests: [request('collective', null), request('stardex'), request('leonar')] }, 'popup');
    const running = processor.run();
    await vi.waitFor(async () => expect((await store.read()).find((j) => j.vendor === 'collective')?.state.kind).toBe('done'));
    // It waited LINK_WAIT_MS for the hanging one, and carried the link of the one that answered.
    expect(slept).toContain(LINK_WAIT_MS);
    expect(collective.calls[0]?.request?.atsUrls).toEqual([{ vendor: 'stardex', url: 'https://app.stardex.ai/person/1' }]);
    expect((await store.read()).find((j) => j.vendor === 'leonar')?.state.kind).toBe('running');
    answerLeonar(ok('leonar'));
    await running;
  });

  it('a vendor without a lookup (an upsert) is sent again after an unclear attempt', async () => {
    const collective = fakeVendor('collective', { lookup: false });
    collective.saves.push(appError('network', 'dropped', { retryable: true }));
    const { processor, store, clock } = setup([collective]);
    await processor.enqueue({ profile, requests: [request('collective', null)] }, 'popup');
    await processor.run();
    clock.now += BACKOFF.capMs;
    await processor.run();
    expect(collective.calls.map((c) => c.kind)).toEqual(['save', 'save']);
    expect((await store.read())[0]?.attempts.at(-1)?.rechecked).toBe('unavailable');
  });

  it('a new save of the same person to the same vendor replaces the waiting one and is due now', async () => {
    const leonar = fakeVendor('leonar');
    leonar.saves.push(appError('vendor-server', '500', { retryable: true }));
    const { processor, store } = setup([leonar]);
    const [first] = await processor.enqueue({ profile, requests: [request('leonar', 'project-1')] }, 'popup');
    await processor.run();
    const [second] = await processor.enqueue({ profile, requests: [request('leonar', 'project-2')] }, 'button');
    expect(second?.id).toBe(first?.id);
    expect((await store.read())).toHaveLength(1);
    await processor.run();
    expect(leonar.calls.filter((c) => c.kind === 'save').map((c) => c.request?.targetId)).toEqual(['project-1', 'project-2']);
    expect((await store.read())[0]).toMatchObject({ origin: 'button', target: { id: 'project-2' }, state: { kind: 'done' } });
  });

  it('offline: nothing is tried, an alarm is kept as a fallback; back online, network failures are due at once', async () => {
    const leonar = fakeVendor('leonar');
    leonar.saves.push(appError('network', 'offline', { retryable: true }));
    const { processor, store, scheduled, setOnline, clock } = setup([leonar]);
    await processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    await processor.run();
    expect((await store.read())[0]?.state.kind).toBe('retrying');
    setOnline(false);
    clock.now += BACKOFF.capMs;
    await processor.run();
    expect(leonar.calls).toHaveLength(1);
    expect(scheduled.at(-1)).toBe(clock.now + OFFLINE_RECHECK_MS);
    setOnline(true);
    await processor.online();
    expect((await store.read())[0]?.state.kind).toBe('done');
  });

  it('a save made offline is looked at again within seconds, and sent once the worker sees the network, even with no online event', async () => {
    const leonar = fakeVendor('leonar');
    const { processor, store, scheduled, setOnline, clock } = setup([leonar]);
    setOnline(false);
    await processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    await processor.run();
    expect(leonar.calls).toHaveLength(0);
    expect((await store.read())[0]?.state.kind).toBe('pending');
    expect(scheduled.at(-1)).toBeLessThanOrEqual(clock.now + 5_000);
    // The scheduled wake-up, with the network back: no call to online().
    setOnline(true);
    clock.now += OFFLINE_RECHECK_MS;
    await processor.run();
    expect(leonar.calls.filter((c) => c.kind === 'save')).toHaveLength(1);
    expect((await store.read())[0]?.state.kind).toBe('done');
  });

  it('settled answers once the jobs had their attempt; clearing keeps unfinished jobs; list filters by person, newest first', async () => {
    const leonar = fakeVendor('leonar');
    const stardex = fakeVendor('stardex');
    stardex.saves.push(appError('vendor-server', '500', { retryable: true }));
    const { processor, clock } = setup([leonar, stardex]);
    const jobs = await processor.enqueue({ profile, requests: [request('leonar'), request('stardex')] }, 'popup');
    void processor.run();
    const answered = await processor.settled(jobs.map((j) => j.id), 5_000);
    expect(answered.map((j) => j.state.kind)).toEqual(['done', 'retrying']);

    clock.now += 1;
    const other = sampleProfile({ profileUrl: 'https://www.linkedin.com/in/someone-else/', fullName: 'Someone Else' });
    await processor.enqueue({ profile: other, requests: [request('leonar')] }, 'popup');
    expect((await processor.list()).map((j) => j.person.fullName)).toEqual(['Someone Else', 'Camille Durand', 'Camille Durand']);
    expect(await processor.list({ profileUrl: profile.profileUrl })).toHaveLength(2);

    expect(await processor.clearFinished()).toBe(1);
    expect((await processor.list()).map((j) => j.state.kind).sort()).toEqual(['pending', 'retrying']);
  });

  it('a vendor without a key fails permanently with not-configured', async () => {
    const { processor, store } = setup([]);
    await processor.enqueue({ profile, requests: [request('stardex')] }, 'popup');
    await processor.run();
    expect((await store.read())[0]?.state).toMatchObject({ kind: 'failed', permanent: true, error: { code: 'not-configured' } });
  });
});

/** A list person: the sample profile under another public address. */
function person(i: number): Profile {
  return { ...profile, fullName: `Person ${i}`, publicIdentifier: `person-${i}`, profileUrl: `https://www.linkedin.com/in/person-${i}/` };
}

function listOf(count: number, requestFor: (i: number) => SaveRequest[] = () => [request('leonar')]) {
  return Array.from({ length: count }, (_, i) => ({ profile: person(i), requests: requestFor(i) }));
}

describe('outbox processor: list saves', () => {
  it('stores every job with the group id before any attempt; each person keeps their own batch; list filters by group', async () => {
    const leonar = fakeVendor('leonar', { batchLimit: 100 });
    const { processor, store } = setup([leonar]);
    const jobs = await processor.enqueueMany(listOf(3), 'list', 'group-1');
    expect(jobs.map((j) => [j.state.kind, j.origin, j.groupId])).toEqual(Array(3).fill(['pending', 'list', 'group-1']));
    expect(new Set(jobs.map((j) => j.batchId)).size).toBe(3);
    for (const job of jobs) expect((await store.readPayload(job.payloadId)).kind).toBe('ok');
    await processor.enqueue({ profile: person(9), requests: [request('leonar')] }, 'popup');
    expect((await processor.list({ groupId: 'group-1' })).map((j) => j.person.fullName).sort()).toEqual(['Person 0', 'Person 1', 'Person 2']);
    await processor.run();
    expect(leonar.calls[0]?.jobsAtCall?.filter((j) => j.groupId === 'group-1').map((j) => j.state.kind)).toEqual(['running', 'running', 'running']);
  });

  it('a list save takes in a waiting single save of the same person and target, keeping what that one sends', async () => {
    const leonar = fakeVendor('leonar', { batchLimit: 100 });
    const { processor, store } = setup([leonar]);
    const [single] = await processor.enqueue({ profile: person(1), requests: [request('leonar')] }, 'popup');
    const jobs = await processor.enqueueMany(listOf(2), 'list', 'group-1');
    const taken = jobs.find((j) => j.person.fullName === 'Person 1');
    expect(taken).toMatchObject({ id: single!.id, groupId: 'group-1', origin: 'popup', payloadId: single!.payloadId });
    expect(await store.read()).toHaveLength(2);
    expect((await store.readPayload(single!.payloadId)).kind).toBe('ok');
  });

  it('a list save to another target replaces the waiting single save: the latest choice of target wins', async () => {
    const leonar = fakeVendor('leonar', { batchLimit: 100 });
    const { processor, store } = setup([leonar]);
    const [single] = await processor.enqueue({ profile: person(1), requests: [request('leonar', 'project-0')] }, 'popup');
    const jobs = await processor.enqueueMany(listOf(2), 'list', 'group-1');
    expect(jobs.find((j) => j.person.fullName === 'Person 1')).toMatchObject({ id: single!.id, origin: 'list', target: { id: 'project-1' } });
    expect(await store.read()).toHaveLength(2);
    expect(await store.readPayload(single!.payloadId)).toEqual({ kind: 'missing' });
  });

  it('10 due jobs of a batching vendor: one saveMany call with the 10 people, each job done with its own result', async () => {
    const leonar = fakeVendor('leonar', { batchLimit: 100 });
    const { processor, store } = setup([leonar]);
    await processor.enqueueMany(listOf(10), 'list', 'g');
    await processor.run();
    expect(leonar.calls.map((c) => [c.kind, c.items?.length])).toEqual([['saveMany', 10]]);
    const after = await store.read();
    expect(after.every((j) => j.state.kind === 'done')).toBe(true);
    const done = after.find((j) => j.person.fullName === 'Person 7');
    expect(done?.state).toMatchObject({ kind: 'done', result: { recordId: 'leonar-person-7' } });
  });

  it('150 due jobs: two calls, 100 then 50', async () => {
    const leonar = fakeVendor('leonar', { batchLimit: 100 });
    const { processor, store } = setup([leonar]);
    await processor.enqueueMany(listOf(100), 'list', 'g1');
    await processor.enqueueMany(
      Array.from({ length: 50 }, (_, i) => ({ profile: person(100 + i), requests: [request('leonar')] })),
      'list',
      'g2',
    );
    await processor.run();
    expect(leonar.calls.map((c) => c.items?.length)).toEqual([100, 50]);
    expect((await store.read()).filter((j) => j.state.kind === 'done')).toHaveLength(150);
  });

  it('different targets or options go in separate calls', async () => {
    const leonar = fakeVendor('leonar', { batchLimit: 100 });
    const { processor } = setup([leonar]);
    await processor.enqueueMany(
      listOf(6, (i) => [i % 3 === 2 ? { ...request('leonar'), options: { resolveNames: true } } : request('leonar', i % 3 === 0 ? 'project-1' : 'project-2')]),
      'list',
      'g',
    );
    await processor.run();
    const calls = leonar.calls.map((c) => c.items?.map((i) => `${i.request.targetId}:${JSON.stringify(i.request.options)}`));
    expect(calls.map((c) => c?.length)).toEqual([2, 2, 2]);
    for (const call of calls) expect(new Set(call).size).toBe(1);
  });

  it('a job that may have reached the vendor is re-checked alone; the others go in one call', async () => {
    const leonar = fakeVendor('leonar', { batchLimit: 100 });
    const { processor, store } = setup([leonar]);
    const jobs = await processor.enqueueMany(listOf(4), 'list', 'g');
    const unclear = jobs[0]!;
    await store.mutate((all) => ({ jobs: all.map((j) => (j.id === unclear.id ? { ...j, mayHaveReached: true } : j)), value: undefined }));
    leonar.lookups.push({ state: 'in-target', recordId: 'c-0', recordUrl: null, detail: '' });
    await processor.run();
    expect(leonar.calls.map((c) => [c.kind, c.items?.length])).toEqual([
      ['lookup', undefined],
      ['saveMany', 3],
    ]);
    const recheck = (await store.read()).find((j) => j.id === unclear.id);
    expect(recheck?.state).toMatchObject({ kind: 'done', confirmedBy: 'recheck' });
  });

  it('a lone job of a batching vendor goes through its plain save, as a single save always has', async () => {
    const leonar = fakeVendor('leonar', { batchLimit: 100 });
    const { processor, store } = setup([leonar]);
    await processor.enqueue({ profile, requests: [request('leonar')] }, 'popup');
    await processor.run();
    expect(leonar.calls.map((c) => c.kind)).toEqual(['save']);
    expect((await store.read())[0]?.state.kind).toBe('done');
  });

  it('a thrown 500 puts every job of the call into retrying, flagged as maybe reached', async () => {
    const leonar = fakeVendor('leonar', { batchLimit: 100 });
    const { processor, store } = setup([leonar]);
    await processor.enqueueMany(listOf(5), 'list', 'g');
    leonar.batches.push(appError('vendor-server', 'POST → 500', { status: 500, retryable: true }));
    await processor.run();
    const after = await store.read();
    expect(after.map((j) => [j.state.kind, j.mayHaveReached])).toEqual(Array(5).fill(['retrying', true]));
  });

  it('a per-item error fails that job only; the others record their own results', async () => {
    const second = fakeVendor('leonar', { batchLimit: 100 });
    const other = setup([second]);
    await other.processor.enqueueMany(listOf(3), 'list', 'g');
    second.batches.push([ok('leonar'), appError('vendor-rejected', 'bad profile', { status: 400 }), ok('leonar', { status: 'skipped' })]);
    await other.processor.run();
    const states = (await other.store.read()).sort((a, b) => a.person.fullName.localeCompare(b.person.fullName)).map((j) => j.state.kind);
    expect(states).toEqual(['done', 'failed', 'done']);
  });

  it('a vendor that cannot save the person fails the job for good with its sentence, before any request', async () => {
    const stardex = fakeVendor('stardex', { cannotSave: (p) => (p.publicIdentifier === 'person-1' ? 'needs the public URL' : null) });
    const { processor, store } = setup([stardex]);
    await processor.enqueueMany(listOf(3, () => [request('stardex')]), 'list', 'g');
    await processor.run();
    expect(stardex.calls.map((c) => c.kind)).toEqual(['save', 'save']);
    const refused = (await store.read()).find((j) => j.person.fullName === 'Person 1');
    expect(refused?.state).toMatchObject({ kind: 'failed', permanent: true, error: { code: 'invalid-settings', message: 'needs the public URL', vendor: 'stardex' } });
  });
});

describe('outbox processor: what a review found', () => {
  function person(i: number): Profile {
    return { ...profile, fullName: `Person ${i}`, publicIdentifier: `person-${i}`, profileUrl: `https://www.linkedin.com/in/person-${i}/` };
  }

  it('a save queued while another vendor’s call hangs starts at once, not when that call ends', async () => {
    const collective = fakeVendor('collective', { lookup: false });
    let release!: (r: SaveResult) => void;
    collective.saves.push(new Promise<SaveResult>((r) => (release = r)));
    const leonar = fakeVendor('leonar');
    const { processor } = setup([collective, leonar]);
    await processor.enqueue({ profile: person(1), requests: [request('collective', null)] }, 'popup');
    const first = processor.run();
    await vi.waitFor(() => expect(collective.calls).toHaveLength(1));
    await processor.enqueue({ profile: person(2), requests: [request('leonar')] }, 'popup');
    void processor.run();
    await vi.waitFor(() => expect(leonar.calls.map((c) => c.kind)).toEqual(['save']));
    release(ok('collective'));
    await first;
  });

  it('after an unclear attempt, e-mails the user typed are sent although the person is already there', async () => {
    const stardex = fakeVendor('stardex');
    stardex.saves.push(appError('timeout', 'no answer', { retryable: true }));
    stardex.lookups.push({ state: 'exists', recordId: 'p-1', recordUrl: null, detail: '' });
    const { processor, store, clock } = setup([stardex]);
    const withEmail: SaveRequest = { ...request('stardex', null), contacts: { emails: ['maya@example.com'], phones: [] } };
    await processor.enqueue({ profile, requests: [withEmail] }, 'popup');
    await processor.run();
    clock.now += BACKOFF.capMs;
    await processor.run();
    expect(stardex.calls.map((c) => c.kind)).toEqual(['save', 'lookup', 'save']);
    expect(stardex.calls.at(-1)?.request?.contacts.emails).toEqual(['maya@example.com']);
    expect((await store.read())[0]?.state).toMatchObject({ kind: 'done', confirmedBy: 'response' });
  });

  it('a list row never replaces a waiting save of the same person and target made from their profile (note, stage, e-mails)', async () => {
    const stardex = fakeVendor('stardex');
    stardex.saves.push(appError('vendor-server', '503', { status: 503, retryable: true }));
    const { processor, store, clock } = setup([stardex]);
    const rich: SaveRequest = { ...request('stardex', 'job-1'), stageId: 'stage-3', note: 'strong fit', contacts: { emails: ['a@b.example'], phones: [] } };
    const [waiting] = await processor.enqueue({ profile: person(1), requests: [rich] }, 'popup');
    await processor.run();
    expect((await store.read())[0]?.state.kind).toBe('retrying');
    const listed = await processor.enqueueMany([{ profile: person(1), requests: [request('stardex', 'job-1')] }], 'list', 'g');
    // The list shows the waiting job as its row for this person, due now.
    expect(listed.map((j) => [j.id, j.groupId, j.state.kind])).toEqual([[waiting!.id, 'g', 'pending']]);
    await processor.run();
    expect(stardex.calls.at(-1)?.request).toMatchObject({ note: 'strong fit', stageId: 'stage-3', contacts: { emails: ['a@b.example'] } });
    expect(await store.read()).toHaveLength(1);
    expect(clock.now).toBe(T0);
  });

  it('a failed save waiting for the user stays while newer saves succeed', async () => {
    const leonar = fakeVendor('leonar');
    leonar.saves.push(appError('vendor-forbidden', '403', { status: 403 }));
    const store = createOutboxStore({ maxFinished: 3 });
    const { processor, clock } = setup([leonar], { store });
    const [failed] = await processor.enqueue({ profile: person(0), requests: [request('leonar')] }, 'popup');
    await processor.run();
    for (let i = 1; i <= 4; i++) {
      clock.now += 1_000;
      await processor.enqueue({ profile: person(i), requests: [request('leonar')] }, 'popup');
      await processor.run();
    }
    const jobs = await store.read();
    expect(jobs.find((j) => j.id === failed!.id)?.state.kind).toBe('failed');
    expect(jobs.filter((j) => j.state.kind === 'done')).toHaveLength(3);
    expect((await store.readPayload(failed!.payloadId)).kind).toBe('ok');
  });

  it('one person is never twice in one batch call (a failed job sent again beside a newer save of them)', async () => {
    const leonar = fakeVendor('leonar', { batchLimit: 100 });
    leonar.saves.push(appError('vendor-forbidden', '403', { status: 403 }));
    const { processor } = setup([leonar]);
    const [old] = await processor.enqueue({ profile: person(1), requests: [request('leonar')] }, 'popup');
    await processor.run();
    await processor.enqueueMany([{ profile: person(1), requests: [request('leonar')] }, { profile: person(2), requests: [request('leonar')] }], 'list', 'g');
    await processor.retry(old!.id);
    await processor.run();
    const people = leonar.calls.flatMap((c) => (c.items ?? []).map((i) => i.profile.publicIdentifier));
    expect(people.filter((p) => p === 'person-1')).toHaveLength(1);
    expect(people).toContain('person-2');
  });

  it('while a call is in flight a wake-up is armed, so a worker stopped mid-request is woken to carry on', async () => {
    const collective = fakeVendor('collective', { lookup: false });
    let release!: (r: SaveResult) => void;
    collective.saves.push(new Promise<SaveResult>((r) => (release = r)));
    const { processor, scheduled } = setup([collective]);
    await processor.enqueue({ profile, requests: [request('collective', null)] }, 'popup');
    const running = processor.run();
    await vi.waitFor(() => expect(collective.calls).toHaveLength(1));
    expect(scheduled.at(-1)).toBe(T0 + ATTEMPT_WATCH_MS);
    release(ok('collective'));
    await running;
    expect(scheduled.at(-1)).toBeNull();
  });

  it('a job interrupted again and again backs off, and after a day waits for the user with a sentence', async () => {
    const collective = fakeVendor('collective', { lookup: false });
    const first = setup([collective], { instanceId: 'worker-1' });
    const [job] = await first.processor.enqueue({ profile, requests: [request('collective', null)] }, 'popup');
    const interruptAt = async (at: number, worker: string) => {
      first.clock.now = at;
      await first.store.mutate((jobs) => ({
        jobs: jobs.map((j) => ({ ...j, state: { kind: 'running' as const, since: at, by: worker }, attempts: [...j.attempts, { startedAt: at, endedAt: null, rechecked: 'not-needed' as const, outcome: null }] })),
        value: null,
      }));
    };
    const recoverIn = async (worker: string) => {
      const next = createProcessor({ ...first.deps(), instanceId: worker, isOnline: () => false });
      await next.run();
      return (await first.store.read())[0]!;
    };
    await interruptAt(T0, 'worker-1');
    // The first interruption: at once.
    expect((await recoverIn('worker-2')).state).toMatchObject({ kind: 'pending', nextAttemptAt: T0 });
    await interruptAt(T0 + 1_000, 'worker-2');
    expect((await recoverIn('worker-3')).state).toMatchObject({ kind: 'pending', nextAttemptAt: T0 + 1_000 + BACKOFF.baseMs });
    await interruptAt(T0 + BACKOFF.giveUpAfterMs, 'worker-3');
    const stopped = await recoverIn('worker-4');
    expect(stopped.id).toBe(job!.id);
    expect(stopped.state).toMatchObject({ kind: 'failed', permanent: false, error: { code: 'timeout', vendor: 'collective' } });
    expect(stopped.state.kind === 'failed' && stopped.state.error.message).toContain('Send it again from the history');
  });
});

describe('outbox processor: an interruption after a long closure', () => {
  it('a job interrupted once, recovered two days later (browser closed mid-save), goes again at once', async () => {
    const collective = fakeVendor('collective', { lookup: false });
    const first = setup([collective], { instanceId: 'worker-1' });
    await first.processor.enqueue({ profile, requests: [request('collective', null)] }, 'popup');
    await first.store.mutate((jobs) => ({
      jobs: jobs.map((j) => ({ ...j, state: { kind: 'running' as const, since: T0, by: 'worker-1' }, attempts: [{ startedAt: T0, endedAt: null, rechecked: 'not-needed' as const, outcome: null }] })),
      value: null,
    }));
    first.clock.now = T0 + 2 * BACKOFF.giveUpAfterMs;
    const next = createProcessor({ ...first.deps(), instanceId: 'worker-2', isOnline: () => false });
    await next.run();
    expect((await first.store.read())[0]!.state).toMatchObject({ kind: 'pending', nextAttemptAt: first.clock.now });
  });
});
