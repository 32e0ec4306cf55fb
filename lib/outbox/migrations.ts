// The outbox's stored shapes, version by version. A job list and each payload carry their version in WXT's item
// metadata; `migrations[n]` turns version n - 1 into n. Each migration is total (what it does not recognise goes
// through unchanged, for zod to judge and the store to set aside) and pure, so a sample of every old shape is tested.
//
// Version 2 (this file's first migration) makes explicit what version 1 left to the reader's goodwill:
// - a job's `person.missing` and `person.short` (sections not loaded / read in part when the save was made) were
//   optional, because jobs stored before sections were tracked lack them; every reader wrote `?? []`. They are now
//   always there: [] for those older jobs (nothing was recorded, which is what history showed for them).
// - a payload's `profile.completeness.certifications` and `.languages` were absent in profiles stored before those two
//   were counted, and only the message schema's `.default(...)` (lib/profile/profile.ts) made such a payload parse.
//   They are now written into the stored payload as "count unknown" (read 0, total unknown, loaded), the very value
//   that default gives, so reading storage no longer depends on a default meant for the message boundary.
import type { Migrations, Versioned } from '@/lib/versioned-storage';
import { jobPayloadSchema, jobSchema, type Job, type JobPayload } from './job';

export const OUTBOX_VERSION = 2;

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v1 → v2 of one job: `person.missing` and `person.short` always present. */
export function jobV1toV2(raw: unknown): unknown {
  if (!isObject(raw) || !isObject(raw.person)) return raw;
  const person = raw.person;
  return { ...raw, person: { ...person, missing: person.missing ?? [], short: person.short ?? [] } };
}

/** "Count unknown": what lib/profile/profile.ts gives a section that was not counted when the profile was stored. */
const UNCOUNTED = { read: 0, total: null, loaded: true } as const;

/** v1 → v2 of one payload: the completeness of certifications and languages always present. */
export function payloadV1toV2(raw: unknown): unknown {
  if (!isObject(raw) || !isObject(raw.profile) || !isObject(raw.profile.completeness)) return raw;
  const completeness = raw.profile.completeness;
  return {
    ...raw,
    profile: {
      ...raw.profile,
      completeness: {
        ...completeness,
        certifications: completeness.certifications ?? UNCOUNTED,
        languages: completeness.languages ?? UNCOUNTED,
      },
    },
  };
}

/** One job, migrated alone (a job set aside is sent again from the version it was written in). */
export const JOB_STORAGE: Versioned<Job> = {
  version: OUTBOX_VERSION,
  migrations: { 2: jobV1toV2 },
  schema: jobSchema,
};

/** The job list item (`{ jobs }`): each version's job migration over every job; anything else goes through as is. */
export const OUTBOX_LIST_MIGRATIONS: Migrations = Object.fromEntries(
  Object.entries(JOB_STORAGE.migrations).map(([version, migrate]) => [
    version,
    (value: unknown) => (isObject(value) && Array.isArray(value.jobs) ? { ...value, jobs: value.jobs.map(migrate) } : value),
  ]),
);

/** One payload item (`local:outbox-payload:<id>`). */
export const PAYLOAD_STORAGE: Versioned<JobPayload> = {
  version: OUTBOX_VERSION,
  migrations: { 2: payloadV1toV2 },
  schema: jobPayloadSchema,
};
