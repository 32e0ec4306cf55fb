import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { jobPayloadSchema, jobSchema } from './job';
import { JOB_STORAGE, jobV1toV2, OUTBOX_VERSION, PAYLOAD_STORAGE, payloadV1toV2 } from './migrations';
import { createOutboxStore } from './store';
import { upgrade } from '@/lib/versioned-storage';
import { V1_JOB_ID, V1_PAYLOAD_ID, v1Job, v1Payload } from '@/tests/unit/outbox-v1-sample';

beforeEach(() => fakeBrowser.reset());

describe('v1 → v2, pure', () => {
  it('a v1 job does not parse as v2 as it is, and does once migrated, with its sections explicit', () => {
    expect(jobSchema.safeParse(v1Job()).success).toBe(false);
    const job = jobSchema.parse(jobV1toV2(v1Job()));
    expect(job.person).toEqual({ fullName: 'Camille Durand', profileUrl: 'https://www.linkedin.com/in/camille-durand-42/', missing: [], short: [] });
    expect(job.target.name).toBe('Backend Engineers');
  });

  it('keeps what a v1 job already recorded', () => {
    const raw = v1Job({ person: { fullName: 'A', profileUrl: 'u', missing: ['skills'], short: ['experiences'] } });
    expect(jobSchema.parse(jobV1toV2(raw)).person).toMatchObject({ missing: ['skills'], short: ['experiences'] });
  });

  it('a v1 payload gets the completeness of certifications and languages as "count unknown"', () => {
    const migrated = payloadV1toV2(v1Payload()) as { profile: { completeness: Record<string, unknown> } };
    expect(migrated.profile.completeness.certifications).toEqual({ read: 0, total: null, loaded: true });
    expect(migrated.profile.completeness.languages).toEqual({ read: 0, total: null, loaded: true });
    expect(jobPayloadSchema.parse(migrated).profile.fullName).toBe('Camille Durand');
  });

  it('migrations are total: what they do not recognise goes through unchanged, for zod to judge', () => {
    for (const garbage of [null, 42, 'x', [], { person: 'nobody' }, { profile: { completeness: 3 } }]) {
      expect(jobV1toV2(garbage)).toEqual(garbage);
      expect(payloadV1toV2(garbage)).toEqual(garbage);
    }
    const read = upgrade(JOB_STORAGE, { person: 'nobody' }, 1);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem.kind).toBe('invalid');
  });

  it('a migration that throws is reported with the version it was going to', () => {
    const read = upgrade({ ...PAYLOAD_STORAGE, migrations: { 2: () => { throw new Error('boom'); } } }, v1Payload(), 1);
    expect(read).toEqual({ ok: false, problem: { kind: 'migration-failed', toVersion: 2, detail: 'boom' } });
  });
});

describe('v1 → v2 in storage (WXT versioned items)', () => {
  it('a v1 list and payload are migrated when the store starts, and the new version is recorded', async () => {
    await storage.setItem('local:outbox', { jobs: [v1Job()] });
    await storage.setItem(`local:outbox-payload:${V1_PAYLOAD_ID}`, v1Payload());
    const store = createOutboxStore();
    const [job] = await store.read();
    expect(job?.id).toBe(V1_JOB_ID);
    expect(job?.person.missing).toEqual([]);
    expect(await storage.getMeta('local:outbox')).toEqual({ v: OUTBOX_VERSION });
    const payload = await store.readPayload(V1_PAYLOAD_ID);
    expect(payload.kind).toBe('ok');
    expect(await storage.getMeta(`local:outbox-payload:${V1_PAYLOAD_ID}`)).toEqual({ v: OUTBOX_VERSION });
    // Stored migrated: what is on disk now parses without the message schema's defaults.
    const onDisk = await storage.getItem<{ profile: { completeness: Record<string, unknown> } }>(`local:outbox-payload:${V1_PAYLOAD_ID}`);
    expect(onDisk?.profile.completeness.languages).toEqual({ read: 0, total: null, loaded: true });
  });

  it('a new payload is written with the current version', async () => {
    const store = createOutboxStore();
    expect(await store.writePayload('fresh', jobPayloadSchema.parse(payloadV1toV2(v1Payload())))).toBe(true);
    expect(await storage.getMeta('local:outbox-payload:fresh')).toEqual({ v: OUTBOX_VERSION });
    await store.dropPayload('fresh');
    expect(await storage.getMeta('local:outbox-payload:fresh')).toEqual({});
  });

  it('a list from a newer version (a rollback): jobs that still parse are used, the others set aside, none dropped', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fromTheFuture = { ...jobSchema.parse(jobV1toV2(v1Job({ id: 'still-fine' }))), someV3Field: 1 };
    const unknownShape = { id: 'v3-shape', person: { name: { first: 'Camille' } } };
    await storage.setItem('local:outbox', { jobs: [fromTheFuture, unknownShape] });
    await storage.setMeta('local:outbox', { v: 3 });
    const store = createOutboxStore();
    expect((await store.read()).map((j) => j.id)).toEqual(['still-fine']);
    expect(await store.sweep()).toBe(1);
    const [aside] = await store.readAside();
    expect(aside).toMatchObject({ part: 'job', version: 3, job: unknownShape, problem: { kind: 'newer-version', version: 3 } });
    // What is written back is this version's shape, and says so.
    expect(await storage.getMeta('local:outbox')).toEqual({ v: OUTBOX_VERSION });
    error.mockRestore();
  });

  it('a stored list that is not a list at all is set aside whole', async () => {
    await storage.setItem('local:outbox', 'garbage');
    const store = createOutboxStore();
    expect(await store.read()).toEqual([]);
    expect(await store.sweep()).toBe(1);
    expect(await store.readAside()).toMatchObject([{ part: 'list', job: 'garbage', problem: { kind: 'invalid' } }]);
  });
});
