// An outbox job and its payload exactly as version 1 of the extension stored them (before storage version 2): the
// job without `person.missing`/`person.short` (saved before sections were tracked), the payload's profile without the
// completeness of certifications and languages (saved before those were counted), no version in the metadata.
import { sampleProfile } from '@/lib/vendors/leonar/sample-profile';

export const V1_JOB_ID = 'job-v1';
export const V1_PAYLOAD_ID = 'payload-v1';

export function v1Job(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: V1_JOB_ID,
    batchId: 'batch-v1',
    origin: 'popup',
    createdAt: 1_767_362_700_000,
    updatedAt: 1_767_362_700_000,
    vendor: 'leonar',
    person: { fullName: 'Camille Durand', profileUrl: 'https://www.linkedin.com/in/camille-durand-42/' },
    target: { id: 'p1', name: 'Backend Engineers', stageId: null, stageName: null },
    state: { kind: 'pending', nextAttemptAt: 1_767_362_700_000 },
    mayHaveReached: false,
    payloadId: V1_PAYLOAD_ID,
    payloadStored: true,
    attempts: [],
    ...over,
  };
}

export function v1Payload(): Record<string, unknown> {
  const { certifications: _c, languages: _l, ...counted } = sampleProfile().completeness;
  return {
    profile: { ...sampleProfile(), completeness: counted },
    request: { vendor: 'leonar', targetId: 'p1', stageId: null, note: null, contacts: { emails: [], phones: [] }, atsUrls: [], options: {} },
  };
}
