// Runs the outbox: takes due jobs (one attempt per vendor at a time, vendors side by side), re-checks with the vendor
// when an earlier attempt may have reached it, sends, and records what happened; schedules the next due job. A job
// whose vendor links to other vendors' records of the same person waits for their jobs of the same save, briefly.
// Everything it touches is passed in (store, vendors, clock, scheduler), so unit tests drive it with fakes and the
// background wires the real ones.
import { findVendor, linksNeeded, runOrder, VENDOR_IDS, type AnyVendor } from '@/lib/vendors';
import { appError, toAppError, type AppError } from '@/lib/errors';
import { isAppError } from '@/lib/http';
import { t } from '@/lib/i18n';
import { missingSections, shortSections, type Profile } from '@/lib/profile/profile';
import type { SaveManyItem, SaveRequest, SaveResult, VendorContext, VendorId } from '@/lib/vendors/vendor';
import { isDue, isFinished, MAX_ATTEMPTS_KEPT, type Attempt, type Job, type JobPayload, type SaveOrigin } from './job';
import { alreadyThere } from './job-text';
import { mayHaveReached, nextAfterInterruption, nextAfterUnexpected, nextStep, recheckVerdict } from './policy';
import { setJobAside } from './quarantine';
import type { OutboxStore } from './store';

export interface VendorAccess {
  vendor: AnyVendor;
  ctx: VendorContext;
}

export interface Scheduler {
  /** Run the processor at `at` (epoch ms) even if the worker sleeps until then; null: nothing is waiting. */
  schedule(at: number | null): void;
}

export interface ProcessorDeps {
  store: OutboxStore;
  /** The vendor with a context holding its settings, or why it cannot be used (not configured…). */
  open(vendor: VendorId): Promise<VendorAccess | AppError>;
  now(): number;
  random(): number;
  newId(): string;
  isOnline(): boolean;
  scheduler: Scheduler;
  /** This worker's life: a job left `running` by another one was interrupted. */
  instanceId: string;
  /** Waits (a job waiting for its siblings); tests pass one that moves their clock. */
  sleep?(ms: number): Promise<void>;
}

/** Names the popup knows for what was picked (history shows them; the request carries ids only). */
export type SaveLabels = Partial<Record<VendorId, { target: string | null; stage: string | null }>>;

export interface EnqueueInput {
  profile: Profile;
  requests: SaveRequest[];
  labels?: SaveLabels | undefined;
}

export interface ListFilter {
  profileUrl?: string | undefined;
  /** The jobs of one list save. */
  groupId?: string | undefined;
  limit?: number | undefined;
}

/**
 * While offline nothing is tried; the 'online' event resumes. Chromium changes the service worker's navigator.onLine
 * without always firing 'online' there (seen in the e2e fault matrix), so the worker also looks again this often.
 */
export const OFFLINE_RECHECK_MS = 5_000;

/**
 * How long a job waits for the jobs of the same save whose record links it carries (its vendor's recordLinksFrom),
 * counted from when it became due: a call hanging at one vendor must not hold another for its whole timeout.
 */
export const LINK_WAIT_MS = 8_000;

/**
 * While an attempt is in flight, the worker is asked to wake again this soon (alarm and timer): Chrome may stop a
 * worker in the middle of a request (an update, a crash, a fetch that waits too long), and only a wake-up finds the
 * job interrupted and sends it on. Re-armed at every turn of the loop, so a long call keeps one ahead of it.
 */
export const ATTEMPT_WATCH_MS = 60_000;

