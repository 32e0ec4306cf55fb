import { describe, expect, it } from 'vitest';
import { appError } from '@/lib/errors';
import type { Job } from '@/lib/outbox/job';
import { sampleJob } from '@/tests/unit/sample-job';
import { batchState, currentRecord, PROBLEM_SHOWN_MS, profilePageUrl, tabState, type TabRecord } from './tab-state';

const URL_ = 'https://www.linkedin.com/in/camille-durand-42/';
const done = (over: Partial<Job> = {}): Job => sampleJob({ target: { id: 'p1', name: 'Backend Engineers', stageId: null, stageName: null }, ...over });
const failed = (code: Parameters<typeof appError>[0]): Job =>
  sampleJob({ id: 'j2', vendor: 'stardex', updatedAt: 5, state: { kind: 'failed', at: 5, permanent: true, error: appError(code, 'x', { vendor: 'stardex' }) } });

describe('one click, in words', () => {
  it('says saved, and what a partial save went without', () => {
    expect(batchState([done()])).toMatchObject({ state: 'saved', label: 'Saved ✓', lines: ['Saved to Leonar · Backend Engineers ✓'] });
    const partial = done({ person: { fullName: 'Camille Durand', profileUrl: URL_, missing: ['experiences'], short: [] } });
    expect(batchState([partial]).lines).toEqual(['Saved to Leonar · Backend Engineers without Experience ✓']);
    const short = done({ person: { fullName: 'Camille Durand', profileUrl: URL_, missing: [], short: ['skills'] } });
    expect(batchState([short]).lines).toEqual(['Saved to Leonar · Backend Engineers with part of Skills ✓']);
  });

  it('sends a key problem to the options and anything else to the history', () => {
    expect(batchState([done(), failed('vendor-auth')])).toMatchObject({ state: 'error', label: expect.stringMatching(/./), fix: { page: 'options' } });
    expect(batchState([failed('vendor-server')]).fix?.page).toBe('history');
  });

  it('shows the tab’s own refusal for a minute, then what the history says', () => {
    const record: TabRecord = { profileUrl: URL_, documentId: 'doc', at: 0, reading: false, jobIds: [], problem: { lines: ['No recruiting tool is set up yet.'], fix: 'options' } };
    expect(currentRecord(record, URL_, 'doc', PROBLEM_SHOWN_MS - 1)).toBe(record);
    expect(currentRecord(record, URL_, 'doc', PROBLEM_SHOWN_MS + 1)).toBeNull();
    expect(currentRecord(record, URL_, 'another-page', 1)).toBeNull();
    expect(tabState(record, [])).toMatchObject({ state: 'error', fix: { page: 'options' } });
    // No record: the person's history — saved before, or a failure still waiting for the user.
    expect(tabState(null, [done()])).toMatchObject({ state: 'already', lines: ['Saved before to Leonar · Backend Engineers'] });
    expect(tabState(null, [done(), failed('vendor-server')])?.state).toBe('error');
    expect(tabState(null, [])).toBeNull();
  });

  it('knows a profile page from any other LinkedIn page', () => {
    expect(profilePageUrl('https://www.linkedin.com/in/Camille-Durand-42/?trk=x')).toBe('https://www.linkedin.com/in/Camille-Durand-42/');
    expect(profilePageUrl('https://www.linkedin.com/in/camille/details/experience/')).toBeNull();
    expect(profilePageUrl('https://www.linkedin.com/feed/')).toBeNull();
  });
});
