import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { sampleProfile } from '@/lib/vendors/leonar/sample-profile';
import type { Job } from './job';
import { bound, createOutboxStore } from './store';
import { sampleJob } from '@/tests/unit/sample-job';

function job(id: string, state: Job['state']): Job {
  return sampleJob({ id, batchId: 'b', createdAt: 1, updatedAt: 1, payloadId: `p-${id}`, state });
}

const done = (at: number): Job['state'] => ({
  kind: 'done',
  at,
  confirmedBy: 'response',
  result: { vendor: 'leonar', status: 'added', recordId: null, recordUrl: null, message: 'ok' },
});

beforeEach(() => fakeBrowser.reset());

describe('bound', () => {
  it('keeps every unfinished job and only the newest finished ones', () => {
    const jobs = [job('old', done(1)), job('new', done(3)), job('mid', done(2)), job('waiting', { kind: 'pending', nextAttemptAt: 0 })];
    expect(bound(jobs, 2).kept.map((j) => j.id)).toEqual(['new', 'mid', 'waiting']);
  });

  it('never lets newer successes push out a failed save waiting for the user: each kind has its own bound', () => {
    const failed = (at: number): Job['state'] => ({ kind: 'failed', at, permanent: true, error: { code: 'vendor-forbidden', message: 'scope', retryable: false } });
    const jobs = [job('f-old', failed(1)), job('d1', done(2)), job('d2', done(3)), job('d3', done(4)), job('f-new', failed(5)), job('f-newest', failed(6))];
    expect(bound(jobs, 2).kept.map((j) => j.id)).toEqual(['d2', 'd3', 'f-new', 'f-newest']);
    expect(bound(jobs.slice(0, 4), 2).kept.map((j) => j.id)).toEqual(['f-old', 'd2', 'd3']);
  });
});

describe('outbox store', () => {
  it('serialises changes: concurrent mutations all land', async () => {
    const store = createOutboxStore();
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.mutate((jobs) => ({ jobs: [...jobs, job(`j${i}`, { kind: 'pending', nextAttemptAt: 0 })], value: null }))));
    expect((await store.read()).map((j) => j.id).sort()).toHaveLength(20);
  });

  it('a failing change does not block the next ones', async () => {
    const store = createOutboxStore();
    await expect(store.mutate(() => { throw new Error('boom'); })).rejects.toThrow('boom');
    await store.mutate((jobs) => ({ jobs: [...jobs, job('a', { kind: 'pending', nextAttemptAt: 0 })], value: null }));
    expect((await store.read()).map((j) => j.id)).toEqual(['a']);
  });

  it('reads past jobs that no longer parse, and sets them aside on the next change instead of dropping them', async () => {
    await storage.setItem('local:outbox', { jobs: [{ id: 'broken' }, job('ok', { kind: 'pending', nextAttemptAt: 0 })] });
    const store = createOutboxStore();
    expect((await store.read()).map((j) => j.id)).toEqual(['ok']);
    await store.mutate((jobs) => ({ jobs, value: null }));
    expect((await store.readAside()).map((e) => e.job)).toEqual([{ id: 'broken' }]);
    expect((await store.read()).map((j) => j.id)).toEqual(['ok']);
  });

  it('bounds finished jobs and removes the payloads of jobs that leave the list', async () => {
    const store = createOutboxStore({ maxFinished: 1 });
    const payload = { profile: sampleProfile(), request: { vendor: 'leonar' as const, targetId: 'p', stageId: null, note: null, contacts: { emails: [], phones: [] }, atsUrls: [], options: {} } };
    expect(await store.writePayload('p-a', payload)).toBe(true);
    expect(await store.writePayload('p-b', payload)).toBe(true);
    await store.mutate(() => ({ jobs: [job('a', done(1)), job('b', done(2))], value: null }));
    expect((await store.read()).map((j) => j.id)).toEqual(['b']);
    expect(await store.readPayload('p-a')).toEqual({ kind: 'missing' });
    const kept = await store.readPayload('p-b');
    expect(kept.kind === 'ok' && kept.payload.profile.fullName).toBe('Camille Durand');
  });
});