export function createProcessor(deps: ProcessorDeps) {
  const { store } = deps;
  // Payloads storage refused (too large) live here for this worker's life.
  const memoryPayloads = new Map<string, JobPayload>();
  const listeners = new Set<() => void>();
  let running: Promise<void> | null = null;
  let again = false;
  /** Wakes a run waiting on calls in flight: a job queued meanwhile for an idle vendor starts at once. */
  let nudge: (() => void) | null = null;
  let recovered = false;

  async function mutate<T>(change: (jobs: Job[]) => { jobs: Job[]; value: T }): Promise<T> {
    const value = await store.mutate(change);
    for (const listener of listeners) listener();
    return value;
  }

  function update(id: string, change: (job: Job) => Job | null): Promise<Job | null> {
    return mutate((jobs) => {
      let out: Job | null = null;
      const next = jobs.map((job) => {
        if (job.id !== id) return job;
        const changed = change(job);
        if (!changed) return job;
        out = { ...changed, updatedAt: deps.now() };
        return out;
      });
      return { jobs: next, value: out };
    });
  }

  function endAttempt(job: Job, patch: Partial<Attempt>): Attempt[] {
    const attempts = [...job.attempts];
    const last = attempts.at(-1);
    if (last && last.endedAt === null) attempts[attempts.length - 1] = { ...last, endedAt: deps.now(), ...patch };
    return attempts;
  }

  /** One job to queue: its payload already written (or kept in memory), what history shows of it. */
  interface Prepared {
    batchId: string;
    request: SaveRequest;
    profileUrl: string;
    described: Pick<Job, 'person' | 'target'>;
    payloadId: string;
    stored: boolean;
  }

  /** Writes the payload of each of the person's requests (in run order), before any job names it. */
  async function prepare(input: EnqueueInput, batchId: string, each?: (prepared: Prepared) => Promise<void>): Promise<Prepared[]> {
    const order = runOrder(input.requests.map((r) => r.vendor));
    const ordered = [...input.requests].sort((a, b) => order.indexOf(a.vendor) - order.indexOf(b.vendor));
    const out: Prepared[] = [];
    for (const request of ordered) {
      const payload: JobPayload = { profile: input.profile, request };
      const label = input.labels?.[request.vendor];
      const described = {
        person: {
          fullName: input.profile.fullName,
          profileUrl: input.profile.profileUrl,
          missing: missingSections(input.profile.completeness),
          short: shortSections(input.profile.completeness),
        },
        target: { id: request.targetId, name: label?.target ?? null, stageId: request.stageId, stageName: label?.stage ?? null },
      };
      const payloadId = deps.newId();
      const stored = await store.writePayload(payloadId, payload);
      if (!stored) memoryPayloads.set(payloadId, payload);
      const prepared = { batchId, request, profileUrl: input.profile.profileUrl, described, payloadId, stored };
      out.push(prepared);
      if (each) await each(prepared);
    }
    return out;
  }

  /**
   * Puts the prepared jobs in the list (pure, inside one mutate). A save of the same person to the same vendor while an
   * earlier one waits replaces what it sends and makes it due now: the user's latest choice wins, and the earlier
   * attempts (and their re-check rule) are kept. Answers the jobs and the payloads they no longer name.
   */
  function insert(all: Job[], items: readonly Prepared[], origin: SaveOrigin, groupId: string | undefined): { jobs: Job[]; value: { jobs: Job[]; replaced: string[] } } {
    const now = deps.now();
    let jobs = all;
    const out: Job[] = [];
    const replaced: string[] = [];
    for (const item of items) {
      const { request, described, payloadId, stored, batchId } = item;
      const existing = jobs.find(
        (j) => j.vendor === request.vendor && j.person.profileUrl === item.profileUrl && (j.state.kind === 'pending' || j.state.kind === 'retrying'),
      );
      const state = { kind: 'pending' as const, nextAttemptAt: now };
      const group = groupId === undefined ? {} : { groupId };
      let next: Job;
      if (existing && origin === 'list' && existing.origin !== 'list' && existing.target.id === request.targetId) {
        // A list row (what the list shows) meets a waiting save of the same person to the same target made from their
        // profile (every section, and maybe a note, e-mails, a stage): that one is kept and sent now, in the list.
        next = { ...existing, ...group, updatedAt: now, resentAt: now, state };
        replaced.push(payloadId);
        const at = out.findIndex((j) => j.id === existing.id);
        if (at >= 0) out.splice(at, 1);
        jobs = jobs.map((j) => (j.id === existing.id ? next : j));
        out.push(next);
        continue;
      } else if (existing) {
        // The latest save decides which list save (if any) the job belongs to.
        const { groupId: _previous, ...rest } = existing;
        next = { ...rest, ...described, ...group, batchId, origin, updatedAt: now, resentAt: now, state, payloadId, payloadStored: stored };
      } else {
        next = {
          id: deps.newId(),
          batchId,
          ...group,
          origin,
          createdAt: now,
          updatedAt: now,
          vendor: request.vendor,
          ...described,
          state,
          mayHaveReached: false,
          payloadId,
          payloadStored: stored,
          attempts: [],
        };
      }
      if (existing) {
        replaced.push(existing.payloadId);
        // Named twice in one list save: the earlier entry of this call is answered by its replacement only.
        const at = out.findIndex((j) => j.id === existing.id);
        if (at >= 0) out.splice(at, 1);
      }
      jobs = existing ? jobs.map((j) => (j.id === existing.id ? next : j)) : [...jobs, next];
      out.push(next);
    }
    return { jobs, value: { jobs: out, replaced } };
  }

  async function dropReplaced(replaced: readonly string[]): Promise<void> {
    for (const id of replaced) {
      memoryPayloads.delete(id);
      await store.dropPayload(id);
    }
  }

  async function enqueue(input: EnqueueInput, origin: SaveOrigin): Promise<Job[]> {
    const jobs: Job[] = [];
    await prepare(input, deps.newId(), async (prepared) => {
      const { jobs: added, replaced } = await mutate((all) => insert(all, [prepared], origin, undefined));
      await dropReplaced(replaced);
      jobs.push(...added);
    });
    return jobs;
  }

  /**
   * A list save: every person's jobs (each person with their own batchId, all with `groupId`), every payload and then
   * every job written in one change before any attempt, so a running loop sees the whole list at once and can batch it.
   */
  async function enqueueMany(items: readonly EnqueueInput[], origin: SaveOrigin, groupId: string): Promise<Job[]> {
    const prepared: Prepared[] = [];
    for (const item of items) prepared.push(...(await prepare(item, deps.newId())));
    const { jobs, replaced } = await mutate((all) => insert(all, prepared, origin, groupId));
    await dropReplaced(replaced);
    return jobs;
  }

  async function recoverInterrupted(): Promise<void> {
    if (recovered) return;
    recovered = true;
    await mutate((jobs) => ({
      jobs: jobs.map((job) => {
        if (job.state.kind !== 'running' || job.state.by === deps.instanceId) return job;
        // The worker stopped during this attempt: the request may have reached the vendor.
        const attempts = endAttempt(job, { outcome: 'interrupted' });
        const since = job.resentAt ?? job.createdAt;
        const now = deps.now();
        const base = { ...job, updatedAt: now, mayHaveReached: true, attempts };
        const step = nextAfterInterruption(failuresSince(attempts, since), since, now, deps.random());
        if (step.kind === 'retry') return { ...base, state: { kind: 'pending' as const, nextAttemptAt: step.at } };
        const error = appError('timeout', t('outbox.interrupted', { vendor: findVendor(job.vendor)?.label ?? job.vendor }), { vendor: job.vendor });
        return { ...base, state: { kind: 'failed' as const, at: now, error, permanent: false } };
      }),
      value: undefined,
    }));
  }

  /** The jobs of the same save whose record links `job` carries and that may still give one. */
  function awaitedSiblings(job: Job, jobs: readonly Job[]): Job[] {
    const meta = findVendor(job.vendor);
    if (!meta) return [];
    const batch = jobs.filter((j) => j.batchId === job.batchId && j.id !== job.id);
    const wanted = linksNeeded(meta, batch.map((j) => j.vendor));
    // A sibling waiting for a retry later will not give a link soon: not waited for.
    return batch.filter((j) => wanted.includes(j.vendor) && (j.state.kind === 'pending' || j.state.kind === 'running'));
  }

  /** When a due job stops waiting for its siblings. */
  function waitEnds(job: Job): number {
    return (job.state.kind === 'pending' || job.state.kind === 'retrying' ? job.state.nextAttemptAt : deps.now()) + LINK_WAIT_MS;
  }

  /**
   * The due jobs that may start now: the oldest of each vendor not already busy, unless it still waits for siblings
   * (then `blockedUntil` says until when).
   */
  function pickReady(jobs: Job[], busy: ReadonlySet<VendorId>): { ready: Job[]; blockedUntil: number | null } {
    const now = deps.now();
    const due = jobs.filter((j) => isDue(j, now) && !busy.has(j.vendor)).sort((a, b) => a.createdAt - b.createdAt);
    const ready: Job[] = [];
    let blockedUntil: number | null = null;
    for (const job of due) {
      if (ready.some((r) => r.vendor === job.vendor)) continue;
      if (awaitedSiblings(job, jobs).length > 0 && waitEnds(job) > now) {
        blockedUntil = Math.min(blockedUntil ?? Infinity, waitEnds(job));
        continue;
      }
      ready.push(job);
    }
    return { ready, blockedUntil };
  }

  /**
   * Records a failed attempt and decides what comes next. `unexpected`: the failure was ours (storage, a bug), not the
   * vendor's answer: retried a few times by itself (nextAfterUnexpected), then stopped.
   */
  async function fail(job: Job, error: AppError, reached: boolean, unexpected = false): Promise<void> {
    await update(job.id, (current) => {
      const attempts = endAttempt(current, { outcome: 'error', error });
      // Counted since the user last sent it: a re-send starts again at the first, short delay.
      const since = current.resentAt ?? current.createdAt;
      const failures = failuresSince(attempts, since);
      const step = unexpected
        ? nextAfterUnexpected(error, unexpectedInARow(attempts, since), deps.now(), deps.random())
        : nextStep(error, failures, since, deps.now(), deps.random());
      return {
        ...current,
        attempts,
        mayHaveReached: reached,
        state:
          step.kind === 'retry'
            ? { kind: 'retrying', nextAttemptAt: step.at, error }
            : { kind: 'failed', at: deps.now(), error: step.error, permanent: step.permanent },
      };
    });
  }

  async function succeed(job: Job, result: SaveResult, confirmedBy: 'response' | 'recheck'): Promise<void> {
    const updated = await update(job.id, (current) => ({
      ...current,
      attempts: endAttempt(current, { outcome: 'done', ...(confirmedBy === 'recheck' ? { rechecked: 'found' as const } : {}) }),
      mayHaveReached: false,
      state: { kind: 'done', at: deps.now(), result, confirmedBy },
    }));
    // Gone from the list meanwhile (set aside as unreadable): its payload stays with it.
    if (!updated) return;
    memoryPayloads.delete(job.payloadId);
    await store.dropPayload(job.payloadId);
  }

  /**
   * `succeed` for the members of one batch call, in one write of the job list (a list of 100 people would otherwise be
   * 100 read-modify-writes, one after the other, before the popup sees the last result).
   */
  async function succeedMany(entries: readonly { job: Job; result: SaveResult }[]): Promise<void> {
    if (entries.length === 0) return;
    const byId = new Map(entries.map((e) => [e.job.id, e.result]));
    const updated = await mutate((jobs) => {
      const ids: string[] = [];
      const next = jobs.map((current) => {
        const result = byId.get(current.id);
        if (!result) return current;
        ids.push(current.id);
        return {
          ...current,
          updatedAt: deps.now(),
          attempts: endAttempt(current, { outcome: 'done' }),
          mayHaveReached: false,
          state: { kind: 'done' as const, at: deps.now(), result, confirmedBy: 'response' as const },
        };
      });
      return { jobs: next, value: new Set(ids) };
    });
    // A job gone from the list meanwhile (set aside as unreadable) keeps its payload.
    const drops = entries.filter((e) => updated.has(e.job.id)).map((e) => e.job.payloadId);
    for (const id of drops) memoryPayloads.delete(id);
    await Promise.all(drops.map((id) => store.dropPayload(id)));
  }

  function asError(err: unknown, vendor: VendorId): AppError {
    return { ...(isAppError(err) ? toAppError(err) : toAppError(err, 'internal')), vendor };
  }

  async function siblingUrls(job: Job): Promise<{ vendor: VendorId; url: string }[]> {
    return siblingUrlsIn(job, await store.read());
  }

  function siblingUrlsIn(job: Job, jobs: readonly Job[]): { vendor: VendorId; url: string }[] {
    return jobs.flatMap((j) =>
      j.batchId === job.batchId && j.vendor !== job.vendor && j.state.kind === 'done' && j.state.result.recordUrl
        ? [{ vendor: j.vendor, url: j.state.result.recordUrl }]
        : [],
    );
  }

  /** The job as its attempt starts (running in this worker, a new attempt), or null when it is no longer due. */
  function started(current: Job): Job | null {
    return isDue(current, deps.now())
      ? {
          ...current,
          state: { kind: 'running', since: deps.now(), by: deps.instanceId },
          attempts: [
            ...current.attempts,
            { startedAt: deps.now(), endedAt: null, rechecked: 'not-needed' as const, outcome: null },
          ].slice(-MAX_ATTEMPTS_KEPT),
        }
      : null;
  }

  /** A waiting job's payload when it reads now (memory first); null otherwise (it is then dealt with on its own). */
  async function readablePayload(job: Job): Promise<JobPayload | null> {
    const memory = memoryPayloads.get(job.payloadId);
    if (memory) return memory;
    const stored = await store.readPayload(job.payloadId);
    return stored.kind === 'ok' ? stored.payload : null;
  }

  /**
   * One call for several people (a vendor with saveMany): the lead job and up to batchLimit - 1 other due jobs of the
   * same vendor with the same target and the same options, none of which may have reached the vendor (those are
   * re-checked alone), none waiting for its siblings' record links, none the vendor cannot save. All are marked running
   * before the call; each records its own answer. False (nothing done) when no other job can join: a lone job goes
   * through the vendor's plain save, as a single save always has.
   */
  async function attemptBatch(lead: Job, leadPayload: JobPayload, vendor: AnyVendor, ctx: VendorContext): Promise<boolean> {
    const saveMany = vendor.saveMany?.bind(vendor);
    if (!saveMany) throw new Error('attemptBatch without saveMany');
    const limit = Math.max(1, Math.floor(vendor.batchLimit ?? 1));
    const optionsKey = JSON.stringify(leadPayload.request.options);
    const now = deps.now();
    const all = await store.read();
    const candidates = all
      .filter(
        (j) =>
          j.id !== lead.id &&
          j.vendor === lead.vendor &&
          isDue(j, now) &&
          !j.mayHaveReached &&
          j.target.id === lead.target.id &&
          !(awaitedSiblings(j, all).length > 0 && waitEnds(j) > now),
      )
      .sort((a, b) => a.createdAt - b.createdAt);
    const chosen = new Map<string, { payloadId: string; payload: JobPayload }>();
    // One person once per call (a failed job sent again beside a newer save of the same person waits for its turn).
    const people = new Set([lead.person.profileUrl]);
    for (const candidate of candidates) {
      if (chosen.size + 1 >= limit) break;
      if (people.has(candidate.person.profileUrl)) continue;
      const payload = await readablePayload(candidate);
      if (!payload || payload.request.targetId !== leadPayload.request.targetId) continue;
      if (JSON.stringify(payload.request.options) !== optionsKey) continue;
      if (vendor.cannotSave?.(payload.profile)) continue;
      chosen.set(candidate.id, { payloadId: candidate.payloadId, payload });
      people.add(candidate.person.profileUrl);
    }
    if (chosen.size === 0) return false;
    const companions = await mutate((jobs) => {
      const out: Job[] = [];
      const next = jobs.map((job) => {
        // Replaced by a newer save since its payload was read: it waits for its own turn with what it sends now.
        if (chosen.get(job.id)?.payloadId !== job.payloadId) return job;
        const changed = started(job);
        if (!changed) return job;
        const updated = { ...changed, updatedAt: deps.now() };
        out.push(updated);
        return updated;
      });
      return { jobs: next, value: out };
    });
    const members = [
      { job: lead, payload: leadPayload },
      ...companions.flatMap((job) => {
        const pick = chosen.get(job.id);
        return pick ? [{ job, payload: pick.payload }] : [];
      }),
    ];
    try {
      const jobsNow = await store.read();
      const items: { job: Job; item: SaveManyItem<unknown> }[] = [];
      for (const { job, payload } of members) {
        const { profile, request } = payload;
        const options = vendor.optionsSchema.safeParse(request.options);
        if (!options.success) {
          await fail(job, appError('invalid-settings', t('outbox.badOptions', { vendor: vendor.label, problem: options.error.message }), { vendor: job.vendor }), false);
          continue;
        }
        const atsUrls = [...request.atsUrls, ...siblingUrlsIn(job, jobsNow).filter((u) => !request.atsUrls.some((a) => a.vendor === u.vendor))];
        items.push({ job, item: { profile, request: { ...request, atsUrls }, options: options.data } });
      }
      if (items.length === 0) return true;
      let results: (SaveResult | AppError)[];
      try {
        results = await saveMany(
          ctx,
          items.map((i) => i.item),
        );
      } catch (err) {
        const error = asError(err, lead.vendor);
        for (const { job } of items) await fail(job, error, mayHaveReached(error));
        return true;
      }
      if (results.length !== items.length) {
        const error = appError('bad-response', `${vendor.label} answered ${results.length} results for ${items.length} people`, { vendor: lead.vendor });
        for (const { job } of items) await fail(job, error, true);
        return true;
      }
      const done = new Map<string, { job: Job; result: SaveResult }>();
      for (const [index, { job }] of items.entries()) {
        const result = results[index];
        if (result === undefined) continue;
        if (isAppError(result)) await fail(job, { ...result, vendor: job.vendor }, mayHaveReached(result));
        else done.set(job.id, { job, result });
      }
      await succeedMany([...done.values()]);
    } catch (err) {
      // Our own bug or storage trouble: every member still running here stops (the user can re-send it).
      const error = asError(err, lead.vendor);
      const ids = new Set(members.map((m) => m.job.id));
      const stuck = (await store.read()).filter((j) => ids.has(j.id) && j.state.kind === 'running' && j.state.by === deps.instanceId);
      for (const job of stuck) await fail(job, error, true, !isAppError(err));
    }
    return true;
  }

  async function attempt(due: Job): Promise<void> {
    const job = await update(due.id, started);
    if (!job) return;
    try {
      const memory = memoryPayloads.get(job.payloadId);
      const stored = memory ? ({ kind: 'ok', payload: memory } as const) : await store.readPayload(job.payloadId);
      if (stored.kind === 'unreadable') {
        // Stored by a version whose shape this one cannot read: the job is set aside with it, never dropped.
        await setJobAside(store, job.id, stored.problem, deps.now());
        for (const listener of listeners) listener();
        return;
      }
      const payload = stored.kind === 'ok' ? stored.payload : null;
      if (!payload) {
        const why = job.payloadStored ? t('outbox.payloadMissing') : t('outbox.payloadTooLarge');
        return await fail(job, appError('internal', why, { vendor: job.vendor }), false);
      }
      const access = await deps.open(job.vendor);
      if (isAppError(access)) return await fail(job, { ...access, vendor: job.vendor }, job.mayHaveReached);
      const { vendor, ctx } = access;
      const { profile, request } = payload;
      const refusal = vendor.cannotSave?.(profile) ?? null;
      if (refusal) return await fail(job, appError('invalid-settings', refusal, { vendor: job.vendor }), false);
      // A job that may have reached the vendor goes alone, through the re-check below.
      if (vendor.saveMany && !job.mayHaveReached && (await attemptBatch(job, payload, vendor, ctx))) return;

      if (job.mayHaveReached) {
        if (vendor.lookup) {
          let status;
          try {
            status = await vendor.lookup(ctx, profile, request.targetId);
          } catch (err) {
            // Not knowing whether the person is there, nothing is sent: the next attempt asks again.
            return await fail(job, asError(err, job.vendor), true);
          }
          if (recheckVerdict(status, request) === 'done' && (status.state === 'in-target' || status.state === 'exists')) {
            return await succeed(
              job,
              {
                vendor: job.vendor,
                status: request.targetId ? 'added' : 'created',
                recordId: status.recordId,
                recordUrl: status.recordUrl,
                message: alreadyThere(vendor, request.targetId !== null, status.recordId),
              },
              'recheck',
            );
          }
          await update(job.id, (current) => ({ ...current, attempts: markRecheck(current.attempts, 'not-found') }));
        } else {
          // No lookup: the vendor's save is an upsert by the person's id, so sending again cannot duplicate.
          await update(job.id, (current) => ({ ...current, attempts: markRecheck(current.attempts, 'unavailable') }));
        }
      }

      const options = vendor.optionsSchema.safeParse(request.options);
      if (!options.success) {
        return await fail(job, appError('invalid-settings', t('outbox.badOptions', { vendor: vendor.label, problem: options.error.message }), { vendor: job.vendor }), false);
      }
      const atsUrls = [...request.atsUrls, ...(await siblingUrls(job)).filter((u) => !request.atsUrls.some((a) => a.vendor === u.vendor))];
      let result: SaveResult;
      try {
        result = await vendor.save(ctx, profile, { ...request, atsUrls }, options.data);
      } catch (err) {
        const error = asError(err, job.vendor);
        return await fail(job, error, mayHaveReached(error));
      }
      await succeed(job, result, 'response');
    } catch (err) {
      // Our own bug or storage trouble (a vendor's refusal is an AppError, handled above): tried again a few times
      // by itself, with the vendor's lookup first, then stopped for the user rather than looped on.
      await fail(job, asError(err, job.vendor), true, !isAppError(err));
    }
  }

  async function reschedule(): Promise<void> {
    const waiting = (await store.read()).filter((j) => j.state.kind === 'pending' || j.state.kind === 'retrying');
    const times = waiting.flatMap((j) => (j.state.kind === 'pending' || j.state.kind === 'retrying' ? [j.state.nextAttemptAt] : []));
    if (times.length === 0) return deps.scheduler.schedule(null);
    const earliest = Math.min(...times);
    deps.scheduler.schedule(deps.isOnline() ? earliest : Math.max(earliest, deps.now() + OFFLINE_RECHECK_MS));
  }

  /**
   * While calls are in flight: the next wake-up is the watch (ATTEMPT_WATCH_MS) or a waiting job's later time, if
   * sooner. Jobs already due are left out: they start when their vendor's call ends, and a wake-up for them now
   * would only turn the loop over and over.
   */
  function watch(jobs: readonly Job[], started: ReadonlySet<string>): void {
    const now = deps.now();
    const later = jobs.flatMap((j) =>
      !started.has(j.id) && (j.state.kind === 'pending' || j.state.kind === 'retrying') && j.state.nextAttemptAt > now ? [j.state.nextAttemptAt] : [],
    );
    deps.scheduler.schedule(Math.min(now + ATTEMPT_WATCH_MS, ...later));
  }

  /**
   * Runs every due job; concurrent calls share one run. Vendors work side by side, one attempt per vendor at a time; a
   * job waiting for its siblings' record links starts when they end or when its wait is over.
   */
  function run(): Promise<void> {
    if (running) {
      again = true;
      nudge?.();
      return running;
    }
    running = (async () => {
      const inFlight = new Map<VendorId, Promise<void>>();
      try {
        await recoverInterrupted();
        for (;;) {
          again = false;
          if (deps.isOnline()) {
            const jobs = await store.read();
            const { ready, blockedUntil } = pickReady(jobs, new Set(inFlight.keys()));
            for (const job of ready) {
              inFlight.set(job.vendor, attempt(job).finally(() => inFlight.delete(job.vendor)));
            }
            if (inFlight.size > 0) watch(jobs, new Set(ready.map((j) => j.id)));
            if (inFlight.size === 0 && blockedUntil === null && !again) break;
            if (again) continue;
            const wake: Promise<unknown>[] = [...inFlight.values(), new Promise<void>((resolve) => (nudge = resolve))];
            if (blockedUntil !== null) wake.push((deps.sleep ?? sleep)(Math.max(0, blockedUntil - deps.now())));
            await Promise.race(wake);
            nudge = null;
          } else {
            // Offline: what is running ends by itself; nothing new starts.
            if (inFlight.size === 0) break;
            await Promise.race(inFlight.values());
          }
        }
      } finally {
        await Promise.allSettled(inFlight.values());
        running = null;
        await reschedule();
      }
    })();
    return running;
  }

  /** Resolves once none of `ids` waits for its attempt (or offline, or after `timeoutMs`), with their jobs. */
  function settled(ids: readonly string[], timeoutMs: number): Promise<Job[]> {
    return new Promise((resolve) => {
      let done = false;
      const finish = (jobs: Job[]) => {
        if (done) return;
        done = true;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(ids.flatMap((id) => jobs.filter((j) => j.id === id)));
      };
      function check(): void {
        void store.read().then((jobs) => {
          const waiting = jobs.some((j) => ids.includes(j.id) && (j.state.kind === 'pending' || j.state.kind === 'running'));
          if (!waiting || !deps.isOnline()) finish(jobs);
        });
      }
      const timer = setTimeout(() => void store.read().then(finish), timeoutMs);
      listeners.add(check);
      check();
    });
  }

  /** Sends a failed (or waiting) job again now, with the same re-check rule. Null when there is no such job. */
  async function retry(id: string): Promise<Job | null> {
    return update(id, (job) =>
      job.state.kind === 'failed' || job.state.kind === 'retrying' || job.state.kind === 'pending'
        ? { ...job, resentAt: deps.now(), state: { kind: 'pending', nextAttemptAt: deps.now() } }
        : null,
    );
  }

  async function list(filter: ListFilter = {}): Promise<Job[]> {
    const jobs = (await store.read())
      .filter((j) => !filter.profileUrl || j.person.profileUrl === filter.profileUrl)
      .filter((j) => !filter.groupId || j.groupId === filter.groupId)
      .sort((a, b) => b.createdAt - a.createdAt || VENDOR_IDS.indexOf(a.vendor) - VENDOR_IDS.indexOf(b.vendor));
    return filter.limit ? jobs.slice(0, filter.limit) : jobs;
  }

  /** Drops finished jobs (done and failed); waiting and running ones stay. Returns how many were dropped. */
  async function clearFinished(): Promise<number> {
    return mutate((jobs) => {
      const kept = jobs.filter((j) => !isFinished(j));
      return { jobs: kept, value: jobs.length - kept.length };
    });
  }

  /** Back online: jobs that failed for want of a network are due now instead of at their backoff time. */
  async function online(): Promise<void> {
    await mutate((jobs) => ({
      jobs: jobs.map((j) =>
        j.state.kind === 'retrying' && j.state.error.code === 'network' ? { ...j, state: { ...j.state, nextAttemptAt: deps.now() } } : j,
      ),
      value: undefined,
    }));
    await run();
  }

  return { enqueue, enqueueMany, run, settled, retry, list, clearFinished, online };
}

export type Processor = ReturnType<typeof createProcessor>;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Failures on our side at the end of `attempts` since `since`, one after the other (see nextAfterUnexpected). */
function unexpectedInARow(attempts: readonly Attempt[], since: number): number {
  let count = 0;
  for (let i = attempts.length - 1; i >= 0; i--) {
    const a = attempts[i];
    if (!a || a.startedAt < since || a.outcome !== 'error' || a.error?.code !== 'internal') break;
    count++;
  }
  return count;
}

/** Failed and interrupted attempts since the job was created or last sent again by the user. */
function failuresSince(attempts: readonly Attempt[], since: number): number {
  return attempts.filter((a) => (a.outcome === 'error' || a.outcome === 'interrupted') && a.startedAt >= since).length;
}

function markRecheck(attempts: Attempt[], rechecked: Attempt['rechecked']): Attempt[] {
  const out = [...attempts];
  const last = out.at(-1);
  if (last) out[out.length - 1] = { ...last, rechecked };
  return out;
}
