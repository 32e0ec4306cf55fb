import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { jobV1toV2, payloadV1toV2 } from './migrations';
import { exportSetAside, listSetAside, resendSetAside, setJobAside } from './quarantine';
import { createOutboxStore } from './store';
import { V1_JOB_ID, V1_PAYLOAD_ID, v1Job, v1Payload } from '@/tests/unit/outbox-v1-sample';

const NOW = 1_800_000_000_000;

beforeEach(() => fakeBrowser.reset());

/** A job a future or broken writer left: `state` is a shape no version of this code wrote. */
function brokenJob(over: Record<string, unknown> = {}) {
  return v1Job({ id: 'broken', state: { kind: 'paused-by-v3' }, ...over });
}
/** The same, as kept aside: the list's v1 → v2 migration ran over it before zod refused it. */
const brokenJobAsMigrated = () => jobV1toV2(brokenJob());

async function seed(jobs: unknown[], payloads: Record<string, unknown> = { [V1_PAYLOAD_ID]: v1Payload() }) {
  await storage.setItem('local:outbox', { jobs });
  for (const [id, value] of Object.entries(payloads)) await storage.setItem(`local:outbox-payload:${id}`, value);
}

describe('set aside, never dropped', () => {
  it('a job that does not parse after migration is kept aside with its raw value, the problem and when', async () => {
    await seed([v1Job(), brokenJob()]);
    const store = createOutboxStore({ now: () => NOW });
    const [entry] = await listSetAside(store);
    expect(entry).toMatchObject({ at: NOW, part: 'job', fullName: 'Camille Durand', vendor: 'leonar', knownVendor: 'leonar', problem: { kind: 'invalid' } });
    expect(entry?.problem.detail).toContain('state');
    expect((await store.read()).map((j) => j.id)).toEqual([V1_JOB_ID]);
    expect((await store.readAside())[0]).toMatchObject({ version: 2, job: brokenJobAsMigrated() });
    // Its payload stays under its own key, even as later changes rewrite the list.
    await store.mutate(() => ({ jobs: [], value: null }));
    expect(await storage.getItem(`local:outbox-payload:${V1_PAYLOAD_ID}`)).not.toBeNull();
  });

  it('the same raw value set aside again (a sweep, a worker restart) stays one entry', async () => {
    await seed([brokenJob()]);
    await createOutboxStore().sweep();
    // A stop between the two writes: the list still holds it, a new worker sweeps it again.
    await storage.setItem('local:outbox', { jobs: [brokenJobAsMigrated()] });
    await createOutboxStore().sweep();
    expect(await createOutboxStore().readAside()).toHaveLength(1);
  });

  it('one job set aside before and after a migration rewrote it (a worker stopped between two writes) is one entry', async () => {
    // The running worker's item was defined before the previous version's list was written: no migration ran there,
    // so it sets the job aside as written (version 1) and is stopped before it rewrites the list.
    const running = createOutboxStore();
    await storage.setItem('local:outbox', { jobs: [brokenJob()] });
    await running.sweep();
    expect((await running.readAside()).map((e) => e.version)).toEqual([1]);
    await storage.setItem('local:outbox', { jobs: [brokenJob()] });
    await storage.removeMeta('local:outbox');
    // The next worker migrates the list first, then finds the same job in its migrated shape.
    const next = createOutboxStore({ now: () => NOW });
    const entries = await listSetAside(next);
    expect(entries).toHaveLength(1);
    expect((await next.readAside())[0]).toMatchObject({ version: 1, job: brokenJob() });
    expect(await next.read()).toEqual([]);
  });

  it('names the person and tool from the payload when the job does not', async () => {
    await seed([{ payloadId: V1_PAYLOAD_ID, garbled: true }]);
    const [entry] = await listSetAside(createOutboxStore());
    expect(entry).toMatchObject({ fullName: 'Camille Durand', vendor: 'leonar' });
  });
});

describe('export', () => {
  it('gives the raw job and payload as stored, with why', async () => {
    await seed([brokenJob()]);
    const store = createOutboxStore({ now: () => NOW });
    const [entry] = await listSetAside(store);
    const exported = await exportSetAside(store, entry!.id, NOW);
    expect(exported?.fileName).toMatch(/^needs-attention-broken_[0-9a-f]{8}\.json$/);
    const file = JSON.parse(exported!.json);
    expect(file.job).toEqual({ storageVersion: 2, value: brokenJobAsMigrated() });
    expect(file.payload).toEqual({ id: V1_PAYLOAD_ID, storageVersion: 2, value: payloadV1toV2(v1Payload()) });
    expect(file.problem.kind).toBe('invalid');
    expect(await exportSetAside(store, 'nope', NOW)).toBeNull();
  });
});

