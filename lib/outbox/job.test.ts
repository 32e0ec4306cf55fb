import { describe, expect, it } from 'vitest';
import { appError } from '@/lib/errors';
import { latestPerVendor, type Job } from './job';
import { sampleJob } from '@/tests/unit/sample-job';

function job(id: string, vendor: Job['vendor'], createdAt: number, updatedAt: number, state: Job['state']): Job {
  return sampleJob({ id, batchId: id, vendor, createdAt, updatedAt, payloadId: `p-${id}`, state });
}

const done = (at: number): Job['state'] => ({
  kind: 'done',
  at,
  confirmedBy: 'response',
  result: { vendor: 'leonar', status: 'added', recordId: 'r1', recordUrl: null, message: 'ok' },
});
const failed = (at: number): Job['state'] => ({ kind: 'failed', at, permanent: true, error: appError('vendor-auth', '401') });

describe('latestPerVendor', () => {
  it('takes the job that changed last per vendor: an old job re-sent and done beats a newer failure', () => {
    // Monday's save failed, Tuesday's too; Monday's was re-sent from the history on Wednesday and went through.
    const monday = job('mon', 'leonar', 1, 3, done(3));
    const tuesday = job('tue', 'leonar', 2, 2, failed(2));
    const stardex = job('sdx', 'stardex', 2, 2, failed(2));
    expect(latestPerVendor([tuesday, monday, stardex]).map((j) => j.id)).toEqual(['mon', 'sdx']);
  });

  it('keeps a later failure over an earlier success', () => {
    const saved = job('a', 'collective', 1, 1, done(1));
    const refused = job('b', 'collective', 2, 2, failed(2));
    expect(latestPerVendor([saved, refused]).map((j) => j.id)).toEqual(['b']);
  });
});