describe('send again', () => {
  it('still unreadable: says why and changes nothing', async () => {
    await seed([brokenJob()]);
    const store = createOutboxStore();
    const [entry] = await listSetAside(store);
    const outcome = await resendSetAside(store, entry!.id, NOW);
    expect(outcome).toMatchObject({ kind: 'still-unreadable', part: 'job', problem: { kind: 'invalid' } });
    expect(await store.readAside()).toHaveLength(1);
    expect(await store.read()).toEqual([]);
  });

  it('once this version can read it (repaired, or a migration added): back in the outbox, due now, once', async () => {
    await seed([brokenJob()]);
    const store = createOutboxStore();
    const [entry] = await listSetAside(store);
    // Repaired where it lies (as a later version's migration would): the raw value now has a readable state.
    const stored = await storage.getItem<Record<string, unknown>[]>('local:outbox-aside');
    const failed = { kind: 'failed', at: 1, permanent: true, error: { code: 'network', message: 'x', retryable: true } };
    await storage.setItem('local:outbox-aside', [{ ...stored![0], version: 1, job: brokenJob({ state: failed }) }]);

    const [first, second] = await Promise.all([resendSetAside(store, entry!.id, NOW), resendSetAside(store, entry!.id, NOW)]);
    expect(first).toMatchObject({ kind: 'sent', job: { id: 'broken', state: { kind: 'pending', nextAttemptAt: NOW }, resentAt: NOW } });
    expect(second.kind === 'sent' || second.kind === 'gone').toBe(true);
    expect((await store.read()).map((j) => j.id)).toEqual(['broken']);
    expect(await store.readAside()).toEqual([]);
    expect(await resendSetAside(store, entry!.id, NOW)).toEqual({ kind: 'gone' });
    expect((await store.read()).map((j) => j.id)).toEqual(['broken']);
  });

  it('a job already back in the outbox (a stop between two writes) is not added twice', async () => {
    await seed([brokenJob()]);
    const store = createOutboxStore();
    const [entry] = await listSetAside(store);
    const stored = await storage.getItem<Record<string, unknown>[]>('local:outbox-aside');
    const readable = v1Job({ id: 'broken' });
    await storage.setItem('local:outbox-aside', [{ ...stored![0], version: 1, job: readable }]);
    await storage.setItem('local:outbox', { jobs: [{ ...readable, person: { fullName: 'Camille Durand', profileUrl: 'u', missing: [], short: [] } }] });
    expect(await resendSetAside(store, entry!.id, NOW)).toMatchObject({ kind: 'sent' });
    expect(await store.read()).toHaveLength(1);
    expect(await store.readAside()).toEqual([]);
  });

  it('a job set aside mid-attempt (unreadable payload) goes back only once its payload reads, re-checked first', async () => {
    await seed([v1Job({ state: { kind: 'running', since: 1, by: 'w' } })], { [V1_PAYLOAD_ID]: { profile: 'torn' } });
    const store = createOutboxStore();
    const bad = await store.readPayload(V1_PAYLOAD_ID);
    expect(bad.kind).toBe('unreadable');
    expect(await setJobAside(store, V1_JOB_ID, bad.kind === 'unreadable' ? bad.problem : { kind: 'invalid', detail: '' }, NOW)).toBe(true);
    expect(await store.read()).toEqual([]);
    const [entry] = await listSetAside(store);
    expect(entry).toMatchObject({ part: 'payload', fullName: 'Camille Durand' });
    expect(await resendSetAside(store, entry!.id, NOW)).toMatchObject({ kind: 'still-unreadable', part: 'payload' });

    await storage.setItem(`local:outbox-payload:${V1_PAYLOAD_ID}`, v1Payload());
    const outcome = await resendSetAside(store, entry!.id, NOW);
    expect(outcome).toMatchObject({ kind: 'sent', job: { mayHaveReached: true, state: { kind: 'pending' } } });
    expect((await store.readPayload(V1_PAYLOAD_ID)).kind).toBe('ok');
  });
});
